// Every endpoint a browser can reach, called directly as a forged request would call it:
// each exported server action (lib/actions/*.ts, "use server") and each HTTP method of
// app/**/route.ts is discovered from the files, and each must have an entry in the one
// table below, so a new endpoint cannot ship without its authorization written out.
// Each is called as: nobody, the writer who owns the piece, another writer, an editor,
// an admin, and a disabled co-author whose session row still exists.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { decode, encode } from "next-auth/jwt";
import { NextRequest } from "next/server";
import sharp from "sharp";
import { ingestImage } from "@/lib/media/ingest";
import { createArticle } from "@/lib/editorial/working-copy";
import { authSecret } from "@/lib/platform/env";
import { db } from "@/lib/platform/db";
import { paths } from "@/lib/platform/paths";
import { EDITORS_ADMIN_ONLY } from "@/lib/admin/divisions";
import { addEditorialComment } from "@/lib/editorial/comments";
import { createInvitation } from "@/lib/accounts/invitations";
import { createPreviewLink } from "@/lib/editorial/previews";
import { sendReviewLink } from "@/lib/editorial/review-links";
import { filePitch } from "@/lib/editorial/pitches";
import { createCalendarFeed } from "@/lib/editorial/calendar-feed";
import { RESET_INVALID } from "@/lib/accounts/password-reset";
import { postReaderComment } from "@/lib/reader/comments";
import { createSession, resolveSession, type CurrentUser } from "@/lib/accounts/sessions";
import { transition } from "@/lib/editorial/workflow";
import type { ArticleStatus } from "@/lib/generated/prisma/enums";
import { makeUser, sampleBody, TEST_PASSWORD } from "../helpers/db";
import { buildDocx } from "../fixtures/docx-builder";
import { setRequest } from "../helpers/next-headers";
import { archiveSite, buildWxr } from "../fixtures/wxr-builder";

const ROOT = path.resolve(__dirname, "../..");
const METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];
const ORIGIN = "http://studio.test";

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)],
  );
}

