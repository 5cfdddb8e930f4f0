import { feedResponse } from "@/lib/feeds";

export const dynamic = "force-dynamic";

export const GET = () => feedResponse({ kind: "site" }, "atom");
