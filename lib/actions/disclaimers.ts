"use server";
// Disclaimers: the forms under /studio/admin/disclaimers.
import { disclaimers, disclaimersAdmin } from "../admin/disclaimers";
import { createReferenceAction, deleteReferenceAction, updateReferenceAction } from "./reference-data";

export const createDisclaimerAction = createReferenceAction(disclaimers, disclaimersAdmin.section);
export const updateDisclaimerAction = updateReferenceAction(disclaimers, disclaimersAdmin.section);
export const deleteDisclaimerAction = deleteReferenceAction(disclaimers, disclaimersAdmin.section);