/** "lib/actions/x.ts#name" for every exported server action, "app/.../route.ts GET" for every method. */
function discoverEndpoints(): Map<string, () => Promise<unknown>> {
  const found = new Map<string, () => Promise<unknown>>();
  for (const file of readdirSync(path.join(ROOT, "lib/actions"))) {
    const rel = `lib/actions/${file}`;
    if (!file.endsWith(".ts") || !/^\s*["']use server["']/.test(readFileSync(path.join(ROOT, rel), "utf8"))) continue;
    const mod = require(path.join(ROOT, rel)) as Record<string, unknown>;
    for (const [name, value] of Object.entries(mod))
      if (typeof value === "function") found.set(`${rel}#${name}`, value as () => Promise<unknown>);
  }
  for (const file of walk(path.join(ROOT, "app")).filter((f) => path.basename(f) === "route.ts")) {
    const rel = path.relative(ROOT, file).split(path.sep).join("/");
    const mod = require(file) as Record<string, unknown>;
    for (const method of METHODS)
      if (typeof mod[method] === "function") found.set(`${rel} ${method}`, mod[method] as () => Promise<unknown>);
  }
  return found;
}

type ActorName = "anonymous" | "owner" | "otherWriter" | "editor" | "admin" | "disabled";
const ACTORS: ActorName[] = ["anonymous", "owner", "otherWriter", "editor", "admin", "disabled"];

interface People {
  owner: Awaited<ReturnType<typeof makeUser>>;
  otherWriter: Awaited<ReturnType<typeof makeUser>>;
  editor: Awaited<ReturnType<typeof makeUser>>;
  admin: Awaited<ReturnType<typeof makeUser>>;
  disabled: Awaited<ReturnType<typeof makeUser>>;
  editorActor: CurrentUser;
  adminActor: CurrentUser;
  ownerActor: CurrentUser;
}
let people: People;
const cookieOf = new Map<ActorName, string>();
let counter = 0;
const fresh = (prefix: string) => `${prefix}-${++counter}-${Math.random().toString(36).slice(2, 6)}`;

/** A piece by the owner, co-authored by the (later disabled) writer, in the given state, with revision 1. */
async function piece(status: ArticleStatus = "draft") {
  const created = await createArticle(people.ownerActor, {
    title: fresh("Piece"),
    body: sampleBody,
    authorIds: [people.owner.author!.id, people.disabled.author!.id],
  });
  if (status === "published") {
    await db.article.update({ where: { id: created.id }, data: { status: "approved" } });
    await transition(people.editorActor, created.id, "publish");
  } else if (status !== "draft") {
    await db.article.update({ where: { id: created.id }, data: { status } });
  }
  return db.article.findUniqueOrThrow({ where: { id: created.id } });
}

function form(fields: Record<string, string | string[]>) {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) for (const v of [value].flat()) data.append(key, v);
  return data;
}

/** Audit entries before the endpoint ran (after its fixtures were made): a refused call must add none. */
let auditBaseline = 0;
async function invoke<T>(call: () => Promise<T>): Promise<T> {
  auditBaseline = await db.auditEvent.count();
  return call();
}

/** What the caller observes: "ok", "redirect <path>", or "<status> <message>". */
async function outcomeOfAction(call: () => Promise<unknown>): Promise<string> {
  try {
    const result = (await invoke(call)) as { ok: boolean; status?: number; error?: string };
    return result.ok ? "ok" : `${result.status} ${result.error}`;
  } catch (error) {
    const digest = (error as { digest?: string }).digest ?? "";
    if (digest.startsWith("NEXT_REDIRECT")) return `redirect ${digest.split(";")[2]}`;
    if (digest.startsWith("NEXT_HTTP_ERROR_FALLBACK;404")) return "notFound";
    throw error;
  }
}

async function outcomeOf(call: () => Promise<unknown>): Promise<string> {
  return outcomeOfResponse((await invoke(call)) as Response);
}

async function outcomeOfResponse(response: Response): Promise<string> {
  if (response.status >= 300 && response.status < 400) {
    const location = new URL(response.headers.get("location") ?? "", ORIGIN);
    return `redirect ${location.pathname}${location.search}`;
  }
  if (response.status === 200) return "ok";
  const text = await response.text();
  let message = text;
  try {
    message = (JSON.parse(text) as { error?: string }).error ?? text;
  } catch {
    // A plain-text body is the message.
  }
  return `${response.status} ${message}`;
}

const request = (url: string, init: { method?: string; body?: string; headers?: Record<string, string> } = {}) =>
  new NextRequest(new URL(url, ORIGIN), {
    method: init.method ?? "GET",
    body: init.body,
    headers: { host: "studio.test", origin: ORIGIN, ...init.headers },
  });
const params = <T>(value: T) => ({ params: Promise.resolve(value) });

type Call = (endpoint: (...args: unknown[]) => Promise<unknown>) => Promise<string>;
interface Case {
  label: string;
  expect: Record<ActorName, string>;
  call: Call;
}

const SIGN_IN = "401 You need to sign in.";
const FORBIDDEN = "403 You do not have permission to do that.";
const NO_PIECE = "404 No such piece.";
const DISCARD_REFUSED =
  "403 Only the person who started a draft may discard it, and only before it was ever submitted; archive it instead.";
const all = (outcome: string): Record<ActorName, string> => ({
  anonymous: outcome,
  owner: outcome,
  otherWriter: outcome,
  editor: outcome,
  admin: outcome,
  disabled: outcome,
});
/** Columns: anonymous, owner, another writer, editor, admin, disabled co-author. */
const row = (anonymous: string, owner: string, otherWriter: string, editor: string, admin: string, disabled: string) => ({
  anonymous,
  owner,
  otherWriter,
  editor,
  admin,
  disabled,
});
const editorsOnly = (ok: string) => row(SIGN_IN, FORBIDDEN, FORBIDDEN, ok, ok, SIGN_IN);
const adminOnly = (ok: string) => row(SIGN_IN, FORBIDDEN, FORBIDDEN, FORBIDDEN, ok, SIGN_IN);
const onOwnDraft = (ok: string) => row(SIGN_IN, ok, NO_PIECE, ok, ok, SIGN_IN);
const formAction =
  (fields: () => Promise<Record<string, string | string[]>>): Call =>
  async (endpoint) => {
    const data = form(await fields());
    return outcomeOfAction(() => endpoint(null, data));
  };

/** The published piece whose PDF every person asks for (typeset once). */
let pdfPiece: ReturnType<typeof piece> | undefined;

const EXPECTATIONS: Record<string, Case[]> = {
  "lib/actions/account.ts#signOutEverywhereAction": [
    {
      label: "own sessions only, then the old cookie no longer counts",
      expect: row(SIGN_IN, "signed out", "signed out", "signed out", "signed out", SIGN_IN),
      call: async (a) => {
        const name = currentActor;
        const token = cookieOf.get(name);
        const sid = token ? await sessionIdOf(token) : null;
        const others = await db.session.count({
          where: { revokedAt: null, user: { email: { not: people[name === "anonymous" ? "owner" : name].email } } },
        });
        const outcome = await outcomeOfAction(() => a(null, form({})));
        if (outcome !== "redirect /sign-in?signedOut=everywhere") return outcome;
        const stillOpen = await db.session.count({
          where: { revokedAt: null, user: { email: { not: people[name as Exclude<ActorName, "anonymous">].email } } },
        });
        if (stillOpen !== others || (await resolveSession(sid))) return "revoked the wrong sessions";
        // The next cases need this person signed in again.
        cookieOf.set(
          name,
          await encode({
            token: { sid: (await createSession(people[name as Exclude<ActorName, "anonymous">].id)).id },
            secret: authSecret(),
          }),
        );
        return "signed out";
      },
    },
  ],
  "lib/actions/password-reset.ts#requestPasswordResetAction": [
    {
      label: "anyone may ask; the answer never says whether the account exists",
      expect: all("ok"),
      call: formAction(async () => ({ email: `${fresh("someone")}@test.example` })),
    },
  ],
  "lib/actions/password-reset.ts#resetPasswordAction": [
    {
      label: "a made-up token",
      expect: all(`404 ${RESET_INVALID}`),
      call: formAction(async () => ({ token: "z".repeat(43), password: "a long enough password" })),
    },
  ],
  "lib/actions/articles.ts#createArticleAction": [
    {
      label: "new piece",
      expect: row(SIGN_IN, "ok", "ok", "ok", "ok", SIGN_IN),
      call: (a) => outcomeOfAction(() => a({ title: fresh("New"), body: sampleBody })),
    },
  ],
  "lib/actions/articles.ts#saveArticleAction": [
    {
      label: "save a draft",
      expect: onOwnDraft("ok"),
      call: async (a) => {
        const p = await piece();
        return outcomeOfAction(() =>
          a({
            id: p.id,
            baseVersion: p.version,
            article: { title: "Saved", body: sampleBody, authorIds: [people.owner.author!.id, people.disabled.author!.id] },
          }),
        );
      },
    },
    {
      label: "save a piece in review",
      expect: row(SIGN_IN, "403 This piece is in review; you cannot edit it now.", NO_PIECE, "ok", "ok", SIGN_IN),
      call: async (a) => {
        const p = await piece("in_review");
        return outcomeOfAction(() =>
          a({
            id: p.id,
            baseVersion: p.version,
            article: { title: "Saved", body: sampleBody, authorIds: [people.owner.author!.id, people.disabled.author!.id] },
          }),
        );
      },
    },
  ],
  "lib/actions/articles.ts#getCurrentVersionAction": [
    {
      label: "read a draft",
      expect: onOwnDraft("ok"),
      call: async (a) => {
        const p = await piece();
        return outcomeOfAction(() => a({ id: p.id }));
      },
    },
  ],
  "lib/actions/authors.ts#createAuthorAction": [
    {
      label: "new author",
      expect: editorsOnly("redirect /studio/admin/authors"),
      call: formAction(async () => ({ displayName: fresh("Author") })),
    },
  ],
  "lib/actions/authors.ts#updateAuthorAction": [
    {
      label: "someone else's profile",
      expect: editorsOnly("redirect /studio/admin/authors"),
      call: formAction(async () => {
        const author = await db.authorProfile.create({
          data: { slug: fresh("a"), displayName: "Guest", bio: { type: "doc", content: [{ type: "paragraph" }] } },
        });
        return { id: author.id, displayName: fresh("Renamed") };
      }),
    },
  ],
  "lib/actions/authors.ts#deleteAuthorAction": [
    {
      label: "an unused profile",
      expect: editorsOnly("redirect /studio/admin/authors"),
      call: formAction(async () => ({
        id: (
          await db.authorProfile.create({
            data: { slug: fresh("a"), displayName: "Guest", bio: { type: "doc", content: [{ type: "paragraph" }] } },
          })
        ).id,
      })),
    },
  ],
  "lib/actions/comments.ts#addEditorialCommentAction": [
    { label: "on a draft", expect: onOwnDraft("ok"), call: formAction(async () => ({ articleId: (await piece()).id, body: "A note." })) },
  ],
  "lib/actions/comments.ts#setThreadResolvedAction": [
    {
      label: "an editor's thread",
      expect: onOwnDraft("ok"),
      call: formAction(async () => {
        const p = await piece();
        const comment = await addEditorialComment(people.editorActor, p.id, { body: "Tighten this." });
        return { articleId: p.id, commentId: comment.id, resolved: "true" };
      }),
    },
  ],
  "lib/actions/corrections.ts#appendCorrectionAction": [
    {
      label: "on a published piece",
      expect: row(SIGN_IN, FORBIDDEN, NO_PIECE, "ok", "ok", SIGN_IN),
      call: formAction(async () => ({ articleId: (await piece("published")).id, body: "An earlier version misdated the treaty." })),
    },
  ],
  "lib/actions/discard.ts#discardDraftAction": [
    {
      label: "the owner's draft, never submitted",
      expect: row(SIGN_IN, "redirect /studio?discarded=1", NO_PIECE, DISCARD_REFUSED, DISCARD_REFUSED, SIGN_IN),
      call: formAction(async () => ({ articleId: (await piece()).id, confirm: "yes" })),
    },
    {
      label: "a draft that was submitted once",
      expect: row(SIGN_IN, DISCARD_REFUSED, NO_PIECE, DISCARD_REFUSED, DISCARD_REFUSED, SIGN_IN),
      call: formAction(async () => {
        const p = await piece();
        await db.article.update({ where: { id: p.id }, data: { submittedAt: new Date() } });
        return { articleId: p.id, confirm: "yes" };
      }),
    },
  ],
  "lib/actions/disclaimers.ts#createDisclaimerAction": [
    {
      label: "new disclaimer",
      expect: editorsOnly("redirect /studio/admin/disclaimers"),
      call: formAction(async () => ({ name: fresh("Disclaimer"), body: "Views are the author's own." })),
    },
  ],
  "lib/actions/disclaimers.ts#updateDisclaimerAction": [
    {
      label: "a disclaimer",
      expect: editorsOnly("redirect /studio/admin/disclaimers"),
      call: formAction(async () => ({ id: (await newDisclaimer()).id, name: fresh("Renamed"), body: "Changed." })),
    },
  ],
  "lib/actions/disclaimers.ts#deleteDisclaimerAction": [
    {
      label: "an unused disclaimer",
      expect: editorsOnly("redirect /studio/admin/disclaimers"),
      call: formAction(async () => ({ id: (await newDisclaimer()).id })),
    },
  ],
  "lib/actions/previews.ts#createPreviewLinkAction": [
    {
      label: "for a draft",
      expect: row(SIGN_IN, FORBIDDEN, NO_PIECE, "ok", "ok", SIGN_IN),
      call: formAction(async () => ({ articleId: (await piece()).id, days: "3" })),
    },
  ],
  "lib/actions/previews.ts#revokePreviewLinkAction": [
    {
      label: "an editor's link",
      expect: row(SIGN_IN, FORBIDDEN, NO_PIECE, "ok", "ok", SIGN_IN),
      call: formAction(async () => {
        const p = await piece();
        await createPreviewLink(people.editorActor, p.id, { days: 3 });
        const link = await db.previewToken.findFirstOrThrow({ where: { articleId: p.id } });
        return { linkId: link.id };
      }),
    },
  ],
  "lib/actions/review-links.ts#sendReviewLinkAction": [
    {
      label: "for a draft",
      expect: row(SIGN_IN, FORBIDDEN, NO_PIECE, "ok", "ok", SIGN_IN),
      call: formAction(async () => ({ articleId: (await piece()).id, reviewerName: "A director", reviewerEmail: "director@example.org" })),
    },
  ],
  "lib/actions/review-links.ts#revokeReviewLinkAction": [
    {
      label: "an editor's link",
      expect: row(SIGN_IN, FORBIDDEN, NO_PIECE, "ok", "ok", SIGN_IN),
      call: formAction(async () => {
        const p = await piece();
        await sendReviewLink(people.editorActor, p.id, { reviewerName: "A director", reviewerEmail: "director@example.org" });
        const link = await db.reviewLink.findFirstOrThrow({ where: { articleId: p.id } });
        return { linkId: link.id };
      }),
    },
  ],
  "lib/actions/review-links.ts#setRequireOutsideApprovalAction": [
    {
      label: "require it on a draft",
      expect: row(SIGN_IN, FORBIDDEN, NO_PIECE, "ok", "ok", SIGN_IN),
      call: formAction(async () => ({ articleId: (await piece()).id, required: "yes" })),
    },
  ],
  // The reviewer has no account: the token is the authority, whoever is signed in.
  "lib/actions/review-links.ts#decideReviewAction": [
    {
      label: "with the token of an open link",
      expect: all("ok"),
      call: formAction(async () => {
        const p = await piece();
        const token = fresh("t").padEnd(43, "x").slice(0, 43);
        await db.reviewLink.create({
          data: {
            articleId: p.id,
            tokenHash: createHash("sha256").update(token).digest("hex"),
            reviewerName: "A director",
            reviewerEmail: "director@example.org",
            version: p.version,
            expiresAt: new Date(Date.now() + 86_400_000),
            createdById: people.editor.id,
          },
        });
        return { token, decision: "approved" };
      }),
    },
    {
      label: "with a token that names no link",
      expect: all("404 This review link is not valid. Check that the whole address was copied from the mail."),
      call: formAction(async () => ({ token: "z".repeat(43), decision: "approved" })),
    },
  ],
  "lib/actions/reader-comments.ts#postReaderCommentAction": [
    {
      label: "under a published piece",
      expect: all("ok"),
      call: formAction(async () => ({ slug: (await piece("published")).slug, name: "A reader", comment: "Thoughtful." })),
    },
    {
      label: "under a draft",
      expect: all("404 This piece is not published, so it cannot take comments."),
      call: formAction(async () => ({ slug: (await piece()).slug, name: "A reader", comment: "Early." })),
    },
  ],
  "lib/actions/reader-comments.ts#moderateReaderCommentAction": [
    {
      label: "approve a pending comment",
      expect: row(SIGN_IN, FORBIDDEN, FORBIDDEN, "ok", "ok", SIGN_IN),
      call: formAction(async () => {
        const p = await piece("published");
        await postReaderComment({ slug: p.slug, name: "A reader", comment: fresh("Comment") }, { ip: `10.0.${counter % 250}.1` });
        const comment = await db.readerComment.findFirstOrThrow({ where: { articleId: p.id } });
        return { id: comment.id, decision: "approve" };
      }),
    },
  ],
  "lib/actions/revisions.ts#restoreRevisionAction": [
    {
      label: "revision 1 of a draft",
      expect: row(SIGN_IN, FORBIDDEN, NO_PIECE, "redirect", "redirect", SIGN_IN),
      call: async (a) => {
        const p = await piece();
        const outcome = await outcomeOfAction(() => a(null, form({ articleId: p.id, revision: "1", baseVersion: String(p.version) })));
        return outcome.startsWith("redirect /studio/articles/") ? "redirect" : outcome;
      },
    },
  ],
  ...taxonomyCases(),
  "lib/actions/site-settings.ts#updateSiteSettingsAction": [
    {
      label: "rename the site",
      expect: adminOnly("ok"),
      call: formAction(async () => ({
        siteName: fresh("Site"),
        organisation: "An Institute",
        baseUrl: "https://commentaries.test",
        timeZone: "Asia/Jakarta",
        defaultLanguage: "en",
        notesLabel: "Notes",
        aboutLabel: "About the writer",
        disclaimerLabel: "Disclaimer",
        defaultLicence: "CC-BY-4.0",
        doiPrefix: "",
        doiPattern: "",
        crossrefDepositorName: "",
        crossrefDepositorEmail: "",
        crossrefRegistrant: "",
        fourEyes: ["false", "true"],
      })),
    },
  ],
  "lib/actions/users.ts#createInvitationAction": [
    {
      label: "invite a writer",
      expect: adminOnly("ok"),
      call: formAction(async () => ({ email: `${fresh("invitee")}@test.example`, role: "writer" })),
    },
  ],
  "lib/actions/users.ts#revokeInvitationAction": [
    {
      label: "a pending invitation",
      expect: adminOnly("ok"),
      call: formAction(async () => ({
        invitationId: (await createInvitation(people.adminActor, { email: `${fresh("i")}@test.example`, role: "writer" })).invitation.id,
      })),
    },
  ],
  "lib/actions/users.ts#setUserRoleAction": [
    {
      label: "make a writer an admin",
      expect: adminOnly("ok"),
      call: formAction(async () => ({ userId: (await makeUser("writer")).id, role: "admin" })),
    },
  ],
  "lib/actions/users.ts#setUserDisabledAction": [
    {
      label: "disable a writer",
      expect: adminOnly("ok"),
      call: formAction(async () => ({ userId: (await makeUser("writer")).id, disabled: "true" })),
    },
  ],
  "lib/actions/users.ts#acceptInvitationAction": [
    {
      label: "the token is the credential",
      expect: all("redirect /sign-in?callbackUrl=%2Fstudio"),
      call: formAction(async () => {
        const { link } = await createInvitation(people.adminActor, { email: `${fresh("i")}@test.example`, role: "writer" });
        return { token: link.split("/").pop() ?? "", name: "New Fellow", password: "a long enough password" };
      }),
    },
    {
      label: "a made-up token",
      expect: all("404 This invitation link has expired or was already used."),
      call: formAction(async () => ({ token: "x".repeat(43), name: "Intruder", password: "a long enough password" })),
    },
  ],
  "lib/actions/workflow.ts#runTransitionAction": [
    {
      label: "submit a draft",
      expect: row(SIGN_IN, "redirect", NO_PIECE, "redirect", "redirect", SIGN_IN),
      call: async (a) => {
        const p = await piece();
        const outcome = await outcomeOfAction(() => a(null, form({ articleId: p.id, transition: "submit" })));
        return outcome === `redirect /studio/articles/${p.id}?done=submit` ? "redirect" : outcome;
      },
    },
    {
      label: "publish an approved piece",
      expect: row(SIGN_IN, FORBIDDEN, NO_PIECE, "redirect", "redirect", SIGN_IN),
      call: async (a) => {
        const p = await piece("approved");
        const outcome = await outcomeOfAction(() => a(null, form({ articleId: p.id, transition: "publish" })));
        return outcome === `redirect /studio/articles/${p.id}?done=publish` ? "redirect" : outcome;
      },
    },
    {
      label: "publish an approved piece as of its original date (back-dated)",
      expect: row(SIGN_IN, FORBIDDEN, NO_PIECE, "redirect", "redirect", SIGN_IN),
      call: async (a) => {
        const p = await piece("approved");
        const outcome = await outcomeOfAction(() => a(null, form({ articleId: p.id, transition: "publish", originalDate: "2024-06-03" })));
        const dated = await db.article.findUniqueOrThrow({ where: { id: p.id }, select: { publishedAt: true } });
        if (outcome === "redirect /studio/articles/" + p.id + "?done=publish") {
          return dated.publishedAt && dated.publishedAt.getUTCFullYear() === 2024 ? "redirect" : "published with today's date";
        }
        return outcome;
      },
    },
  ],
  ...wordpressImportCases(),
  ...identifierCases(),
  "app/api/articles/[id]/route.ts PUT": [
    {
      label: "save a draft",
      expect: onOwnDraft("ok"),
      call: async (put) => {
        const p = await piece();
        const body = JSON.stringify({
          baseVersion: p.version,
          article: { title: "Saved", body: sampleBody, authorIds: [people.owner.author!.id, people.disabled.author!.id] },
        });
        return outcomeOf(() =>
          put(request(`/api/articles/${p.id}`, { method: "PUT", body, headers: { cookie: currentCookie } }), params({ id: p.id })),
        );
      },
    },
  ],
  ...mediaCases(),
  ...wordImportCases(),
  ...feedCases(),
  ...deskCases(),
  ...legacyPageCases(),
  "app/(public)/commentaries/[slug]/cite/[format]/route.ts GET": [
    {
      label: "a published piece",
      expect: all("ok"),
      call: async (get) => {
        const p = await piece("published");
        return outcomeOf(() => get(request("/"), params({ slug: p.slug, format: "bibtex" })));
      },
    },
    {
      label: "a draft",
      expect: all("404 No such citation."),
      call: async (get) => {
        const p = await piece();
        return outcomeOf(() => get(request("/"), params({ slug: p.slug, format: "ris" })));
      },
    },
  ],
  "app/(public)/commentaries/[slug]/pdf/route.ts GET": [
    {
      label: "a published piece",
      expect: all("ok"),
      // One piece for every person: its PDF is typeset once (seconds), then answered from the store.
      call: async (get) => {
        pdfPiece ??= piece("published");
        const p = await pdfPiece;
        return outcomeOf(() => get(request("/"), params({ slug: p.slug })));
      },
    },
    {
      label: "a draft",
      expect: all("404 No such commentary."),
      call: async (get) => {
        const p = await piece();
        return outcomeOf(() => get(request("/"), params({ slug: p.slug })));
      },
    },
  ],
  "app/api/auth/[...nextauth]/route.ts GET": [
    {
      label: "the CSRF token",
      expect: all("ok"),
      call: (get) => outcomeOf(() => get(request("/api/auth/csrf"), params({ nextauth: ["csrf"] }))),
    },
    {
      label: "the session, as the browser learns it",
      expect: row("signed out", "signed in", "signed in", "signed in", "signed in", "signed out"),
      call: async (get) => {
        const response = (await invoke(() => get(request("/api/auth/session"), params({ nextauth: ["session"] })))) as Response;
        return Object.keys((await response.json()) as object).length ? "signed in" : "signed out";
      },
    },
  ],
  "app/api/auth/[...nextauth]/route.ts POST": [
    {
      label: "sign-in without next-auth's CSRF token",
      expect: all("sent back to /api/auth/signin?csrf=true, 0 sessions made"),
      call: async (post) => {
        const body = new URLSearchParams({ email: people.owner.email, password: TEST_PASSWORD, json: "true" }).toString();
        const req = request("/api/auth/callback/credentials", {
          method: "POST",
          body,
          headers: { "content-type": "application/x-www-form-urlencoded" },
        });
        const sessionsBefore = await db.session.count();
        const response = (await invoke(() => post(req, params({ nextauth: ["callback", "credentials"] })))) as Response;
        // With json=true next-auth answers 200 with the URL it would redirect to.
        const url = new URL(((await response.json()) as { url: string }).url);
        return `sent back to ${url.pathname}${url.search}, ${(await db.session.count()) - sessionsBefore} sessions made`;
      },
    },
  ],
};

async function newDisclaimer() {
  return db.disclaimer.create({
    data: {
      name: fresh("Disclaimer"),
      body: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "Own views." }] }] },
    },
  });
}

