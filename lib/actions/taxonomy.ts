"use server";
// Divisions, series and topics: the forms under /studio/admin/{divisions,series,topics}.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { createDivision, deleteDivision, updateDivision } from "../admin/divisions";
import { createSeries, deleteSeries, updateSeries } from "../admin/series";
import { createTopic, deleteTopic, updateTopic } from "../admin/topics";
import { defineFormAction } from "./define";
import { paths } from "../platform/paths";

// The shape of the forms; the lib modules validate each field.
const value = z.union([z.string(), z.array(z.string())]);
const fields = z.record(z.string(), value);
const withId = z.object({ id: z.string().min(1).max(64) }).catchall(value);

const done = (list: string): never => {
  revalidatePath(list);
  redirect(list);
};

export const createDivisionAction = defineFormAction(fields, async (user, input) => {
  await createDivision(user, input);
  done(paths.studio.admin.list("divisions"));
});
export const updateDivisionAction = defineFormAction(withId, async (user, { id, ...input }) => {
  await updateDivision(user, id, input);
  done(paths.studio.admin.list("divisions"));
});
export const deleteDivisionAction = defineFormAction(withId, async (user, { id }) => {
  await deleteDivision(user, id);
  done(paths.studio.admin.list("divisions"));
});

export const createSeriesAction = defineFormAction(fields, async (user, input) => {
  await createSeries(user, input);
  done(paths.studio.admin.list("series"));
});
export const updateSeriesAction = defineFormAction(withId, async (user, { id, ...input }) => {
  await updateSeries(user, id, input);
  done(paths.studio.admin.list("series"));
});
export const deleteSeriesAction = defineFormAction(withId, async (user, { id }) => {
  await deleteSeries(user, id);
  done(paths.studio.admin.list("series"));
});

export const createTopicAction = defineFormAction(fields, async (user, input) => {
  await createTopic(user, input);
  done(paths.studio.admin.list("topics"));
});
export const updateTopicAction = defineFormAction(withId, async (user, { id, ...input }) => {
  await updateTopic(user, id, input);
  done(paths.studio.admin.list("topics"));
});
export const deleteTopicAction = defineFormAction(withId, async (user, { id }) => {
  await deleteTopic(user, id);
  done(paths.studio.admin.list("topics"));
});
