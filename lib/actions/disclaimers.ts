"use server";
// Disclaimers: the forms under /studio/admin/disclaimers.
import { disclaimers, disclaimersAdmin } from "../admin/disclaimers";
import { createReferenceAction, deleteReferenceAction, updateReferenceAction } from "./reference-data";

export const createDisclaimerAction = createReferenceAction(disclaimers, disclaimersAdmin.path);
export const updateDisclaimerAction = updateReferenceAction(disclaimers, disclaimersAdmin.path);
export const deleteDisclaimerAction = deleteReferenceAction(disclaimers, disclaimersAdmin.path);