function taxonomyCases(): Record<string, Case[]> {
  const cases: Record<string, Case[]> = {};
  const kinds = [
    {
      name: "Division",
      list: "/studio/admin/divisions",
      make: () => db.division.create({ data: { slug: fresh("d"), name: fresh("Division") } }),
    },
    { name: "Series", list: "/studio/admin/series", make: () => db.series.create({ data: { slug: fresh("s"), name: fresh("Series") } }) },
    { name: "Topic", list: "/studio/admin/topics", make: () => db.topic.create({ data: { slug: fresh("t"), name: fresh("Topic") } }) },
  ];
  for (const kind of kinds) {
    const done = editorsOnly(`redirect ${kind.list}`);
    cases[`lib/actions/taxonomy.ts#create${kind.name}Action`] = [
      { label: "new", expect: done, call: formAction(async () => ({ name: fresh(kind.name) })) },
    ];
    cases[`lib/actions/taxonomy.ts#update${kind.name}Action`] = [
      { label: "rename", expect: done, call: formAction(async () => ({ id: (await kind.make()).id, name: fresh("Renamed") })) },
    ];
    cases[`lib/actions/taxonomy.ts#delete${kind.name}Action`] = [
      { label: "unused", expect: done, call: formAction(async () => ({ id: (await kind.make()).id })) },
    ];
  }
  // Who edits a division decides who acts on its pieces: only admins change it.
  const adminAssigns = row(SIGN_IN, FORBIDDEN, FORBIDDEN, `403 ${EDITORS_ADMIN_ONLY}`, "redirect /studio/admin/divisions", SIGN_IN);
  cases["lib/actions/taxonomy.ts#createDivisionAction"].push({
    label: "new, naming its editors",
    expect: adminAssigns,
    call: formAction(async () => ({ name: fresh("Division"), "editorIds[]": ["", people.editor.id] })),
  });
  cases["lib/actions/taxonomy.ts#updateDivisionAction"].push(
    {
      label: "appoint an editor",
      expect: adminAssigns,
      call: formAction(async () => {
        const division = await kinds[0].make();
        return { id: division.id, name: division.name, slug: division.slug, "editorIds[]": ["", people.editor.id] };
      }),
    },
    {
      label: "empty the editor list",
      expect: adminAssigns,
      call: formAction(async () => {
        const division = await db.division.create({
          data: { slug: fresh("d"), name: fresh("Division"), editors: { create: [{ userId: people.admin.id }] } },
        });
        return { id: division.id, name: division.name, slug: division.slug, "editorIds[]": "" };
      }),
    },
  );
  return cases;
}

