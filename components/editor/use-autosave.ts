"use client";
// Autosave: a moment after typing stops, on blur and when the page is left. Every save
// carries the version it started from; the server refuses a stale one and the editor then
// shows both versions. Until a save is confirmed the draft is kept in localStorage, and a
// save the server could not make (offline, or its database unavailable: 503) is retried.
import { useCallback, useEffect, useRef, useState } from "react";
import type { EditableArticle } from "@/lib/editorial/working-copy";
import { clashAfterMerge, type MergedAnswer } from "./merge-answer";
import { createArticleAction, getCurrentVersionAction, saveArticleAction } from "@/lib/actions/articles";
import { draftFromArticle, draftKey, saveInput, type Draft } from "./draft";
import { clearLocalCopy, writeLocalCopy } from "./local-copy";
import { paths } from "@/lib/platform/paths";

export type TheirVersion = EditableArticle & { bodyHtml: string };

export type SaveState =
  | { kind: "idle" }
  | { kind: "saving" }
  | { kind: "saved"; at: string }
  | { kind: "offline" }
  | { kind: "unavailable" }
  | { kind: "needs-title" }
  | { kind: "invalid"; message: string }
  | { kind: "refused"; message: string }
  | { kind: "conflict"; message: string; theirs: TheirVersion };

type Saved = { id: string; slug: string; version: number; savedAt: string } & MergedAnswer;
type Outcome = { ok: true; data: Saved } | { ok: false; error: string; status: number; fieldErrors?: Record<string, string[]> };

function sameText(sent: Draft, theirs: EditableArticle) {
  const saved = draftFromArticle(theirs);
  return draftKey(sent.slugEdited ? sent : { ...sent, slug: saved.slug, slugEdited: true }) === draftKey(saved);
}

const QUIET_MS = 1500;
const FIRST_RETRY_MS = 2000;
const MAX_RETRY_MS = 30_000;
/** Browsers refuse keepalive requests above 64 kB; larger drafts rely on the local copy. */
const KEEPALIVE_LIMIT = 60_000;

interface Options {
  articleId: string | null;
  baseVersion: number;
  getDraft: () => Draft;
  /**
   * The piece now exists (first save of a new piece) or has a new slug, or the save was merged
   * with someone else's (`saved.merged`): false if the merge could not be taken in over `sent`.
   */
  onSaved: (saved: Saved, created: boolean, sent: Draft) => boolean;
}

