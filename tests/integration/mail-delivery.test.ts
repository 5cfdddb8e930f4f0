// Each notification goes out once: many delivery runs at once against a slow mail server send
// every message exactly once, and a run killed mid-send (kill -9) leaves only the message in
// flight to be sent again, once its lease has lapsed (lib/platform/mail.ts).
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { db } from "@/lib/platform/db";
import { deliverPending } from "@/lib/platform/mail";
import { startSmtpSink, type SmtpSink } from "../helpers/smtp-sink";

const root = path.resolve(__dirname, "../..");
let sink: SmtpSink;

beforeEach(async () => {
  sink = await startSmtpSink();
  process.env.SMTP_URL = sink.url;
});
afterEach(async () => {
  delete process.env.SMTP_URL;
  delete process.env.MAIL_LEASE_SECONDS;
  await sink.close();
});

/** Queues `count` messages, one recipient each, oldest first. */
async function queue(count: number) {
  await db.outgoingEmail.deleteMany();
  const start = Date.now() - count * 1000;
  await db.outgoingEmail.createMany({
    data: Array.from({ length: count }, (_, i) => ({
      to: [`reader-${i}@example.org`],
      subject: `Message ${i}`,
      text: `Body ${i}`,
      createdAt: new Date(start + i * 1000),
    })),
  });
  return Array.from({ length: count }, (_, i) => `reader-${i}@example.org`);
}

/** How often each address received a message. */
const tally = () => {
  const counts = new Map<string, number>();
  for (const mail of sink.received) for (const to of mail.to) counts.set(to, (counts.get(to) ?? 0) + 1);
  return counts;
};

test("eight delivery runs at once, again and again, against a server answering in 300 ms: every message once", async () => {
  const addresses = await queue(30);
  sink.setDelay(300);
  for (let round = 0; round < 20 && (await db.outgoingEmail.count({ where: { status: { not: "sent" } } })) > 0; round++) {
    await Promise.all(Array.from({ length: 8 }, () => deliverPending()));
  }
  const counts = tally();
  expect(addresses.filter((a) => counts.get(a) !== 1)).toEqual([]);
  expect(sink.received).toHaveLength(30);
  const rows = await db.outgoingEmail.findMany({ select: { status: true, attempts: true, leaseUntil: true } });
  expect(rows.every((r) => r.status === "sent" && r.attempts === 1 && r.leaseUntil === null)).toBe(true);
});

/**
 * Runs tests/helpers/deliver-mail.ts in a process of its own: one process, tsx loaded into node
 * itself (tsx's command runs the script in a second process, which a kill of the first would miss).
 */
function deliveryProcess(env: NodeJS.ProcessEnv): ChildProcess {
  return spawn(process.execPath, ["--import", "tsx", "tests/helpers/deliver-mail.ts"], { cwd: root, env, stdio: "ignore" });
}

test("a delivery run killed mid-send: the rest go out once, and the message in flight is sent again after its lease", async () => {
  const addresses = await queue(12);
  const leaseSeconds = 6;
  process.env.MAIL_LEASE_SECONDS = String(leaseSeconds);
  const child = deliveryProcess({ ...process.env, SMTP_URL: sink.url });
  const exited = new Promise((resolve) => child.once("exit", resolve));
  try {
    // Five messages go through; the sixth arrives and is never answered, as if the server stalled in DATA.
    await sink.waitForCount(5);
    sink.hold();
    await sink.waitForCount(6);
  } finally {
    child.kill("SIGKILL");
  }
  await exited;
  const inFlight = sink.received[5]!.to[0]!;
  expect(inFlight).toBe(addresses[5]);
  const stuck = await db.outgoingEmail.findFirstOrThrow({ where: { to: { has: inFlight } } });
  expect(stuck.status).toBe("sending");
  expect(stuck.leaseUntil!.getTime()).toBeGreaterThan(Date.now());

  // A new server (the held connection is gone with the process); while the lease holds, the message in flight is left alone.
  await sink.close();
  const previous = sink.received;
  sink = await startSmtpSink();
  process.env.SMTP_URL = sink.url;
  expect(await deliverPending()).toEqual({ sent: 6, failed: 0 });
  expect(sink.received.map((m) => m.to[0])).toEqual(addresses.slice(6));

  // Once it lapses, the next run takes it over.
  await new Promise((resolve) => setTimeout(resolve, stuck.leaseUntil!.getTime() - Date.now() + 200));
  expect(await deliverPending()).toEqual({ sent: 1, failed: 0 });
  const all = [...previous, ...sink.received].map((m) => m.to[0]);
  for (const address of addresses) expect(all.filter((a) => a === address)).toHaveLength(address === inFlight ? 2 : 1);
  const resent = await db.outgoingEmail.findUniqueOrThrow({ where: { id: stuck.id } });
  expect(resent).toMatchObject({ status: "sent", attempts: 2, leaseUntil: null });
  expect(await db.outgoingEmail.count({ where: { status: { not: "sent" } } })).toBe(0);
});

test("a message whose last attempt died mid-send is marked failed, not sent a sixth time", async () => {
  const [address] = await queue(1);
  await db.outgoingEmail.updateMany({ data: { status: "sending", attempts: 5, leaseUntil: new Date(Date.now() - 60_000) } });
  expect(await deliverPending()).toEqual({ sent: 0, failed: 0 });
  expect(sink.received).toHaveLength(0);
  const row = await db.outgoingEmail.findFirstOrThrow({ where: { to: { has: address } } });
  expect(row).toMatchObject({ status: "failed", leaseUntil: null, secret: null });
  expect(row.lastError).toMatch(/stopped midway/);
});
