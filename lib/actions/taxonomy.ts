"use server";
// Divisions, series and topics: the forms under /studio/admin/{divisions,series,topics}.
import { divisions, divisionsAdmin } from "../admin/divisions";
import { series, seriesAdmin } from "../admin/series";
import { topics, topicsAdmin } from "../admin/topics";
import { createReferenceAction, deleteReferenceAction, updateReferenceAction } from "./reference-data";

export const createDivisionAction = createReferenceAction(divisions, divisionsAdmin.section);
export const updateDivisionAction = updateReferenceAction(divisions, divisionsAdmin.section);
export const deleteDivisionAction = deleteReferenceAction(divisions, divisionsAdmin.section);

export const createSeriesAction = createReferenceAction(series, seriesAdmin.section);
export const updateSeriesAction = updateReferenceAction(series, seriesAdmin.section);
export const deleteSeriesAction = deleteReferenceAction(series, seriesAdmin.section);

export const createTopicAction = createReferenceAction(topics, topicsAdmin.section);
export const updateTopicAction = updateReferenceAction(topics, topicsAdmin.section);
export const deleteTopicAction = deleteReferenceAction(topics, topicsAdmin.section);
