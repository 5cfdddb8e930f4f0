// Topics ("Related to" tags on pieces), declared for lib/admin/reference-data.ts.
import "server-only";
import { z } from "zod";
import { db } from "../platform/db";
import { nameField, slugField, slugFrom } from "./entities";
import { adminKind, modelStore, referenceData } from "./reference-data";
import { publicTags } from "../reader/cache";
import type { Topic } from "../generated/prisma/client";
import { parseInput } from "../platform/validation";

const topicInput = z.object({ name: nameField("topic"), slug: slugField });

export const topics = referenceData({
  noun: "topic",
  auditPrefix: "topics",
  permission: "taxonomy.manage",
  label: "name",
  store: modelStore((client) => client.topic),
  list: () =>
    db.topic.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true, slug: true, _count: { select: { articles: true } } } }),
  show: (topic: Topic) => topic,
  async parse(input: unknown) {
    const data = parseInput(topicInput, input);
    return { ...data, slug: slugFrom(data.slug, data.name) };
  },
  audit: { named: ["name", "slug"], compared: ["name", "slug"] },
  inUse: { pieces: (id: string) => ({ topics: { some: { topicId: id } } }), remedy: "remove it from them first." },
  tags: (id: string) => [publicTags.topic(id)],
  retiredAs: "topic",
});

export const { list: listTopics, get: getTopic, create: createTopic, update: updateTopic, remove: deleteTopic } = topics;

export const topicsAdmin = adminKind(topics, {
  title: "Topics",
  section: "topics",
  columns: [
    { label: "Slug", cell: (topic) => ({ muted: `/${topic.slug}` }) },
    { label: "Pieces", cell: (topic) => topic._count.articles },
  ],
  deleteRule: "Only a topic on no piece, working or published, can be deleted.",
});
