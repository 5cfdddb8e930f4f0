-- AlterTable
ALTER TABLE "AuthorProfile" DROP COLUMN "photoUrl",
ADD COLUMN     "portraitId" TEXT;

-- AlterTable
ALTER TABLE "Article" ADD COLUMN     "leadImageId" TEXT,
ADD COLUMN     "mediaIds" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- AlterTable
ALTER TABLE "Publication" ADD COLUMN     "leadImageId" TEXT,
ADD COLUMN     "mediaIds" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- CreateTable
CREATE TABLE "MediaAsset" (
    "id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "alt" TEXT NOT NULL DEFAULT '',
    "caption" TEXT NOT NULL DEFAULT '',
    "credit" TEXT NOT NULL DEFAULT '',
    "licence" TEXT NOT NULL DEFAULT '',
    "format" TEXT NOT NULL,
    "width" INTEGER NOT NULL,
    "height" INTEGER NOT NULL,
    "bytes" INTEGER NOT NULL,
    "focalX" DOUBLE PRECISION NOT NULL DEFAULT 0.5,
    "focalY" DOUBLE PRECISION NOT NULL DEFAULT 0.5,
    "rev" TEXT NOT NULL,
    "articleId" TEXT,
    "uploadedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "MediaAsset_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "MediaAsset_createdAt_id_idx" ON "MediaAsset"("createdAt", "id");

-- CreateIndex
CREATE INDEX "MediaAsset_uploadedById_createdAt_id_idx" ON "MediaAsset"("uploadedById", "createdAt", "id");

-- CreateIndex
CREATE INDEX "MediaAsset_title_trgm_idx" ON "MediaAsset" USING GIN ("title" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Article_mediaIds_idx" ON "Article" USING GIN ("mediaIds");

-- CreateIndex
CREATE INDEX "Publication_mediaIds_idx" ON "Publication" USING GIN ("mediaIds");

-- AddForeignKey
ALTER TABLE "AuthorProfile" ADD CONSTRAINT "AuthorProfile_portraitId_fkey" FOREIGN KEY ("portraitId") REFERENCES "MediaAsset"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Article" ADD CONSTRAINT "Article_leadImageId_fkey" FOREIGN KEY ("leadImageId") REFERENCES "MediaAsset"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Publication" ADD CONSTRAINT "Publication_leadImageId_fkey" FOREIGN KEY ("leadImageId") REFERENCES "MediaAsset"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MediaAsset" ADD CONSTRAINT "MediaAsset_uploadedById_fkey" FOREIGN KEY ("uploadedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
