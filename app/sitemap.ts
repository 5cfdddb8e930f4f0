import { getSitemap } from "@/lib/reader/sitemap";

export const dynamic = "force-dynamic";

export default function sitemap() {
  return getSitemap();
}
