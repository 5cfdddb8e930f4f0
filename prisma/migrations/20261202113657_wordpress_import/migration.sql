-- CreateEnum
CREATE TYPE "WordPressImportStatus" AS ENUM ('planned', 'running', 'done', 'failed');

-- CreateTable
CREATE TABLE "LegacyPath" (
    "path" TEXT NOT NULL,
    "articleId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LegacyPath_pkey" PRIMARY KEY ("path")
);

-- CreateTable
CREATE TABLE "ImportedPost" (
    "source" TEXT NOT NULL,
    "sourceId" TEXT NOT NULL,
    "articleId" TEXT NOT NULL,
    "contentHash" TEXT NOT NULL,
    "importedVersion" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ImportedPost_pkey" PRIMARY KEY ("source","sourceId")
);

-- CreateTable
CREATE TABLE "WordPressImport" (
    "id" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "xml" TEXT NOT NULL,
    "status" "WordPressImportStatus" NOT NULL DEFAULT 'planned',
    "mapping" JSONB NOT NULL DEFAULT '{}',
    "total" INTEGER NOT NULL DEFAULT 0,
    "processed" INTEGER NOT NULL DEFAULT 0,
    "report" JSONB NOT NULL DEFAULT '{}',
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "WordPressImport_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "LegacyPath_articleId_idx" ON "LegacyPath"("articleId");

-- CreateIndex
CREATE INDEX "ImportedPost_articleId_idx" ON "ImportedPost"("articleId");

-- CreateIndex
CREATE INDEX "WordPressImport_createdAt_id_idx" ON "WordPressImport"("createdAt", "id");

-- AddForeignKey
ALTER TABLE "LegacyPath" ADD CONSTRAINT "LegacyPath_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImportedPost" ADD CONSTRAINT "ImportedPost_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WordPressImport" ADD CONSTRAINT "WordPressImport_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
