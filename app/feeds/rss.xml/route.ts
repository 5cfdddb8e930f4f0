import { publicFeed } from "@/lib/reader/cache/reads";
import { feedResponse } from "@/lib/reader/feeds";

export const dynamic = "force-dynamic";

export const GET = async () => feedResponse(await publicFeed({ kind: "site" }, "rss"), "rss");
