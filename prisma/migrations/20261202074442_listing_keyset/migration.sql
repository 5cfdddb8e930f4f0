-- DropForeignKey
ALTER TABLE "PublicationAuthor" DROP CONSTRAINT "PublicationAuthor_publicationId_fkey";

-- DropForeignKey
ALTER TABLE "PublicationTopic" DROP CONSTRAINT "PublicationTopic_publicationId_fkey";

-- DropIndex
DROP INDEX "PublicationAuthor_authorId_idx";

-- DropIndex
DROP INDEX "PublicationTopic_topicId_idx";

-- AlterTable (each link takes its publication's times before the columns are required)
ALTER TABLE "PublicationAuthor" ADD COLUMN     "liveFrom" TIMESTAMP(3),
ADD COLUMN     "publishedAt" TIMESTAMP(3);
UPDATE "PublicationAuthor" x SET "publishedAt" = p."publishedAt", "liveFrom" = p."liveFrom" FROM "Publication" p WHERE p."articleId" = x."publicationId";
ALTER TABLE "PublicationAuthor" ALTER COLUMN "liveFrom" SET NOT NULL,
ALTER COLUMN "publishedAt" SET NOT NULL;

-- AlterTable (each link takes its publication's times before the columns are required)
ALTER TABLE "PublicationTopic" ADD COLUMN     "liveFrom" TIMESTAMP(3),
ADD COLUMN     "publishedAt" TIMESTAMP(3);
UPDATE "PublicationTopic" x SET "publishedAt" = p."publishedAt", "liveFrom" = p."liveFrom" FROM "Publication" p WHERE p."articleId" = x."publicationId";
ALTER TABLE "PublicationTopic" ALTER COLUMN "liveFrom" SET NOT NULL,
ALTER COLUMN "publishedAt" SET NOT NULL;

-- CreateIndex
CREATE INDEX "Publication_publishedAt_articleId_liveFrom_idx" ON "Publication"("publishedAt" DESC, "articleId" DESC, "liveFrom");

-- CreateIndex
CREATE INDEX "Publication_divisionId_publishedAt_articleId_liveFrom_idx" ON "Publication"("divisionId", "publishedAt" DESC, "articleId" DESC, "liveFrom");

-- CreateIndex
CREATE INDEX "Publication_seriesId_publishedAt_articleId_liveFrom_idx" ON "Publication"("seriesId", "publishedAt" DESC, "articleId" DESC, "liveFrom");

-- CreateIndex
CREATE UNIQUE INDEX "Publication_articleId_publishedAt_liveFrom_key" ON "Publication"("articleId", "publishedAt", "liveFrom");

-- CreateIndex
CREATE INDEX "PublicationAuthor_authorId_publishedAt_publicationId_liveFr_idx" ON "PublicationAuthor"("authorId", "publishedAt" DESC, "publicationId" DESC, "liveFrom");

-- CreateIndex
CREATE INDEX "PublicationTopic_topicId_publishedAt_publicationId_liveFrom_idx" ON "PublicationTopic"("topicId", "publishedAt" DESC, "publicationId" DESC, "liveFrom");

-- AddForeignKey
ALTER TABLE "PublicationAuthor" ADD CONSTRAINT "PublicationAuthor_publicationId_publishedAt_liveFrom_fkey" FOREIGN KEY ("publicationId", "publishedAt", "liveFrom") REFERENCES "Publication"("articleId", "publishedAt", "liveFrom") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PublicationTopic" ADD CONSTRAINT "PublicationTopic_publicationId_publishedAt_liveFrom_fkey" FOREIGN KEY ("publicationId", "publishedAt", "liveFrom") REFERENCES "Publication"("articleId", "publishedAt", "liveFrom") ON DELETE CASCADE ON UPDATE CASCADE;
