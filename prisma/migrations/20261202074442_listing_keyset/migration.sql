-- DropForeignKey
ALTER TABLE "PublicationAuthor" DROP CONSTRAINT "PublicationAuthor_publicationId_fkey";

-- DropForeignKey
ALTER TABLE "PublicationTopic" DROP CONSTRAINT "PublicationTopic_publicationId_fkey";

-- DropIndex
DROP INDEX "Publication_liveFrom_idx";

-- DropIndex
DROP INDEX "Publication_divisionId_liveFrom_idx";

-- DropIndex
DROP INDEX "PublicationAuthor_authorId_idx";

-- DropIndex
DROP INDEX "PublicationTopic_topicId_idx";

-- AlterTable (each link takes its publication's time before the column is required)
ALTER TABLE "PublicationAuthor" ADD COLUMN     "liveFrom" TIMESTAMP(3);
UPDATE "PublicationAuthor" x SET "liveFrom" = p."liveFrom" FROM "Publication" p WHERE p."articleId" = x."publicationId";
ALTER TABLE "PublicationAuthor" ALTER COLUMN "liveFrom" SET NOT NULL;

-- AlterTable (each link takes its publication's time before the column is required)
ALTER TABLE "PublicationTopic" ADD COLUMN     "liveFrom" TIMESTAMP(3);
UPDATE "PublicationTopic" x SET "liveFrom" = p."liveFrom" FROM "Publication" p WHERE p."articleId" = x."publicationId";
ALTER TABLE "PublicationTopic" ALTER COLUMN "liveFrom" SET NOT NULL;

-- CreateIndex
CREATE INDEX "Publication_liveFrom_articleId_idx" ON "Publication"("liveFrom" DESC, "articleId" DESC);

-- CreateIndex
CREATE INDEX "Publication_divisionId_liveFrom_articleId_idx" ON "Publication"("divisionId", "liveFrom" DESC, "articleId" DESC);

-- CreateIndex
CREATE INDEX "Publication_seriesId_liveFrom_articleId_idx" ON "Publication"("seriesId", "liveFrom" DESC, "articleId" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Publication_articleId_liveFrom_key" ON "Publication"("articleId", "liveFrom");

-- CreateIndex
CREATE INDEX "PublicationAuthor_authorId_liveFrom_publicationId_idx" ON "PublicationAuthor"("authorId", "liveFrom" DESC, "publicationId" DESC);

-- CreateIndex
CREATE INDEX "PublicationTopic_topicId_liveFrom_publicationId_idx" ON "PublicationTopic"("topicId", "liveFrom" DESC, "publicationId" DESC);

-- AddForeignKey
ALTER TABLE "PublicationAuthor" ADD CONSTRAINT "PublicationAuthor_publicationId_liveFrom_fkey" FOREIGN KEY ("publicationId", "liveFrom") REFERENCES "Publication"("articleId", "liveFrom") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PublicationTopic" ADD CONSTRAINT "PublicationTopic_publicationId_liveFrom_fkey" FOREIGN KEY ("publicationId", "liveFrom") REFERENCES "Publication"("articleId", "liveFrom") ON DELETE CASCADE ON UPDATE CASCADE;
