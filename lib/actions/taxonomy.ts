"use server";
// Divisions, series and topics: the forms under /studio/admin/{divisions,series,topics}.
import { divisions, divisionsAdmin } from "../admin/divisions";
import { series, seriesAdmin } from "../admin/series";
import { topics, topicsAdmin } from "../admin/topics";
import { createReferenceAction, deleteReferenceAction, updateReferenceAction } from "./reference-data";

export const createDivisionAction = createReferenceAction(divisions, divisionsAdmin.path);
export const updateDivisionAction = updateReferenceAction(divisions, divisionsAdmin.path);
export const deleteDivisionAction = deleteReferenceAction(divisions, divisionsAdmin.path);

export const createSeriesAction = createReferenceAction(series, seriesAdmin.path);
export const updateSeriesAction = updateReferenceAction(series, seriesAdmin.path);
export const deleteSeriesAction = deleteReferenceAction(series, seriesAdmin.path);

export const createTopicAction = createReferenceAction(topics, topicsAdmin.path);
export const updateTopicAction = updateReferenceAction(topics, topicsAdmin.path);
export const deleteTopicAction = deleteReferenceAction(topics, topicsAdmin.path);
