// Reading a WordPress export (WXR, "WordPress eXtended RSS", as Tools > Export writes it): an RSS
// document whose channel lists the authors, categories and tags, and whose items are the posts,
// pages and attachments with their WordPress fields (wp:post_id, wp:post_date_gmt, ...). Only
// what the import uses is read; a file that is not well-formed XML, or not a WXR, is refused with
// a message that says where.
import "server-only";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { ValidationError } from "../../platform/errors";

export interface WxrAuthor {
  login: string;
  email: string;
  displayName: string;
}

export interface WxrTerm {
  /** "category" or "post_tag". */
  domain: "category" | "post_tag";
  /** WordPress's slug for the term. */
  nicename: string;
  name: string;
}

export interface WxrItem {
  postId: string;
  title: string;
  /** The permalink, as the site showed it. */
  link: string;
  postType: string;
  status: string;
  /** The slug, percent-encoded as WordPress stores it. */
  postName: string;
  /** "2024-06-03 09:30:00": the site's local time, and the same time in UTC ("0000-00-00 00:00:00" when unset). */
  postDate: string;
  postDateGmt: string;
  /** The author's login. */
  creator: string;
  content: string;
  excerpt: string;
  terms: WxrTerm[];
  meta: Record<string, string>;
  /** An attachment's file URL. */
  attachmentUrl: string;
}

export interface Wxr {
  /** The site's base URL: what identifies this WordPress among several imported. */
  siteUrl: string;
  title: string;
  authors: WxrAuthor[];
  /** Every category and tag the channel declares or an item uses, by domain and nicename. */
  terms: WxrTerm[];
  items: WxrItem[];
}

type Node = Record<string, unknown>;

const repeated = new Set(["item", "wp:author", "wp:category", "wp:tag", "category", "wp:postmeta"]);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  // Everything stays a string: a slug of digits or a title of "1e3" is not a number.
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  processEntities: true,
  htmlEntities: true,
  isArray: (name) => repeated.has(name),
});

/** The text of an element whether the parser gave a string, a CDATA-merged object or nothing. */
function text(value: unknown): string {
  if (typeof value === "string") return value.trim();
  if (typeof value === "number") return String(value);
  if (value && typeof value === "object" && "#text" in value) return text((value as Node)["#text"]);
  return "";
}

const list = (value: unknown): Node[] => (Array.isArray(value) ? value.filter((v): v is Node => Boolean(v) && typeof v === "object") : []);

function readTerm(node: Node, domain: WxrTerm["domain"]): WxrTerm {
  return domain === "category"
    ? { domain, nicename: text(node["wp:category_nicename"]), name: text(node["wp:cat_name"]) }
    : { domain, nicename: text(node["wp:tag_slug"]), name: text(node["wp:tag_name"]) };
}

function readItem(node: Node): WxrItem {
  const meta: Record<string, string> = {};
  for (const entry of list(node["wp:postmeta"])) meta[text(entry["wp:meta_key"])] = text(entry["wp:meta_value"]);
  const terms = list(node.category).flatMap((category): WxrTerm[] => {
    const domain = category["@_domain"];
    if (domain !== "category" && domain !== "post_tag") return [];
    return [{ domain, nicename: text(category["@_nicename"]), name: text(category) }];
  });
  return {
    postId: text(node["wp:post_id"]),
    title: text(node.title),
    link: text(node.link),
    postType: text(node["wp:post_type"]),
    status: text(node["wp:status"]),
    postName: text(node["wp:post_name"]),
    postDate: text(node["wp:post_date"]),
    postDateGmt: text(node["wp:post_date_gmt"]),
    creator: text(node["dc:creator"]),
    content: text(node["content:encoded"]),
    excerpt: text(node["excerpt:encoded"]),
    terms,
    meta,
    attachmentUrl: text(node["wp:attachment_url"]),
  };
}

/**
 * Reads a WXR file. Throws ValidationError for malformed XML (naming the line and column) and for
 * XML that is not a WordPress export.
 */
export function readWxr(xml: string): Wxr {
  const checked = XMLValidator.validate(xml);
  if (checked !== true) {
    const { msg, line, col } = checked.err;
    throw new ValidationError(`The file is not well-formed XML: line ${line}, column ${col}: ${msg}`);
  }
  const root = parser.parse(xml) as Node;
  const rss = root.rss as Node | undefined;
  const channel = rss && typeof rss === "object" ? (rss.channel as Node | undefined) : undefined;
  if (!channel || typeof channel !== "object" || !text(channel["wp:wxr_version"])) {
    throw new ValidationError("This is not a WordPress export: a WXR file is an RSS document with a <wp:wxr_version> in its channel.");
  }
  const authors = list(channel["wp:author"]).map((a) => ({
    login: text(a["wp:author_login"]),
    email: text(a["wp:author_email"]).toLowerCase(),
    displayName: text(a["wp:author_display_name"]) || text(a["wp:author_login"]),
  }));
  const items = list(channel.item).map(readItem);
  const declared = [
    ...list(channel["wp:category"]).map((c) => readTerm(c, "category")),
    ...list(channel["wp:tag"]).map((t) => readTerm(t, "post_tag")),
  ];
  const terms = new Map<string, WxrTerm>();
  for (const term of [...declared, ...items.flatMap((i) => i.terms)]) {
    const key = `${term.domain}:${term.nicename}`;
    if (term.nicename && !terms.has(key)) terms.set(key, term);
  }
  const siteUrl = (text(channel["wp:base_blog_url"]) || text(channel["wp:base_site_url"]) || text(channel.link)).replace(/\/+$/, "");
  return { siteUrl, title: text(channel.title), authors, terms: [...terms.values()], items };
}
