-- Indexes for the studio's keyset-paged lists (ARCHITECTURE.md, "Studio lists"): each list's
-- order (timestamp, id) alone and after each filter, and trigram indexes for the pieces list's
-- search, so every page at any depth and every search is an index scan.
-- pg_trgm ships with PostgreSQL (contrib) and is a trusted extension: the database owner may
-- create it. The embedded PGlite loads it too (scripts/db/embedded.ts).
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- The review queue pages by submission time: the workflow sets it on every submit, and any
-- piece in review without one (made before the workflow recorded it) takes its last change.
UPDATE "Article" SET "submittedAt" = "updatedAt" WHERE "status" = 'in_review' AND "submittedAt" IS NULL;

-- DropIndex
DROP INDEX "Article_status_updatedAt_idx";

-- DropIndex
DROP INDEX "Article_divisionId_idx";

-- DropIndex
DROP INDEX "ReaderComment_articleId_status_createdAt_idx";

-- DropIndex
DROP INDEX "ReaderComment_status_createdAt_idx";

-- DropIndex
DROP INDEX "AuditEvent_articleId_createdAt_idx";

-- DropIndex
DROP INDEX "AuditEvent_actorId_createdAt_idx";

-- DropIndex
DROP INDEX "AuditEvent_createdAt_idx";

-- DropIndex
DROP INDEX "OutgoingEmail_status_createdAt_idx";

-- CreateIndex
CREATE INDEX "Article_updatedAt_id_idx" ON "Article"("updatedAt", "id");

-- CreateIndex
CREATE INDEX "Article_status_updatedAt_id_idx" ON "Article"("status", "updatedAt", "id");

-- CreateIndex
CREATE INDEX "Article_divisionId_updatedAt_id_idx" ON "Article"("divisionId", "updatedAt", "id");

-- CreateIndex
CREATE INDEX "Article_createdById_updatedAt_id_idx" ON "Article"("createdById", "updatedAt", "id");

-- CreateIndex
CREATE INDEX "Article_status_submittedAt_id_idx" ON "Article"("status", "submittedAt", "id");

-- CreateIndex
CREATE INDEX "Article_title_trgm_idx" ON "Article" USING GIN ("title" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Article_standfirst_trgm_idx" ON "Article" USING GIN ("standfirst" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "ReaderComment_articleId_status_createdAt_id_idx" ON "ReaderComment"("articleId", "status", "createdAt", "id");

-- CreateIndex
CREATE INDEX "ReaderComment_status_createdAt_id_idx" ON "ReaderComment"("status", "createdAt", "id");

-- CreateIndex
CREATE INDEX "ReaderComment_createdAt_id_idx" ON "ReaderComment"("createdAt", "id");

-- CreateIndex
CREATE INDEX "AuditEvent_articleId_createdAt_id_idx" ON "AuditEvent"("articleId", "createdAt", "id");

-- CreateIndex
CREATE INDEX "AuditEvent_actorId_createdAt_id_idx" ON "AuditEvent"("actorId", "createdAt", "id");

-- CreateIndex
CREATE INDEX "AuditEvent_action_createdAt_id_idx" ON "AuditEvent"("action", "createdAt", "id");

-- CreateIndex
CREATE INDEX "AuditEvent_createdAt_id_idx" ON "AuditEvent"("createdAt", "id");

-- CreateIndex
CREATE INDEX "OutgoingEmail_status_createdAt_id_idx" ON "OutgoingEmail"("status", "createdAt", "id");

-- CreateIndex
CREATE INDEX "OutgoingEmail_createdAt_id_idx" ON "OutgoingEmail"("createdAt", "id");
