// Any studio address that matches no page. Without this route Next.js serves its
// prerendered 404 page, built without a nonce, under proxy.ts's per-request nonce policy,
// which then refuses that page's scripts. Rendered here, per request, it carries the nonce.
import { notFound } from "next/navigation";

export default function MissingStudioPage() {
  notFound();
}