/** The desk: pitches (file: anyone in the studio; decide: editors), assignments (editors), the calendar feed (its owner, by secret). */
function deskCases(): Record<string, Case[]> {
  const openPitch = () =>
    filePitch(people.ownerActor, { workingTitle: fresh("Pitch"), summary: "An idea.", proposedAuthorId: people.owner.author!.id });
  const named = (outcome: string) =>
    outcome
      .replace(/^redirect \/studio\/pitches\/\S+$/, "redirect <pitch>")
      .replace(/^redirect \/studio\/articles\/\S+$/, "redirect <piece>");
  const inStudio = (ok: string) => row(SIGN_IN, ok, ok, ok, ok, SIGN_IN);
  return {
    "lib/actions/pitches.ts#filePitchAction": [
      {
        label: "a pitch",
        expect: inStudio("redirect <pitch>"),
        call: async (a) =>
          named(
            await outcomeOfAction(() =>
              a(null, form({ workingTitle: fresh("Idea"), summary: "What it argues.", proposedAuthorId: people.owner.author!.id })),
            ),
          ),
      },
    ],
    "lib/actions/pitches.ts#acceptPitchAction": [
      {
        label: "an open pitch",
        expect: editorsOnly("redirect <piece>"),
        call: async (a) => {
          const { id } = await openPitch();
          return named(
            await outcomeOfAction(() =>
              a(null, form({ pitchId: id, assignedEditorId: people.editor.id, dueOn: "2030-01-15", priority: "high" })),
            ),
          );
        },
      },
    ],
    "lib/actions/pitches.ts#declinePitchAction": [
      {
        label: "an open pitch, with a reason",
        expect: editorsOnly("ok"),
        call: formAction(async () => ({ pitchId: (await openPitch()).id, reason: "Not for us." })),
      },
    ],
    "lib/actions/assignments.ts#setAssignmentAction": [
      {
        label: "a draft's editor, due date and priority",
        expect: row(SIGN_IN, FORBIDDEN, NO_PIECE, "ok", "ok", SIGN_IN),
        call: formAction(async () => ({
          articleId: (await piece()).id,
          assignedEditorId: people.editor.id,
          dueOn: "2030-01-15",
          priority: "urgent",
        })),
      },
    ],
    "lib/actions/calendar-feed.ts#createCalendarFeedAction": [
      { label: "one's own feed", expect: inStudio("ok"), call: formAction(async () => ({})) },
    ],
    "lib/actions/calendar-feed.ts#removeCalendarFeedAction": [
      { label: "one's own feed", expect: inStudio("ok"), call: formAction(async () => ({})) },
    ],
    "app/calendar/[file]/route.ts GET": [
      {
        label: "a feed's secret opens it for anyone who has it, session or not",
        expect: all("ok"),
        call: async (get) => {
          const { secret } = await createCalendarFeed(people.editorActor);
          return outcomeOf(() =>
            get(request(paths.calendarFeed(secret), { headers: { cookie: currentCookie } }), params({ file: `${secret}.ics` })),
          );
        },
      },
      {
        label: "a wrong secret",
        expect: all("404 No such calendar."),
        call: (get) => outcomeOf(() => get(request("/calendar/x.ics", { headers: { cookie: currentCookie } }), params({ file: "x.ics" }))),
      },
    ],
  };
}

