"use client";
// The library page's upload zone: each finished upload refreshes the grid below it.
import { useRouter } from "next/navigation";
import { UploadZone } from "./upload-zone";

export function LibraryUpload() {
  const router = useRouter();
  return <UploadZone onUploaded={() => router.refresh()} />;
}
