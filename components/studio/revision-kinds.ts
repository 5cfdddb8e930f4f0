/** How the history names what made a revision (Revision.kind). */
const kindLabels: Record<string, string> = {
  create: "Created",
  save: "Saved",
  submit: "Submitted for review",
  withdraw: "Withdrawn",
  requestChanges: "Changes requested",
  approve: "Approved",
  publish: "Published",
  schedule: "Scheduled",
  unpublish: "Unpublished",
  archive: "Archived",
  newVersion: "New version started",
  restore: "Restored",
  merge: "Merged with another save",
  identifiers: "Identifiers and licence set",
};

export const revisionKindLabel = (kind: string) => kindLabels[kind] ?? kind;