/** Feeds and the sitemap are public: everyone gets the same document, and a draft's title or address never appears in it. */
function feedCases(): Record<string, Case[]> {
  const feed = (get: (...args: unknown[]) => Promise<unknown>, ctx: unknown) => async () => {
    const draft = await piece();
    const response = (await invoke(() => get(request("/"), ctx))) as Response;
    const text = await response.clone().text();
    return text.includes(draft.title) || text.includes(draft.slug) ? "draft leaked" : outcomeOfResponse(response);
  };
  return {
    "app/sitemap.xml/route.ts GET": [{ label: "sitemap index", expect: all("ok"), call: (get) => feed(get, undefined)() }],
    "app/sitemaps/[file]/route.ts GET": [
      { label: "listing pages", expect: all("ok"), call: (get) => feed(get, params({ file: "pages-1.xml" }))() },
      {
        label: "pieces",
        expect: all("ok"),
        call: async (get) => {
          await piece("published");
          return feed(get, params({ file: "pieces-1.xml" }))();
        },
      },
    ],
    "app/feeds/rss.xml/route.ts GET": [{ label: "site feed", expect: all("ok"), call: (get) => feed(get, undefined)() }],
    "app/feeds/atom.xml/route.ts GET": [{ label: "site feed", expect: all("ok"), call: (get) => feed(get, undefined)() }],
    "app/feeds/[kind]/[slug]/[file]/route.ts GET": [
      {
        label: "the owner's author feed",
        expect: all("ok"),
        call: (get) => feed(get, params({ kind: "authors", slug: people.owner.author!.slug, file: "rss.xml" }))(),
      },
    ],
  };
}

/**
 * The WordPress import is for admins (import.run); the old addresses it leaves answer everyone
 * alike, with a redirect to a live piece or a 404.
 */
function wordpressImportCases(): Record<string, Case[]> {
  const wxr = buildWxr(archiveSite(1));
  const run = (status: "planned" | "running") =>
    db.wordPressImport.create({
      data: { fileName: "export.xml", xml: wxr, status, total: 1, processed: 0, mapping: {} },
      select: { id: true },
    });
  const answer = async (call: () => Promise<unknown>) => {
    const response = (await invoke(call)) as Response;
    return `${response.status} ${response.headers.get("location") ?? ""}`.trim();
  };
  return {
    "lib/actions/wordpress-import.ts#createImportRunAction": [
      {
        label: "upload an export",
        expect: adminOnly("ok"),
        call: (a) => outcomeOfAction(() => a({ fileName: "export.xml", xml: wxr })),
      },
    ],
    "lib/actions/wordpress-import.ts#startImportRunAction": [
      {
        label: "confirm the mapping of an uploaded export",
        expect: adminOnly("ok"),
        call: async (a) => {
          const { id } = await run("planned");
          return outcomeOfAction(() => a(form({ id, "category.foreign-policy": "ignore", "tag.shipping": "create:Shipping" })));
        },
      },
    ],
    "lib/actions/wordpress-import.ts#runImportStepAction": [
      {
        label: "the next posts of a running import",
        expect: adminOnly("ok"),
        call: async (a) => {
          const { id } = await run("running");
          return outcomeOfAction(() => a({ id }));
        },
      },
    ],
    "app/legacy/[kind]/[...rest]/route.ts GET": [
      {
        label: "an old address of a live piece",
        expect: all("301 <piece>"),
        call: async (get) => {
          const live = await piece("published");
          const path = `/2024/06/${fresh("old")}`;
          await db.legacyPath.create({ data: { path, articleId: live.id } });
          const outcome = await answer(() => get(request(path), params({ kind: "path", rest: path.split("/").filter(Boolean) })));
          return outcome.replace(paths.piece(live.slug), "<piece>");
        },
      },
      {
        label: "an old address of a draft, and one that leads nowhere",
        expect: all("404 404"),
        call: async (get) => {
          const draft = await piece();
          await db.legacyPath.create({ data: { path: `/?p=${++counter}`, articleId: draft.id } });
          const ofDraft = await answer(() => get(request(`/?p=${counter}`), params({ kind: "p", rest: [String(counter)] })));
          const nowhere = await answer(() => get(request("/2024/06/nowhere"), params({ kind: "path", rest: ["2024", "06", "nowhere"] })));
          return `${ofDraft} ${nowhere}`;
        },
      },
    ],
  };
}

