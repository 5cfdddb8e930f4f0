-- CreateEnum
CREATE TYPE "Priority" AS ENUM ('low', 'normal', 'high', 'urgent');

-- CreateEnum
CREATE TYPE "PitchStatus" AS ENUM ('open', 'accepted', 'declined');

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "calendarTokenHash" TEXT;

-- AlterTable
ALTER TABLE "AuthorProfile" ADD COLUMN     "orcid" TEXT NOT NULL DEFAULT '';

-- AlterTable
ALTER TABLE "Division" ADD COLUMN     "fourEyes" BOOLEAN;

-- AlterTable
ALTER TABLE "Series" ADD COLUMN     "issn" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "numberPattern" TEXT NOT NULL DEFAULT '';

-- AlterTable
ALTER TABLE "Article" ADD COLUMN     "assignedEditorId" TEXT,
ADD COLUMN     "canonicalUrl" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "doi" TEXT,
ADD COLUMN     "dueAt" TIMESTAMP(3),
ADD COLUMN     "firstPublishedIn" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "licence" TEXT,
ADD COLUMN     "priority" "Priority" NOT NULL DEFAULT 'normal',
ADD COLUMN     "requireOutsideApproval" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "seriesNumber" TEXT;

-- AlterTable
ALTER TABLE "Publication" ADD COLUMN     "canonicalUrl" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "firstPublishedIn" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "licence" TEXT NOT NULL DEFAULT '';

-- AlterTable
ALTER TABLE "SiteSettings" ADD COLUMN     "aboutLabel" TEXT NOT NULL DEFAULT 'About the writer',
ADD COLUMN     "crossrefDepositorEmail" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "crossrefDepositorName" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "crossrefRegistrant" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "defaultLanguage" TEXT NOT NULL DEFAULT 'en',
ADD COLUMN     "defaultLicence" TEXT NOT NULL DEFAULT 'CC-BY-ND-4.0',
ADD COLUMN     "disclaimerLabel" TEXT NOT NULL DEFAULT 'Disclaimer',
ADD COLUMN     "doiPattern" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "doiPrefix" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "fourEyes" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "notesLabel" TEXT NOT NULL DEFAULT 'Notes',
ALTER COLUMN "baseUrl" DROP NOT NULL;

-- CreateTable
CREATE TABLE "RetiredSlug" (
    "kind" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "targetId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RetiredSlug_pkey" PRIMARY KEY ("kind","slug")
);

-- CreateTable
CREATE TABLE "SeriesCounter" (
    "seriesId" TEXT NOT NULL,
    "period" TEXT NOT NULL,
    "last" INTEGER NOT NULL,

    CONSTRAINT "SeriesCounter_pkey" PRIMARY KEY ("seriesId","period")
);

-- CreateTable
CREATE TABLE "Pitch" (
    "id" TEXT NOT NULL,
    "workingTitle" TEXT NOT NULL,
    "summary" TEXT NOT NULL DEFAULT '',
    "proposedAuthorId" TEXT,
    "divisionId" TEXT,
    "filedById" TEXT NOT NULL,
    "status" "PitchStatus" NOT NULL DEFAULT 'open',
    "declineReason" TEXT,
    "decidedById" TEXT,
    "decidedAt" TIMESTAMP(3),
    "articleId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Pitch_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReviewLink" (
    "id" TEXT NOT NULL,
    "articleId" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "reviewerName" TEXT NOT NULL,
    "reviewerEmail" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "revokedAt" TIMESTAMP(3),
    "decision" TEXT,
    "comment" TEXT,
    "decidedAt" TIMESTAMP(3),
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReviewLink_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "RetiredSlug_kind_targetId_idx" ON "RetiredSlug"("kind", "targetId");

-- CreateIndex
CREATE UNIQUE INDEX "Pitch_articleId_key" ON "Pitch"("articleId");

-- CreateIndex
CREATE INDEX "Pitch_status_createdAt_id_idx" ON "Pitch"("status", "createdAt", "id");

-- CreateIndex
CREATE INDEX "Pitch_filedById_createdAt_id_idx" ON "Pitch"("filedById", "createdAt", "id");

-- CreateIndex
CREATE UNIQUE INDEX "ReviewLink_tokenHash_key" ON "ReviewLink"("tokenHash");

-- CreateIndex
CREATE INDEX "ReviewLink_articleId_createdAt_idx" ON "ReviewLink"("articleId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "User_calendarTokenHash_key" ON "User"("calendarTokenHash");

-- CreateIndex
CREATE UNIQUE INDEX "Article_doi_key" ON "Article"("doi");

-- CreateIndex
CREATE INDEX "Article_assignedEditorId_updatedAt_id_idx" ON "Article"("assignedEditorId", "updatedAt", "id");

-- CreateIndex
CREATE INDEX "Article_dueAt_id_idx" ON "Article"("dueAt", "id");

-- AddForeignKey
ALTER TABLE "Article" ADD CONSTRAINT "Article_assignedEditorId_fkey" FOREIGN KEY ("assignedEditorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SeriesCounter" ADD CONSTRAINT "SeriesCounter_seriesId_fkey" FOREIGN KEY ("seriesId") REFERENCES "Series"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Pitch" ADD CONSTRAINT "Pitch_proposedAuthorId_fkey" FOREIGN KEY ("proposedAuthorId") REFERENCES "AuthorProfile"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Pitch" ADD CONSTRAINT "Pitch_divisionId_fkey" FOREIGN KEY ("divisionId") REFERENCES "Division"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Pitch" ADD CONSTRAINT "Pitch_filedById_fkey" FOREIGN KEY ("filedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Pitch" ADD CONSTRAINT "Pitch_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Pitch" ADD CONSTRAINT "Pitch_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewLink" ADD CONSTRAINT "ReviewLink_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewLink" ADD CONSTRAINT "ReviewLink_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
