// Divisions (with their editors), series and topics: managed by editors and admins only,
// refused while in use, unique by name and slug, and audited.
import { db } from "@/lib/platform/db";
import { createDisclaimer } from "@/lib/admin/disclaimers";
import { createDivision, deleteDivision, getDivision, listDivisions, updateDivision } from "@/lib/admin/divisions";
import { ConflictError, ForbiddenError, NotSignedInError, ValidationError } from "@/lib/platform/errors";
import { loadAuthorized } from "@/lib/editorial/working-copy";
import { createSeries, deleteSeries, listSeries, updateSeries } from "@/lib/admin/series";
import { createTopic, deleteTopic, listTopics, updateTopic } from "@/lib/admin/topics";
import { actorFor } from "../helpers/actors";
import { makeArticle, makeUser } from "../helpers/db";

let editor: Awaited<ReturnType<typeof actorFor>>;
let writer: Awaited<ReturnType<typeof actorFor>>;
let editorUser: Awaited<ReturnType<typeof makeUser>>;
let writerUser: Awaited<ReturnType<typeof makeUser>>;

beforeAll(async () => {
  editorUser = await makeUser("editor", { name: "Edith Editor" });
  writerUser = await makeUser("writer", { name: "Wally Writer" });
  editor = await actorFor(editorUser);
  writer = await actorFor(writerUser);
});

