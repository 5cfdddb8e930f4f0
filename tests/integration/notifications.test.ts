// Notifications are delivered to a real SMTP server started inside the test.
import { createArticle } from "@/lib/editorial/working-copy";
import { db } from "@/lib/platform/db";
import { deliverPending } from "@/lib/platform/mail";
import { transition } from "@/lib/editorial/workflow";
import { makeUser, sampleBody } from "../helpers/db";
import { startSmtpSink, type ReceivedMail, type SmtpSink } from "../helpers/smtp-sink";
import { actorFor as actor } from "../helpers/actors";

let sink: SmtpSink;
let received: ReceivedMail[];

beforeAll(async () => {
  sink = await startSmtpSink();
  received = sink.received;
});

afterAll(async () => {
  delete process.env.SMTP_URL;
  await sink.close();
});

afterEach(() => {
  delete process.env.SMTP_URL;
  received.length = 0;
});

test("editors get the submission, the writer gets the reason for changes, over SMTP", async () => {
  process.env.SMTP_URL = sink.url;
  const writer = await makeUser("writer");
  const editor = await makeUser("editor");
  const piece = await createArticle(await actor(writer), { title: "Tidal Power and the Grid", body: sampleBody });

  await transition(await actor(writer), piece.id, "submit");
  await transition(await actor(editor), piece.id, "requestChanges", { reason: "Add a source for the cost figures." });

  expect(received.map((m) => m.to)).toEqual([[editor.email], [writer.email]]);
  expect(received[0].raw).toContain("Subject: Submitted for review: Tidal Power and the Grid");
  expect(received[1].raw).toContain("Subject: Changes requested: Tidal Power and the Grid");
  expect(received[1].raw).toContain("Add a source for the cost figures.");
  expect(await db.outgoingEmail.count({ where: { status: "sent" } })).toBeGreaterThanOrEqual(2);
});

test("without SMTP the mail stays in the outbox, and is sent once SMTP is configured", async () => {
  const writer = await makeUser("writer");
  const editor = await makeUser("editor");
  const piece = await createArticle(await actor(writer), { title: "Held Mail", body: sampleBody });
  await transition(await actor(writer), piece.id, "submit");

  const pending = await db.outgoingEmail.findFirstOrThrow({ where: { subject: "Submitted for review: Held Mail" } });
  expect(pending.status).toBe("pending");
  expect(received).toHaveLength(0);

  process.env.SMTP_URL = sink.url;
  expect((await deliverPending()).sent).toBeGreaterThanOrEqual(1);
  expect(received.some((m) => m.to.includes(editor.email) && m.raw.includes("Held Mail"))).toBe(true);
  expect((await db.outgoingEmail.findUniqueOrThrow({ where: { id: pending.id } })).status).toBe("sent");
});

test("a mail server that refuses leaves the message pending with the error, and the transition stands", async () => {
  const writer = await makeUser("writer");
  await makeUser("editor");
  // Nothing listens on this port.
  process.env.SMTP_URL = "smtp://127.0.0.1:9";
  const piece = await createArticle(await actor(writer), { title: "Unreachable", body: sampleBody });
  const after = await transition(await actor(writer), piece.id, "submit");
  expect(after.status).toBe("in_review");
  const mail = await db.outgoingEmail.findFirstOrThrow({ where: { subject: "Submitted for review: Unreachable" } });
  expect(mail.status).toBe("pending");
  expect(mail.attempts).toBe(1);
  expect(mail.lastError).toMatch(/ECONNREFUSED|connect/i);
});
