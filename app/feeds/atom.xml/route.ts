import { feedResponse } from "@/lib/reader/feeds";

export const dynamic = "force-dynamic";

export const GET = () => feedResponse({ kind: "site" }, "atom");