/**
 * The old offset paging's page addresses: a permanent redirect to the same place by cursor, the
 * same for everyone (no session read), to the collection's first page when past the end.
 */
function legacyPageCases(): Record<string, Case[]> {
  const answer = async (call: () => Promise<unknown>) => {
    const response = (await invoke(call)) as Response;
    return `${response.status} ${response.headers.get("location")}`;
  };
  const collections = [
    ["authors", "author"],
    ["divisions", "division"],
    ["series", "series"],
    ["topics", "topic"],
  ] as const;
  return Object.fromEntries(
    collections.map(([section, kind]): [string, Case[]] => [
      `app/(public)/${section}/[slug]/page/[page]/route.ts GET`,
      [
        {
          label: "page 2 of a collection that does not exist",
          expect: all(`301 ${paths[kind]("nowhere")}`),
          call: (get) => answer(() => get(request("/"), params({ slug: "nowhere", page: "2" }))),
        },
        ...(kind === "author"
          ? [
              {
                label: "a page past the end of the owner's pieces (the slug written <owner>)",
                expect: all("301 /authors/<owner>"),
                call: async (get: (...args: unknown[]) => Promise<unknown>) => {
                  await piece("published");
                  const slug = people.owner.author!.slug;
                  return (await answer(() => get(request("/"), params({ slug, page: "9999" })))).replace(slug, "<owner>");
                },
              },
            ]
          : []),
      ],
    ]),
  );
}

/** An image in the library, uploaded by the owner for their draft. */
async function ownersImage() {
  const p = await piece();
  return ingestImage({ fileName: "Owner's photo.png", bytes: await smallPng(), uploadedById: people.owner.id, articleId: p.id });
}

const smallPng = () =>
  sharp({ create: { width: 40, height: 30, channels: 3, background: "#2e86c1" } })
    .png()
    .toBuffer();

async function uploadOutcome(post: (...args: unknown[]) => Promise<unknown>, articleId?: string): Promise<string> {
  const form = new FormData();
  form.append("file", new File([new Uint8Array(await smallPng())], "chart.png", { type: "image/png" }));
  if (articleId) form.append("articleId", articleId);
  const encoded = new Response(form);
  const req = new NextRequest(new URL("/api/media", ORIGIN), {
    method: "POST",
    body: new Uint8Array(await encoded.arrayBuffer()),
    headers: { host: "studio.test", origin: ORIGIN, cookie: currentCookie, "content-type": encoded.headers.get("content-type")! },
  });
  const response = (await invoke(() => post(req))) as Response;
  return response.status === 201 ? "created" : outcomeOfResponse(response);
}

/** A Word document posted as the editor's "Import from Word" posts it. */
async function wordOutcome(post: (...args: unknown[]) => Promise<unknown>, url: string, ...rest: unknown[]): Promise<string> {
  const form = new FormData();
  const docx = await buildDocx({ heading: "Imported", footnotes: 2 });
  form.append("file", new File([new Uint8Array(docx)], "piece.docx"));
  const encoded = new Response(form);
  const req = new NextRequest(new URL(url, ORIGIN), {
    method: "POST",
    body: new Uint8Array(await encoded.arrayBuffer()),
    headers: { host: "studio.test", origin: ORIGIN, cookie: currentCookie, "content-type": encoded.headers.get("content-type")! },
  });
  const response = (await invoke(() => post(req, ...rest))) as Response;
  return response.status === 201 ? "created" : outcomeOfResponse(response);
}

/** A live piece with a DOI, on a site that names its Crossref depositor: something to deposit. */
async function depositablePiece() {
  await db.siteSettings.upsert({
    where: { id: 1 },
    create: { id: 1, siteName: "Studio Test", organisation: "Studio Test", timeZone: "UTC", crossrefDepositorEmail: "doi@studio.test" },
    update: { crossrefDepositorEmail: "doi@studio.test" },
  });
  const p = await piece("published");
  return db.article.update({ where: { id: p.id }, data: { doi: `10.5555/${p.slug}` } });
}

function identifierCases(): Record<string, Case[]> {
  return {
    "lib/actions/identifiers.ts#setArticleIdentifiersAction": [
      {
        label: "a piece's licence and provenance",
        expect: editorsOnly("ok"),
        call: formAction(async () => {
          const p = await piece("approved");
          return { articleId: p.id, version: String(p.version), licence: "CC-BY-4.0", firstPublishedIn: "The Straits Times, 3 June 2024" };
        }),
      },
    ],
    "app/api/articles/[id]/crossref/route.ts GET": [
      {
        label: "a published piece's deposit",
        expect: editorsOnly("ok"),
        call: async (get) => {
          const p = await depositablePiece();
          return outcomeOf(() => get(request(`/api/articles/${p.id}/crossref`), params({ id: p.id })));
        },
      },
    ],
    "app/api/crossref/route.ts GET": [
      {
        label: "every published piece with a DOI",
        expect: editorsOnly("ok"),
        call: async (get) => {
          await depositablePiece();
          return outcomeOf(() => get(request("/api/crossref")));
        },
      },
    ],
  };
}

function wordImportCases(): Record<string, Case[]> {
  return {
    "app/api/articles/[id]/word/route.ts POST": [
      {
        label: "read into the owner's draft",
        expect: onOwnDraft("ok"),
        call: async (post) => {
          const p = await piece();
          return wordOutcome(post, `/api/articles/${p.id}/word`, params({ id: p.id }));
        },
      },
    ],
    "app/api/articles/from-word/route.ts POST": [
      {
        label: "a new draft",
        expect: row(SIGN_IN, "created", "created", "created", "created", SIGN_IN),
        call: (post) => wordOutcome(post, "/api/articles/from-word"),
      },
    ],
  };
}

