// Disclaimers: reusable texts kept as validated prose, refused for deletion while in use.
import { db } from "@/lib/platform/db";
import { createDisclaimer, deleteDisclaimer, getDisclaimer, listDisclaimers, updateDisclaimer } from "@/lib/admin/disclaimers";
import { ConflictError, ForbiddenError, NotSignedInError, ValidationError } from "@/lib/platform/errors";
import { actorFor } from "../helpers/actors";
import { makeArticle, makeUser } from "../helpers/db";

let editor: Awaited<ReturnType<typeof actorFor>>;
let writer: Awaited<ReturnType<typeof actorFor>>;

beforeAll(async () => {
  editor = await actorFor(await makeUser("editor"));
  writer = await actorFor(await makeUser("writer"));
});

test("an editor writes a disclaimer in markup, edits it and deletes it, all audited", async () => {
  const text = "The views are the authors' own.\n\nRead how to submit: [guidelines](https://example.org/submit).";
  const disclaimer = await createDisclaimer(editor, { name: "Standard", body: text });
  expect(JSON.stringify(disclaimer.body)).toContain("https://example.org/submit");
  expect((await getDisclaimer(editor, disclaimer.id)).bodyMarkup).toBe(text);

  await updateDisclaimer(editor, disclaimer.id, { name: "Standard note", body: "Changed." });
  expect((await getDisclaimer(editor, disclaimer.id)).bodyMarkup).toBe("Changed.");
  expect((await listDisclaimers(editor)).map((d) => d.name)).toEqual(["Standard note"]);

  await deleteDisclaimer(editor, disclaimer.id);
  const events = await db.auditEvent.findMany({ where: { subject: `disclaimer:${disclaimer.id}` }, orderBy: { createdAt: "asc" } });
  expect(events.map((e) => [e.action, e.details])).toEqual([
    ["disclaimers.create", { name: "Standard" }],
    ["disclaimers.update", { name: { from: "Standard", to: "Standard note" }, body: "changed" }],
    ["disclaimers.delete", { name: "Standard note" }],
  ]);
});

test("refused for writers and anonymous visitors", async () => {
  await expect(createDisclaimer(writer, { name: "X", body: "Y" })).rejects.toBeInstanceOf(ForbiddenError);
  await expect(createDisclaimer(null, { name: "X", body: "Y" })).rejects.toBeInstanceOf(NotSignedInError);
  const kept = await createDisclaimer(editor, { name: "Kept", body: "Text." });
  await expect(updateDisclaimer(writer, kept.id, { name: "Changed", body: "Y" })).rejects.toMatchObject({ status: 403 });
  await expect(deleteDisclaimer(writer, kept.id)).rejects.toMatchObject({ status: 403 });
  expect((await db.disclaimer.findUniqueOrThrow({ where: { id: kept.id } })).name).toBe("Kept");
});

test("a disclaimer used by pieces and a series cannot be deleted; the message gives both counts", async () => {
  const user = await makeUser("writer");
  const disclaimer = await createDisclaimer(editor, { name: "In use", body: "Text." });
  for (let i = 0; i < 2; i++) {
    const piece = await makeArticle({ createdById: user.id, authorIds: [user.author!.id] });
    await db.article.update({ where: { id: piece.id }, data: { disclaimerId: disclaimer.id } });
  }
  await db.series.create({ data: { name: "Uses it", slug: "uses-it", defaultDisclaimerId: disclaimer.id } });
  const attempt = deleteDisclaimer(editor, disclaimer.id);
  await expect(attempt).rejects.toBeInstanceOf(ConflictError);
  await expect(attempt).rejects.toThrow(
    'The disclaimer "In use" is used by 2 pieces and 1 series; choose another disclaimer for them first.',
  );
  expect(await db.disclaimer.findUnique({ where: { id: disclaimer.id } })).not.toBeNull();
});

test("a name clash, an empty text and an unsafe link are refused with clear messages", async () => {
  await createDisclaimer(editor, { name: "Unique", body: "Text." });
  await expect(createDisclaimer(editor, { name: "Unique", body: "Other." })).rejects.toThrow(
    'A disclaimer with the name "Unique" already exists.',
  );
  const empty = createDisclaimer(editor, { name: "Empty", body: "  " });
  await expect(empty).rejects.toBeInstanceOf(ValidationError);
  await expect(empty).rejects.toThrow("Write the disclaimer's text.");
  // Markup only makes http(s) and mailto links, so a javascript: link stays harmless text.
  const safe = await createDisclaimer(editor, { name: "Link", body: "[x](javascript:alert(1))" });
  expect(JSON.stringify(safe.body)).not.toContain('"link"');
});