export function useAutosave({ articleId: initialId, baseVersion: initialVersion, getDraft, onSaved }: Options) {
  const [state, setState] = useState<SaveState>({ kind: "idle" });
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});
  const articleId = useRef(initialId);
  const baseVersion = useRef(initialVersion);
  const changes = useRef(0);
  const savedChanges = useRef(0);
  const inFlight = useRef(false);
  const again = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const retryDelay = useRef(FIRST_RETRY_MS);
  /** A save whose answer never came: it may have been written, and must not then count as someone else's. */
  const unanswered = useRef<{ draft: Draft; startedAt: number } | null>(null);
  /** The change a refused save was made of: the same input is not sent again. */
  const refusedAt = useRef(-1);
  const stateRef = useRef(state);
  const callbacks = useRef({ getDraft, onSaved });
  // Refs follow the latest render once it is committed, for the callbacks and timers that read them.
  useEffect(() => {
    stateRef.current = state;
    callbacks.current = { getDraft, onSaved };
  });
  /** saveNow, for the retries scheduled before it is defined. */
  const saveAgain = useRef<() => void>(() => undefined);

  const schedule = useCallback((ms: number, run: () => void) => {
    clearTimeout(timer.current);
    timer.current = setTimeout(run, ms);
  }, []);

  /** Tries the save again later, waiting twice as long each time (up to MAX_RETRY_MS). */
  const retryLater = useCallback(() => {
    schedule(retryDelay.current, () => saveAgain.current());
    retryDelay.current = Math.min(retryDelay.current * 2, MAX_RETRY_MS);
  }, [schedule]);

  const handleOutcome = useCallback(
    async function handle(outcome: Outcome, startedAt: number, created: boolean, sent: Draft): Promise<void> {
      if (outcome.ok) {
        unanswered.current = null;
        baseVersion.current = outcome.data.version;
        savedChanges.current = startedAt;
        retryDelay.current = FIRST_RETRY_MS;
        if (created) {
          articleId.current = outcome.data.id;
          clearLocalCopy(null);
          // The page becomes the piece's edit page without remounting the editor.
          window.history.replaceState(null, "", paths.studio.edit(outcome.data.id));
        }
        // A merged save the editor could not take in (what was typed since clashes): both versions are shown (merge-answer.ts).
        if (!callbacks.current.onSaved(outcome.data, created, sent) && outcome.data.merged && articleId.current) {
          return setState(await clashAfterMerge(articleId.current, outcome.data.article, sent));
        }
        setFieldErrors({});
        if (changes.current === startedAt) clearLocalCopy(articleId.current);
        else writeLocalCopy(articleId.current, callbacks.current.getDraft(), baseVersion.current);
        setState({ kind: "saved", at: outcome.data.savedAt });
        return;
      }
      // The database could not be reached (503): nothing to fix; the text stays in this
      // browser and is saved once the database is back.
      const waitForDatabase = () => {
        setState({ kind: "unavailable" });
        retryLater();
      };
      if (outcome.status === 409 && !outcome.fieldErrors && articleId.current) {
        const theirs = await getCurrentVersionAction({ id: articleId.current, baseVersion: baseVersion.current });
        if (!theirs.ok) return theirs.status === 503 ? waitForDatabase() : setState({ kind: "refused", message: theirs.error });
        const lost = unanswered.current;
        unanswered.current = null;
        if (lost && sameText(lost.draft, theirs.data)) {
          // The "other" save was our own earlier one, written though its answer was lost.
          return handle({ ok: true, data: { ...theirs.data, savedAt: theirs.data.updatedAt } }, lost.startedAt, false, lost.draft);
        }
        setState({ kind: "conflict", message: outcome.error, theirs: theirs.data });
        return;
      }
      if (outcome.status === 503) {
        // Should the save have been written as the database went away, the next one meets
        // it as "our own earlier save", not as someone else's.
        if (!created) unanswered.current ??= { draft: sent, startedAt };
        return waitForDatabase();
      }
      refusedAt.current = startedAt;
      if (outcome.fieldErrors && Object.keys(outcome.fieldErrors).length) {
        // Waits for the next change: retrying the same input would only fail again.
        // The save action nests the piece under "article": its field errors arrive as "article.slug".
        setFieldErrors(
          Object.fromEntries(Object.entries(outcome.fieldErrors).map(([key, messages]) => [key.replace(/^article\./, ""), messages])),
        );
        setState({ kind: "invalid", message: outcome.error });
        return;
      }
      setState({
        kind: "refused",
        message:
          outcome.status === 401 ? "You are signed out. Sign in again in another tab; your text is kept in this browser." : outcome.error,
      });
    },
    [retryLater],
  );

  const saveNow = useCallback(async (): Promise<void> => {
    clearTimeout(timer.current);
    if (inFlight.current) {
      again.current = true;
      return;
    }
    const kind = stateRef.current.kind;
    if (kind === "conflict" || changes.current === savedChanges.current || changes.current === refusedAt.current) return;
    const draft = callbacks.current.getDraft();
    const created = articleId.current === null;
    if (created && !draft.title.trim()) {
      setState({ kind: "needs-title" });
      return;
    }
    const startedAt = changes.current;
    inFlight.current = true;
    setState({ kind: "saving" });
    try {
      const input = saveInput(draft, !created);
      const outcome: Outcome = created
        ? await createArticleAction(input)
        : await saveArticleAction({ id: articleId.current, baseVersion: baseVersion.current, article: input });
      await handleOutcome(outcome, startedAt, created, draft);
    } catch {
      // The request never got an answer: the network or the server is down. Try again later.
      if (!created) unanswered.current = { draft, startedAt };
      setState({ kind: "offline" });
      retryLater();
    } finally {
      inFlight.current = false;
    }
    if (again.current) {
      again.current = false;
      saveAgain.current();
    } else if (changes.current !== savedChanges.current && stateRef.current.kind === "saved") {
      schedule(QUIET_MS, () => saveAgain.current());
    }
  }, [handleOutcome, retryLater, schedule]);
  useEffect(() => {
    saveAgain.current = () => void saveNow();
  }, [saveNow]);

  /** Call after every change: keeps the draft locally and saves once typing pauses. */
  const changed = useCallback(() => {
    changes.current += 1;
    writeLocalCopy(articleId.current, callbacks.current.getDraft(), baseVersion.current);
    if (stateRef.current.kind === "conflict") return;
    schedule(QUIET_MS, () => void saveNow());
  }, [saveNow, schedule]);

  /** Leaving the page: a keepalive request outlives it; the local copy covers what it cannot carry. */
  const saveOnLeave = useCallback(() => {
    const id = articleId.current;
    if (!id || inFlight.current || changes.current === savedChanges.current || stateRef.current.kind === "conflict") return;
    const draft = callbacks.current.getDraft();
    const payload = JSON.stringify({ baseVersion: baseVersion.current, article: saveInput(draft, true) });
    if (payload.length > KEEPALIVE_LIMIT) return void saveNow();
    clearTimeout(timer.current);
    const startedAt = changes.current;
    inFlight.current = true;
    fetch(paths.api.article(id), { method: "PUT", keepalive: true, headers: { "content-type": "application/json" }, body: payload })
      .then(async (res) => {
        const body = (await res.json()) as Saved | { error: string; fieldErrors?: Record<string, string[]> };
        const fieldErrors = "error" in body && body.fieldErrors && Object.keys(body.fieldErrors).length ? body.fieldErrors : undefined;
        await handleOutcome(
          "error" in body ? { ok: false, error: body.error, status: res.status, fieldErrors } : { ok: true, data: body },
          startedAt,
          false,
          draft,
        );
      })
      .catch(() => {
        unanswered.current = { draft, startedAt };
        setState({ kind: "offline" });
      })
      .finally(() => {
        inFlight.current = false;
      });
  }, [handleOutcome, saveNow]);

  useEffect(() => {
    const onVisibility = () => {
      if (document.visibilityState === "hidden") saveOnLeave();
    };
    const onOnline = () => {
      retryDelay.current = FIRST_RETRY_MS;
      void saveNow();
    };
    document.addEventListener("visibilitychange", onVisibility);
    window.addEventListener("pagehide", saveOnLeave);
    window.addEventListener("online", onOnline);
    return () => {
      document.removeEventListener("visibilitychange", onVisibility);
      window.removeEventListener("pagehide", saveOnLeave);
      window.removeEventListener("online", onOnline);
      clearTimeout(timer.current);
    };
  }, [saveNow, saveOnLeave]);

  /** "Keep mine": save my draft over the version that won, now that I have seen it. */
  const keepMine = useCallback(
    (theirVersion: number) => {
      baseVersion.current = theirVersion;
      savedChanges.current = -1;
      setState({ kind: "idle" });
      stateRef.current = { kind: "idle" };
      void saveNow();
    },
    [saveNow],
  );

  /** "Take theirs": the editor now holds the saved version, so nothing is left to save. */
  const tookTheirs = useCallback((theirs: TheirVersion) => {
    baseVersion.current = theirs.version;
    savedChanges.current = changes.current;
    clearLocalCopy(articleId.current);
    setFieldErrors({});
    setState({ kind: "saved", at: theirs.updatedAt });
  }, []);

  /** A local copy was restored into the editor: it is based on `version` and still needs saving. */
  const restored = useCallback(
    (version: number) => {
      baseVersion.current = version;
      changed();
    },
    [changed],
  );

  return { state, fieldErrors, changed, saveNow, keepMine, tookTheirs, restored };
}
