import { publicSitemap } from "@/lib/reader/cache/reads";

export const dynamic = "force-dynamic";

export default function sitemap() {
  return publicSitemap();
}
