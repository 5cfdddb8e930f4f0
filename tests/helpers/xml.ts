// Strict XML checks for the feeds. fast-xml-parser's validator lets through what XML 1.0
// forbids (control characters, "<" in an attribute value, an undefined entity, "]]>" in
// text), so every document is also read by saxes, which enforces well-formedness and the
// characters XML allows, as a feed reader's parser would.
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { JSDOM } from "jsdom";
import { SaxesParser } from "saxes";

/** The first reason the document is not well-formed XML, or null. */
export function xmlError(xml: string): string | null {
  const validated = XMLValidator.validate(xml);
  if (validated !== true) return `${validated.err.code}: ${validated.err.msg} (line ${validated.err.line})`;
  // A lone surrogate cannot be encoded at all: on the wire it would already be a U+FFFD.
  if (/\p{Cs}/u.test(xml)) return "lone surrogate";
  let error: string | null = null;
  const parser = new SaxesParser({ xmlns: true });
  parser.on("error", (e) => {
    error ??= e.message;
  });
  parser.write(xml).close();
  return error;
}

/** The document's text exactly as a parser hands it to a reader: entities decoded, nothing trimmed or converted. */
export const readerParser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  parseTagValue: false,
  isArray: (name, jpath) => ["item", "entry", "author", "category", "dc:creator"].includes(name) || jpath === "feed.link",
});

const dom = new JSDOM("");
/** What a reader shows for an element whose content is HTML: the text of the parsed markup. */
export function htmlText(html: string): string {
  const box = dom.window.document.createElement("div");
  box.innerHTML = html;
  return box.textContent ?? "";
}