function mediaCases(): Record<string, Case[]> {
  const CHANGE = "403 Only the person who uploaded this image, or an editor, may change it.";
  return {
    "app/api/media/route.ts POST": [
      {
        label: "upload for the owner's draft",
        expect: row(SIGN_IN, "created", NO_PIECE, "created", "created", SIGN_IN),
        call: async (post) => uploadOutcome(post, (await piece()).id),
      },
      {
        label: "upload into the library, for no piece",
        expect: row(
          SIGN_IN,
          "403 Writers upload images for one of their pieces: upload it from the piece's editor.",
          "403 Writers upload images for one of their pieces: upload it from the piece's editor.",
          "created",
          "created",
          SIGN_IN,
        ),
        call: (post) => uploadOutcome(post),
      },
    ],
    "app/api/media/route.ts GET": [
      {
        label: "the library's first page",
        expect: row(SIGN_IN, "ok", "ok", "ok", "ok", SIGN_IN),
        call: (get) => outcomeOf(() => get(request("/api/media?filter=noAlt"))),
      },
    ],
    "app/media/[id]/[rev]/[file]/route.ts GET": [
      {
        label: "a rendition",
        expect: all("ok"),
        call: async (get) => {
          const image = await ownersImage();
          return outcomeOf(() => get(request("/"), params({ id: image.id, rev: image.rev, file: "w320.webp" })));
        },
      },
    ],
    "lib/actions/media.ts#updateMediaAction": [
      {
        label: "alt text of the owner's upload",
        expect: row(SIGN_IN, "ok", CHANGE, "ok", "ok", SIGN_IN),
        call: async (a) => {
          const image = await ownersImage();
          return formAction(async () => ({ id: image.id, title: "Chart", alt: "Bars rising", caption: "", credit: "", licence: "" }))(a);
        },
      },
    ],
    "lib/actions/media.ts#deleteMediaAction": [
      {
        label: "the owner's unused upload",
        expect: row(SIGN_IN, "redirect /studio/media", CHANGE, "redirect /studio/media", "redirect /studio/media", SIGN_IN),
        call: async (a) => {
          const image = await ownersImage();
          return formAction(async () => ({ id: image.id }))(a);
        },
      },
    ],
  };
}

let currentCookie = "";
let currentActor: ActorName = "anonymous";
const sessionIdOf = async (token: string) => {
  const decoded = await decode({ token, secret: authSecret() });
  return typeof decoded?.sid === "string" ? decoded.sid : null;
};

beforeAll(async () => {
  const [owner, otherWriter, editor, admin, disabled] = [
    await makeUser("writer"),
    await makeUser("writer"),
    await makeUser("editor"),
    await makeUser("admin"),
    await makeUser("writer"),
  ];
  const actor = async (id: string) => (await resolveSession((await createSession(id)).id)) as CurrentUser;
  people = {
    owner,
    otherWriter,
    editor,
    admin,
    disabled,
    editorActor: await actor(editor.id),
    adminActor: await actor(admin.id),
    ownerActor: await actor(owner.id),
  };
  for (const [name, user] of [
    ["owner", owner],
    ["otherWriter", otherWriter],
    ["editor", editor],
    ["admin", admin],
    ["disabled", disabled],
  ] as const) {
    const session = await createSession(user.id);
    cookieOf.set(name, await encode({ token: { sid: session.id }, secret: authSecret() }));
  }
  // Disabled after signing in: the session row and the signed cookie both still exist.
  await db.user.update({ where: { id: disabled.id }, data: { disabled: true } });
});

const endpoints = discoverEndpoints();

test("every discovered endpoint has an entry in the table, and every entry names a real endpoint", () => {
  expect(endpoints.size).toBeGreaterThan(30);
  expect([...endpoints.keys()].filter((key) => !(key in EXPECTATIONS))).toEqual([]);
  expect(Object.keys(EXPECTATIONS).filter((key) => !endpoints.has(key))).toEqual([]);
});

test('every server action is named <verb><Noun>Action (ARCHITECTURE.md, "Server actions")', () => {
  const actionNames = [...endpoints.keys()].filter((key) => key.startsWith("lib/actions/")).map((key) => key.split("#")[1]);
  expect(actionNames.filter((name) => !/^[a-z]+[A-Z][A-Za-z]*Action$/.test(name))).toEqual([]);
});

const tableRows = Object.entries(EXPECTATIONS).flatMap(([key, cases]) => cases.map((c) => [key, c.label, c] as const));

test.each(tableRows)("%s: %s", async (key, _label, c) => {
  const endpoint = endpoints.get(key);
  if (!endpoint) throw new Error(`No endpoint ${key}`);
  const actual: Partial<Record<ActorName, string>> = {};
  for (const name of ACTORS) {
    currentActor = name;
    const token = cookieOf.get(name);
    currentCookie = token ? `next-auth.session-token=${token}` : "";
    setRequest({
      cookies: token ? { "next-auth.session-token": token } : {},
      headers: { host: "studio.test", origin: ORIGIN, "x-forwarded-for": `10.9.${++counter % 250}.1` },
    });
    actual[name] = await c.call(endpoint as (...args: unknown[]) => Promise<unknown>);
    // A refused call writes nothing (every change the domain makes is audited).
    if (/^(401|403|404) /.test(actual[name]!)) {
      expect({ name, audited: (await db.auditEvent.count()) - auditBaseline }).toEqual({ name, audited: 0 });
    }
  }
  expect(actual).toEqual(c.expect);
});

