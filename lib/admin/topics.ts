// Topics ("Related to" tags on pieces). Each change is one function here, with its audit event.
import { z } from "zod";
import { changedFields, recordAudit } from "../platform/audit";
import { db } from "../platform/db";
import { nameField, plural, refuseWhileUsed, slugField, slugFrom } from "./entities";
import { parseInput } from "../platform/validation";
import { NotFoundError, fromDatabaseError } from "../platform/errors";
import { authorizeSite, type Actor } from "../permissions";
import { publicTags, refreshPublic } from "../reader/cache";

const topicInput = z.object({ name: nameField("topic"), slug: slugField });

const parse = (input: unknown) => {
  const data = parseInput(topicInput, input);
  return { ...data, slug: slugFrom(data.slug, data.name) };
};

export async function listTopics(actor: Actor | null) {
  authorizeSite(actor, "taxonomy.manage");
  return db.topic.findMany({
    orderBy: { name: "asc" },
    select: { id: true, name: true, slug: true, _count: { select: { articles: true } } },
  });
}

export async function getTopic(actor: Actor | null, id: string) {
  authorizeSite(actor, "taxonomy.manage");
  const topic = await db.topic.findUnique({ where: { id } });
  if (!topic) throw new NotFoundError("No such topic.");
  return topic;
}

export async function createTopic(actor: Actor | null, input: unknown) {
  const user = authorizeSite(actor, "taxonomy.manage");
  const data = parse(input);
  try {
    const saved = await db.$transaction(async (tx) => {
      const topic = await tx.topic.create({ data });
      await recordAudit(tx, { actorId: user.id, action: "topics.create", subject: `topic:${topic.id}`, details: data });
      return topic;
    });
    refreshPublic([publicTags.topic(saved.id)]);
    return saved;
  } catch (error) {
    throw fromDatabaseError(error, data);
  }
}

export async function updateTopic(actor: Actor | null, id: string, input: unknown) {
  const user = authorizeSite(actor, "taxonomy.manage");
  const before = await db.topic.findUnique({ where: { id } });
  if (!before) throw new NotFoundError("No such topic.");
  const data = parse(input);
  try {
    const saved = await db.$transaction(async (tx) => {
      const topic = await tx.topic.update({ where: { id }, data });
      await recordAudit(tx, {
        actorId: user.id,
        action: "topics.update",
        subject: `topic:${id}`,
        details: changedFields({ name: before.name, slug: before.slug }, data),
      });
      return topic;
    });
    refreshPublic([publicTags.topic(id)]);
    return saved;
  } catch (error) {
    throw fromDatabaseError(error, data);
  }
}

export async function deleteTopic(actor: Actor | null, id: string) {
  const user = authorizeSite(actor, "taxonomy.manage");
  const topic = await db.topic.findUnique({ where: { id } });
  if (!topic) throw new NotFoundError("No such topic.");
  const pieces = await db.article.count({
    where: { OR: [{ topics: { some: { topicId: id } } }, { publication: { topics: { some: { topicId: id } } } }] },
  });
  refuseWhileUsed(`The topic "${topic.name}"`, pieces ? [plural(pieces, "piece")] : [], "remove it from them first.");
  try {
    await db.$transaction(async (tx) => {
      await tx.topic.delete({ where: { id } });
      await recordAudit(tx, {
        actorId: user.id,
        action: "topics.delete",
        subject: `topic:${id}`,
        details: { name: topic.name, slug: topic.slug },
      });
    });
    refreshPublic([publicTags.topic(id)]);
  } catch (error) {
    throw fromDatabaseError(error);
  }
}
