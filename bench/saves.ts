// The studio save under load: an editor's session, and one draft (10,000 words unless told) per
// connection, each saved with the version the server last returned (as autosave does).
// First: lets this script load lib/ modules marked server-only.
import "../scripts/server-only-outside-next";
import { encode } from "next-auth/jwt";
import { createArticle } from "../lib/editorial/working-copy";
import { validateRichText } from "../lib/content";
import { db } from "../lib/platform/db";
import { createSession } from "../lib/accounts/sessions";
import { body, random } from "./text";

/** A fresh session of the demo editor (the seed's first enabled editor), as the cookie a browser would send. */
export async function editorSession() {
  const editor = await db.user.findFirstOrThrow({ where: { role: "editor", disabled: false } });
  const session = await createSession(editor.id, { ip: "127.0.0.1", userAgent: "bench" });
  const token = await encode({ token: { sid: session.id }, secret: process.env.NEXTAUTH_SECRET! });
  return { editor, cookie: `next-auth.session-token=${token}` };
}

export async function prepareSaves(base: string, count: number, words = 10_000) {
  const { editor, cookie } = await editorSession();
  const doc = validateRichText("body", body(random(10_000), words, "save"));
  const drafts = [];
  for (let i = 0; i < count; i++) {
    const input = { title: `Bench draft ${i}`, standfirst: "A long draft saved under load.", body: doc };
    const article = await createArticle({ id: editor.id, role: editor.role, disabled: false }, input);
    drafts.push({ url: `${base}/api/articles/${article.id}`, version: article.version, body: input });
  }
  return {
    headers: { cookie, "content-type": "application/json", origin: base },
    drafts,
  };
}