describe("divisions", () => {
  test("an admin creates a division with editors and changes them; an editor renames it; all audited", async () => {
    const adminUser = await makeUser("admin", { name: "Ada Admin" });
    const admin = await actorFor(adminUser);
    const division = await createDivision(admin, { name: "Maritime Security", description: "Seas.", editorIds: [editorUser.id] });
    expect(division.slug).toBe("maritime-security");
    expect((await getDivision(editor, division.id)).editorIds).toEqual([editorUser.id]);

    await updateDivision(admin, division.id, {
      name: "Maritime Security",
      slug: "maritime",
      description: "Seas.",
      editorIds: [adminUser.id, editorUser.id],
    });
    expect((await getDivision(editor, division.id)).editorIds.sort()).toEqual([editorUser.id, adminUser.id].sort());
    expect((await listDivisions(editor)).find((d) => d.id === division.id)?.editors.map((e) => e.user.name)).toEqual([
      "Ada Admin",
      "Edith Editor",
    ]);
    // The editor's form has no editor list: leaving it out keeps the list.
    await updateDivision(editor, division.id, { name: "Maritime Security Division", slug: "maritime", description: "Seas." });
    expect((await getDivision(editor, division.id)).editorIds.sort()).toEqual([editorUser.id, adminUser.id].sort());

    await deleteDivision(editor, division.id);
    const events = await db.auditEvent.findMany({ where: { subject: `division:${division.id}` }, orderBy: { createdAt: "asc" } });
    expect(events.map((e) => e.action)).toEqual(["divisions.create", "divisions.update", "divisions.update", "divisions.delete"]);
    expect(events[1].details).toEqual({
      slug: { from: "maritime-security", to: "maritime" },
      editors: { from: ["Edith Editor"], to: ["Ada Admin", "Edith Editor"] },
    });
    expect(events[2].details).toEqual({ name: { from: "Maritime Security", to: "Maritime Security Division" } });
  });

  test("only an admin changes who edits a division: an editor cannot appoint themselves and then act on its pieces", async () => {
    const adminUser = await makeUser("admin");
    const admin = await actorFor(adminUser);
    const keeper = await makeUser("editor", { name: "Kate Keeper" });
    const outsider = await makeUser("editor", { name: "Otto Outsider" });
    const outsiderActor = await actorFor(outsider);
    const division = await createDivision(admin, { name: "Defence", editorIds: [keeper.id] });
    const piece = await makeArticle({
      createdById: writerUser.id,
      authorIds: [writerUser.author!.id],
      divisionId: division.id,
      status: "in_review",
    });

    const refused = "Only an admin can change who edits a division.";
    // Adding themselves, replacing the list, emptying it (every editor could then act), or naming editors on a new division.
    for (const editorIds of [[keeper.id, outsider.id], [outsider.id], []]) {
      const attempt = updateDivision(outsiderActor, division.id, { name: "Defence", slug: division.slug, editorIds });
      await expect(attempt).rejects.toMatchObject({ status: 403, message: refused });
    }
    await expect(updateDivision(outsiderActor, division.id, { name: "Defence", slug: division.slug, editorIds: "" })).rejects.toMatchObject(
      { status: 403, message: refused },
    );
    await expect(createDivision(outsiderActor, { name: "Outsider's own", editorIds: [outsider.id] })).rejects.toMatchObject({
      status: 403,
      message: refused,
    });
    expect(await db.division.count({ where: { name: "Outsider's own" } })).toBe(0);

    expect((await getDivision(admin, division.id)).editorIds).toEqual([keeper.id]);
    await expect(loadAuthorized(outsiderActor, "articles.publish", piece.id)).rejects.toMatchObject({ status: 403 });
    expect(await db.auditEvent.count({ where: { subject: `division:${division.id}`, action: "divisions.update" } })).toBe(0);

    // Sending the list unchanged is not a change: the editor may still rename the division.
    await updateDivision(outsiderActor, division.id, { name: "Defence and Security", slug: division.slug, editorIds: [keeper.id] });
    expect(await getDivision(admin, division.id)).toMatchObject({ name: "Defence and Security", editorIds: [keeper.id] });

    // The admin's change goes through, and the appointed editor may then act.
    await updateDivision(admin, division.id, { name: "Defence and Security", slug: division.slug, editorIds: [keeper.id, outsider.id] });
    expect((await getDivision(admin, division.id)).editorIds.sort()).toEqual([keeper.id, outsider.id].sort());
    await expect(loadAuthorized(outsiderActor, "articles.publish", piece.id)).resolves.toBeTruthy();
    // The admin's form sends an empty value when no box is ticked: that clears the list.
    await updateDivision(admin, division.id, { name: "Defence and Security", slug: division.slug, editorIds: [""] });
    expect((await getDivision(admin, division.id)).editorIds).toEqual([]);
  });

  test("a writer cannot be a division's editor", async () => {
    const admin = await actorFor(await makeUser("admin"));
    await expect(createDivision(admin, { name: "Trade", editorIds: [writerUser.id] })).rejects.toThrow(
      "Wally Writer is a writer; only editors and admins can be a division's editors.",
    );
    expect(await db.division.count({ where: { name: "Trade" } })).toBe(0);
  });

  test("refused for writers and anonymous visitors", async () => {
    await expect(createDivision(writer, { name: "Sneaky" })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(createDivision(null, { name: "Sneaky" })).rejects.toBeInstanceOf(NotSignedInError);
    const division = await createDivision(editor, { name: "Kept Division" });
    await expect(updateDivision(writer, division.id, { name: "Renamed" })).rejects.toMatchObject({ status: 403 });
    await expect(deleteDivision(null, division.id)).rejects.toMatchObject({ status: 401 });
    await expect(listDivisions(writer)).rejects.toBeInstanceOf(ForbiddenError);
    expect(await db.division.findUnique({ where: { id: division.id } })).not.toBeNull();
  });

  test("deleting a division that owns pieces is refused with the count", async () => {
    const division = await createDivision(editor, { name: "Busy Division" });
    await makeArticle({ createdById: writerUser.id, authorIds: [writerUser.author!.id], divisionId: division.id });
    await makeArticle({ createdById: writerUser.id, authorIds: [writerUser.author!.id], divisionId: division.id, status: "published" });
    await expect(deleteDivision(editor, division.id)).rejects.toThrow(
      'The division "Busy Division" is used by 2 pieces; move them to another division first.',
    );
    await expect(deleteDivision(editor, division.id)).rejects.toBeInstanceOf(ConflictError);
  });

  test("name and slug clashes and bad input get clear messages", async () => {
    await createDivision(editor, { name: "Energy" });
    await expect(createDivision(editor, { name: "Energy", slug: "energy-2" })).rejects.toThrow(
      'A division with the name "Energy" already exists.',
    );
    await expect(createDivision(editor, { name: "Energy Policy", slug: "energy" })).rejects.toThrow(
      'A division with the slug "energy" already exists.',
    );
    await expect(createDivision(editor, { name: "" })).rejects.toThrow("Give the division a name.");
    await expect(createDivision(editor, { name: "Ok", description: "x".repeat(2001) })).rejects.toBeInstanceOf(ValidationError);
  });
});

describe("series", () => {
  test("an editor creates a series with a default disclaimer, edits and deletes it", async () => {
    const disclaimer = await createDisclaimer(editor, { name: "Series note", body: "Views are the authors' own." });
    const series = await createSeries(editor, { name: "Policy Briefs", description: "Short.", defaultDisclaimerId: disclaimer.id });
    expect(series).toMatchObject({ slug: "policy-briefs", defaultDisclaimerId: disclaimer.id });
    await updateSeries(editor, series.id, { name: "Policy Briefs", slug: "briefs", description: "Short.", defaultDisclaimerId: "" });
    expect((await listSeries(editor)).find((s) => s.id === series.id)).toMatchObject({ slug: "briefs", defaultDisclaimer: null });
    await deleteSeries(editor, series.id);
    const events = await db.auditEvent.findMany({ where: { subject: `series:${series.id}` }, orderBy: { createdAt: "asc" } });
    expect(events.map((e) => e.action)).toEqual(["series.create", "series.update", "series.delete"]);
    expect(events[1].details).toEqual({
      slug: { from: "policy-briefs", to: "briefs" },
      defaultDisclaimerId: { from: disclaimer.id, to: null },
    });
  });

  test("refused for writers and anonymous visitors; unknown disclaimer and clashes explained", async () => {
    await expect(createSeries(writer, { name: "X" })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(createSeries(null, { name: "X" })).rejects.toBeInstanceOf(NotSignedInError);
    await expect(createSeries(editor, { name: "X", defaultDisclaimerId: "nope" })).rejects.toThrow("The chosen disclaimer does not exist.");
    await createSeries(editor, { name: "Working Papers" });
    await expect(createSeries(editor, { name: "Working Papers", slug: "wp" })).rejects.toThrow(
      'A series with the name "Working Papers" already exists.',
    );
  });

  test("deleting a series with pieces is refused with the count", async () => {
    const series = await createSeries(editor, { name: "Busy Series" });
    const piece = await makeArticle({ createdById: writerUser.id, authorIds: [] });
    await db.article.update({ where: { id: piece.id }, data: { seriesId: series.id } });
    await expect(deleteSeries(editor, series.id)).rejects.toThrow(
      'The series "Busy Series" is used by 1 piece; take them out of the series first.',
    );
  });
});

describe("topics", () => {
  test("an editor creates, renames and deletes a topic, all audited", async () => {
    const topic = await createTopic(editor, { name: "Climate Finance" });
    expect(topic.slug).toBe("climate-finance");
    await updateTopic(editor, topic.id, { name: "Climate finance", slug: "climate-finance" });
    expect((await listTopics(editor)).map((t) => t.name)).toContain("Climate finance");
    await deleteTopic(editor, topic.id);
    const events = await db.auditEvent.findMany({ where: { subject: `topic:${topic.id}` }, orderBy: { createdAt: "asc" } });
    expect(events.map((e) => [e.action, e.details])).toEqual([
      ["topics.create", { name: "Climate Finance", slug: "climate-finance" }],
      ["topics.update", { name: { from: "Climate Finance", to: "Climate finance" } }],
      ["topics.delete", { name: "Climate finance", slug: "climate-finance" }],
    ]);
  });

  test("refused for writers and anonymous visitors", async () => {
    await expect(createTopic(writer, { name: "T" })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(listTopics(null)).rejects.toBeInstanceOf(NotSignedInError);
  });

  test("a topic on pieces cannot be deleted; clashes and empty names are explained", async () => {
    const topic = await createTopic(editor, { name: "Ports" });
    const piece = await makeArticle({ createdById: writerUser.id, authorIds: [] });
    await db.articleTopic.create({ data: { articleId: piece.id, topicId: topic.id } });
    await expect(deleteTopic(editor, topic.id)).rejects.toThrow('The topic "Ports" is used by 1 piece; remove it from them first.');
    await expect(createTopic(editor, { name: "Ports", slug: "harbours" })).rejects.toThrow('A topic with the name "Ports" already exists.');
    await expect(createTopic(editor, { name: "Harbours", slug: "ports" })).rejects.toThrow('A topic with the slug "ports" already exists.');
    await expect(createTopic(editor, { name: "!!!" })).rejects.toThrow(
      "The name has no letters or digits to make a slug from; enter a slug.",
    );
  });
});
