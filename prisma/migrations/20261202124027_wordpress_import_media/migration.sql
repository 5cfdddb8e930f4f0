-- CreateTable
CREATE TABLE "ImportedMedia" (
    "source" TEXT NOT NULL,
    "sourceId" TEXT NOT NULL,
    "mediaId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ImportedMedia_pkey" PRIMARY KEY ("source","sourceId")
);

-- CreateIndex
CREATE INDEX "ImportedMedia_mediaId_idx" ON "ImportedMedia"("mediaId");

-- AddForeignKey
ALTER TABLE "ImportedMedia" ADD CONSTRAINT "ImportedMedia_mediaId_fkey" FOREIGN KEY ("mediaId") REFERENCES "MediaAsset"("id") ON DELETE CASCADE ON UPDATE CASCADE;