describe("field level: what a writer sends beyond the form is ignored or refused, never applied", () => {
  const signInAs = (name: ActorName) => {
    const token = cookieOf.get(name) ?? "";
    currentCookie = `next-auth.session-token=${token}`;
    setRequest({ cookies: { "next-auth.session-token": token }, headers: { host: "studio.test", origin: ORIGIN } });
  };
  const action = (key: string) => endpoints.get(key) as (...args: unknown[]) => Promise<{ ok: boolean; status?: number; error?: string }>;
  const bylines = async (articleId: string) =>
    (await db.articleAuthor.findMany({ where: { articleId }, orderBy: { position: "asc" }, select: { authorId: true } })).map(
      (a) => a.authorId,
    );
  const paragraph = (t: string) => ({ type: "paragraph", content: [{ type: "text", text: t }] });
  const forged = {
    status: "published",
    publishedAt: "2020-01-01T00:00:00.000Z",
    scheduledAt: "2020-01-01T00:00:00.000Z",
    createdById: "someone-else",
    version: 99,
  };

  test("saving with a status, dates, a creator and a version changes only the fields the form owns", async () => {
    signInAs("owner");
    const p = await piece();
    const result = await action("lib/actions/articles.ts#saveArticleAction")({
      id: p.id,
      baseVersion: p.version,
      article: { title: "Retitled", body: sampleBody, authorIds: [people.owner.author!.id, people.disabled.author!.id], ...forged },
      ...forged,
    });
    expect(result.ok).toBe(true);
    const stored = await db.article.findUniqueOrThrow({ where: { id: p.id } });
    expect({
      title: stored.title,
      status: stored.status,
      publishedAt: stored.publishedAt,
      scheduledAt: stored.scheduledAt,
      createdById: stored.createdById,
      version: stored.version,
    }).toEqual({
      title: "Retitled",
      status: "draft",
      publishedAt: null,
      scheduledAt: null,
      createdById: people.owner.id,
      version: p.version + 1,
    });
  });

  test("creating a piece with a status and dates makes a draft by its creator", async () => {
    signInAs("owner");
    const result = (await action("lib/actions/articles.ts#createArticleAction")({ title: "Fresh", body: sampleBody, ...forged })) as {
      ok: true;
      data: { id: string };
    };
    const stored = await db.article.findUniqueOrThrow({ where: { id: result.data.id } });
    expect({
      status: stored.status,
      publishedAt: stored.publishedAt,
      scheduledAt: stored.scheduledAt,
      createdById: stored.createdById,
    }).toEqual({
      status: "draft",
      publishedAt: null,
      scheduledAt: null,
      createdById: people.owner.id,
    });
  });

  test("the autosave route ignores a status in its body too", async () => {
    signInAs("owner");
    const p = await piece();
    const put = endpoints.get("app/api/articles/[id]/route.ts PUT") as (...args: unknown[]) => Promise<Response>;
    const body = JSON.stringify({
      baseVersion: p.version,
      article: { title: "Autosaved", body: sampleBody, authorIds: [people.owner.author!.id, people.disabled.author!.id], ...forged },
      ...forged,
    });
    expect(
      (await put(request(`/api/articles/${p.id}`, { method: "PUT", body, headers: { cookie: currentCookie } }), params({ id: p.id })))
        .status,
    ).toBe(200);
    expect(await db.article.findUniqueOrThrow({ where: { id: p.id }, select: { status: true, publishedAt: true } })).toEqual({
      status: "draft",
      publishedAt: null,
    });
  });

  test("a writer cannot drop a co-author's byline", async () => {
    signInAs("owner");
    const p = await piece();
    const result = await action("lib/actions/articles.ts#saveArticleAction")({
      id: p.id,
      baseVersion: p.version,
      article: { title: "Solo", body: sampleBody, authorIds: [people.owner.author!.id] },
    });
    expect({ status: result.status, error: result.error }).toEqual({
      status: 400,
      error: "Only an editor can remove another author from a piece.",
    });
    expect(await bylines(p.id)).toEqual([people.owner.author!.id, people.disabled.author!.id]);
  });

  test("a writer cannot add themselves to someone else's piece, nor change it", async () => {
    signInAs("otherWriter");
    const p = await piece();
    const result = await action("lib/actions/articles.ts#saveArticleAction")({
      id: p.id,
      baseVersion: p.version,
      article: {
        title: "Mine now",
        body: sampleBody,
        authorIds: [people.owner.author!.id, people.disabled.author!.id, people.otherWriter.author!.id],
      },
    });
    expect({ status: result.status, error: result.error }).toEqual({ status: 404, error: "No such piece." });
    expect(await bylines(p.id)).toEqual([people.owner.author!.id, people.disabled.author!.id]);
    expect((await db.article.findUniqueOrThrow({ where: { id: p.id } })).title).toBe(p.title);
  });

  test("a writer cannot set a publication time on their approved piece", async () => {
    signInAs("owner");
    const p = await piece("approved");
    const result = await action("lib/actions/workflow.ts#runTransitionAction")(
      null,
      form({ articleId: p.id, transition: "schedule", publishAt: "2030-01-01T09:00" }),
    );
    expect({ status: result.status, error: result.error }).toEqual({ status: 403, error: "You do not have permission to do that." });
    expect(
      await db.article.findUniqueOrThrow({ where: { id: p.id }, select: { status: true, scheduledAt: true, publishedAt: true } }),
    ).toEqual({ status: "approved", scheduledAt: null, publishedAt: null });
  });

  test("a NUL character, which PostgreSQL cannot store, is refused with a message, not a server error", async () => {
    signInAs("owner");
    const p = await piece();
    const authorIds = [people.owner.author!.id, people.disabled.author!.id];
    const refused = "Text may not contain control characters (found U+0000).";
    const result = await action("lib/actions/articles.ts#saveArticleAction")({
      id: p.id,
      baseVersion: p.version,
      article: { title: "Nul\u0000title", body: sampleBody, authorIds },
    });
    expect({ status: result.status, error: result.error }).toEqual({ status: 400, error: refused });
    const put = endpoints.get("app/api/articles/[id]/route.ts PUT") as (...args: unknown[]) => Promise<Response>;
    const body = JSON.stringify({
      baseVersion: p.version,
      article: { title: "Fine", body: { type: "doc", content: [paragraph("a\u0000b")] }, authorIds },
    });
    const response = await put(
      request(`/api/articles/${p.id}`, { method: "PUT", body, headers: { cookie: currentCookie } }),
      params({ id: p.id }),
    );
    expect({ status: response.status, body: await response.json() }).toEqual({
      status: 400,
      body: { error: refused, fieldErrors: { body: [refused] } },
    });
    expect((await db.article.findUniqueOrThrow({ where: { id: p.id } })).version).toBe(p.version);
  });

  // Characters XML 1.0 cannot carry: one in a title or body made every feed listing the piece unreadable.
  const forbidden = [
    ...Array.from({ length: 32 }, (_, i) => i).filter((i) => ![9, 10, 13].includes(i)),
    0xfffe,
    0xffff,
    0xd800,
    0xdfff,
  ].map((code) => {
    const name = `U+${code.toString(16).toUpperCase().padStart(4, "0")}`;
    const surrogate = code >= 0xd800 && code <= 0xdfff;
    const refused = surrogate
      ? `Text may not contain an unpaired surrogate (${name}).`
      : `Text may not contain control characters (found ${name}).`;
    return { char: String.fromCharCode(code), name, refused };
  });

  test.each(forbidden)(
    "$name is refused by name in a title (save action), a body (save route), a standfirst (new piece) and a reader's comment, and nothing is stored",
    async ({ char, refused }) => {
      signInAs("owner");
      const p = await piece();
      const authorIds = [people.owner.author!.id, people.disabled.author!.id];

      const saved = await action("lib/actions/articles.ts#saveArticleAction")({
        id: p.id,
        baseVersion: p.version,
        article: { title: `Bell${char}title`, body: sampleBody, authorIds },
      });
      expect(saved).toEqual({ ok: false, status: 400, error: refused, fieldErrors: { title: [refused] } });

      const put = endpoints.get("app/api/articles/[id]/route.ts PUT") as (...args: unknown[]) => Promise<Response>;
      // JSON.stringify writes each of these as a \u escape, as a browser's JSON would.
      const body = JSON.stringify({
        baseVersion: p.version,
        article: { title: "Fine", body: { type: "doc", content: [paragraph(`a${char}b`)] }, authorIds },
      });
      const response = await put(
        request(`/api/articles/${p.id}`, { method: "PUT", body, headers: { cookie: currentCookie } }),
        params({ id: p.id }),
      );
      expect({ status: response.status, body: await response.json() }).toEqual({
        status: 400,
        body: { error: refused, fieldErrors: { body: [refused] } },
      });

      const created = await action("lib/actions/articles.ts#createArticleAction")({
        title: "New",
        standfirst: `Stand${char}first`,
        body: sampleBody,
      });
      expect(created).toEqual({ ok: false, status: 400, error: refused, fieldErrors: { standfirst: [refused] } });

      const published = await piece("published");
      // A plain object, as a forged call can send: FormData would already have replaced a lone surrogate with U+FFFD.
      const comment = await action("lib/actions/reader-comments.ts#postReaderCommentAction")(null, {
        slug: published.slug,
        name: "A reader",
        comment: `Hi${char}there`,
      });
      expect(comment).toMatchObject({ ok: false, error: refused });

      expect(await db.article.findUniqueOrThrow({ where: { id: p.id }, select: { title: true, version: true } })).toEqual({
        title: p.title,
        version: p.version,
      });
      expect(await db.article.count({ where: { title: "New", createdById: people.owner.id } })).toBe(0);
      expect(await db.readerComment.count({ where: { articleId: published.id } })).toBe(0);
    },
  );

  test("an editor's form (a topic's name) is refused the same way", async () => {
    signInAs("editor");
    const result = await action("lib/actions/taxonomy.ts#createTopicAction")(null, form({ name: "Ports\u0007" }));
    const refused = "Text may not contain control characters (found U+0007).";
    expect(result).toEqual({ ok: false, status: 400, error: refused, fieldErrors: { name: [refused] } });
    expect(await db.topic.count({ where: { name: { startsWith: "Ports" } } })).toBe(0);
  });
});
