import type { JSONContent } from "@tiptap/core";
import { renderRichText, type RichTextKind } from "@/lib/content";

/** Server-rendered rich text. The renderer escapes all text and only emits safe links. */
export function RichText({ kind, doc, className = "prose" }: { kind: RichTextKind; doc: JSONContent; className?: string }) {
  return <div className={className} dangerouslySetInnerHTML={{ __html: renderRichText(kind, doc) }} />;
}
