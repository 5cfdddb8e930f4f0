"use server";
// Author profiles: the forms under /studio/admin/authors.
import { authors, authorsAdmin } from "../admin/authors";
import { createReferenceAction, deleteReferenceAction, updateReferenceAction } from "./reference-data";

export const createAuthorAction = createReferenceAction(authors, authorsAdmin.section);
export const updateAuthorAction = updateReferenceAction(authors, authorsAdmin.section);
export const deleteAuthorAction = deleteReferenceAction(authors, authorsAdmin.section);
