"use client";
// Autosave: a moment after typing stops, on blur and when the page is left. Every save
// carries the version it started from; the server refuses a stale one and the editor then
// shows both versions. Until a save is confirmed the draft is kept in localStorage, and a
// save the server could not make (no answer, or its database unavailable: 503) is retried
// within seconds, at once when the browser is back online or the tab is shown again; while
// the browser is offline nothing is sent. The status never says "Saved" for text the server
// has not acknowledged (save-rules.ts holds the rules; this hook applies them).
import { useCallback, useEffect, useRef, useState } from "react";
import type { EditableArticle } from "@/lib/editorial/working-copy";
import { clashAfterMerge, type MergedAnswer } from "./merge-answer";
import { createArticleAction, getCurrentVersionAction, saveArticleAction } from "@/lib/actions/articles";
import { draftFromArticle, draftKey, saveInput, type Draft } from "./draft";
import { clearLocalCopy, writeLocalCopy } from "./local-copy";
import {
  isSizeRefusal,
  retryDelayMs,
  sizeRefusalState,
  stateAfterChange,
  stateAfterSave,
  stateWithoutAnswer,
  tooLongState,
  waitsToRetry,
  type SaveState,
} from "./save-rules";
import { paths } from "@/lib/platform/paths";

export type TheirVersion = EditableArticle & { bodyHtml: string };
export type { SaveState };

type Saved = { id: string; slug: string; version: number; savedAt: string } & MergedAnswer;
type Outcome = { ok: true; data: Saved } | { ok: false; error: string; status: number; fieldErrors?: Record<string, string[]> };

function sameText(sent: Draft, theirs: EditableArticle) {
  const saved = draftFromArticle(theirs);
  return draftKey(sent.slugEdited ? sent : { ...sent, slug: saved.slug, slugEdited: true }) === draftKey(saved);
}

const QUIET_MS = 1500;
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
  const [state, setShownState] = useState<SaveState>({ kind: "idle" });
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});
  const articleId = useRef(initialId);
  const baseVersion = useRef(initialVersion);
  const changes = useRef(0);
  const savedChanges = useRef(0);
  const inFlight = useRef(false);
  const again = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  /** The pending timer is a retry after a failure, which further typing must not push back. */
  const retrying = useRef(false);
  /** How many retries in a row have failed since the last answer. */
  const retryAttempt = useRef(0);
  /** When the server last acknowledged a save, for the status once the browser is back online with nothing to send. */
  const lastSavedAt = useRef<string | null>(null);
  /** A save whose answer never came: it may have been written, and must not then count as someone else's. */
  const unanswered = useRef<{ draft: Draft; startedAt: number } | null>(null);
  /** The change a refused save was made of: the same input is not sent again. */
  const refusedAt = useRef(-1);
  const stateRef = useRef(state);
  const callbacks = useRef({ getDraft, onSaved });
  // Refs follow the latest render once it is committed, for the callbacks and timers that read them.
  useEffect(() => {
    callbacks.current = { getDraft, onSaved };
  });
  /** The state, at once for the callbacks that read it next (before React renders it) and for the status line. */
  const setState = useCallback((next: SaveState) => {
    stateRef.current = next;
    setShownState(next);
  }, []);
  /** saveNow, for the retries scheduled before it is defined. */
  const saveAgain = useRef<() => void>(() => undefined);

  const cancelTimer = useCallback(() => {
    clearTimeout(timer.current);
    retrying.current = false;
  }, []);
  const schedule = useCallback((ms: number, run: () => void, retry = false) => {
    clearTimeout(timer.current);
    retrying.current = retry;
    timer.current = setTimeout(() => {
      retrying.current = false;
      run();
    }, ms);
  }, []);

  /** Tries the save again shortly (save-rules.ts, retryDelayMs); offline, the `online` event does instead. */
  const retryLater = useCallback(() => {
    if (!navigator.onLine) return cancelTimer();
    schedule(retryDelayMs(retryAttempt.current), () => saveAgain.current(), true);
    retryAttempt.current += 1;
  }, [cancelTimer, schedule]);

  const handleOutcome = useCallback(
    async function handle(outcome: Outcome, startedAt: number, created: boolean, sent: Draft): Promise<void> {
      if (outcome.ok) {
        unanswered.current = null;
        baseVersion.current = outcome.data.version;
        savedChanges.current = startedAt;
        retryAttempt.current = 0;
        lastSavedAt.current = outcome.data.savedAt;
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
        setState(stateAfterSave(outcome.data.savedAt, startedAt, changes.current));
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
      // Too long, by the request limit (413) or the rich-text one: say so with the numbers, not "offline".
      if (isSizeRefusal(outcome.status, outcome.error)) return setState(sizeRefusalState(outcome.error, sent.body));
      if (outcome.fieldErrors && Object.keys(outcome.fieldErrors).length) {
        // Waits for the next change: retrying the same input would only fail again.
        // The piece is parsed by saveArticle itself, so its field errors are named as the form names them ("slug").
        setFieldErrors(outcome.fieldErrors);
        setState({ kind: "invalid", message: outcome.error });
        return;
      }
      setState({
        kind: "refused",
        message:
          outcome.status === 401 ? "You are signed out. Sign in again in another tab; your text is kept in this browser." : outcome.error,
      });
    },
    [retryLater, setState],
  );

  const saveNow = useCallback(async (): Promise<void> => {
    cancelTimer();
    if (inFlight.current) {
      again.current = true;
      return;
    }
    const kind = stateRef.current.kind;
    if (kind === "conflict" || changes.current === savedChanges.current || changes.current === refusedAt.current) return;
    // Offline, a request could only fail: the text waits in this browser for the `online` event.
    if (!navigator.onLine) return setState({ kind: "offline" });
    const draft = callbacks.current.getDraft();
    const created = articleId.current === null;
    if (created && !draft.title.trim()) {
      setState({ kind: "needs-title" });
      return;
    }
    const startedAt = changes.current;
    const input = saveInput(draft, !created);
    // Measured as the server measures it: an oversized body is not sent (Next would refuse the
    // request before the app could say why), and waits for the text to be shortened.
    const tooLong = tooLongState(input.body);
    if (tooLong) {
      refusedAt.current = startedAt;
      return setState(tooLong);
    }
    inFlight.current = true;
    setState({ kind: "saving" });
    try {
      const outcome: Outcome = created
        ? await createArticleAction(input)
        : await saveArticleAction({ id: articleId.current, baseVersion: baseVersion.current, article: input });
      await handleOutcome(outcome, startedAt, created, draft);
    } catch {
      // The request never got an answer: the browser went offline, or the network or the server is down.
      if (!created) unanswered.current = { draft, startedAt };
      setState(stateWithoutAnswer(navigator.onLine));
      retryLater();
    } finally {
      inFlight.current = false;
    }
    if (again.current) {
      again.current = false;
      saveAgain.current();
    } else if (changes.current !== savedChanges.current && stateRef.current.kind === "unsaved") {
      // Typed while the save was on its way: the new text is saved in turn.
      schedule(QUIET_MS, () => saveAgain.current());
    }
  }, [cancelTimer, handleOutcome, retryLater, schedule, setState]);
  useEffect(() => {
    saveAgain.current = () => void saveNow();
  }, [saveNow]);

  /** Call after every change: keeps the draft locally and saves once typing pauses. */
  const changed = useCallback(() => {
    changes.current += 1;
    writeLocalCopy(articleId.current, callbacks.current.getDraft(), baseVersion.current);
    const next = stateAfterChange(stateRef.current, navigator.onLine);
    if (next !== stateRef.current) setState(next);
    // A pending retry sends the newest text anyway; typing does not put it off.
    if (next.kind === "conflict" || next.kind === "offline" || retrying.current) return;
    schedule(QUIET_MS, () => void saveNow());
  }, [saveNow, schedule, setState]);

  /** Leaving the page: a keepalive request outlives it; the local copy covers what it cannot carry. */
  const saveOnLeave = useCallback(() => {
    const id = articleId.current;
    if (!id || inFlight.current || changes.current === savedChanges.current || stateRef.current.kind === "conflict") return;
    const draft = callbacks.current.getDraft();
    const payload = JSON.stringify({ baseVersion: baseVersion.current, article: saveInput(draft, true) });
    if (payload.length > KEEPALIVE_LIMIT) return void saveNow();
    cancelTimer();
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
        setState(stateWithoutAnswer(navigator.onLine));
        retryLater();
      })
      .finally(() => {
        inFlight.current = false;
      });
  }, [cancelTimer, handleOutcome, retryLater, saveNow, setState]);

  useEffect(() => {
    /** A save waiting for a retry goes now: the connection or the tab is back. */
    const retryNow = () => {
      if (!waitsToRetry(stateRef.current)) return;
      retryAttempt.current = 0;
      // Nothing left to send (it went through before the connection dropped): say what the server has.
      if (changes.current === savedChanges.current && !inFlight.current) {
        return setState(lastSavedAt.current ? { kind: "saved", at: lastSavedAt.current } : { kind: "idle" });
      }
      void saveNow();
    };
    const onVisibility = () => {
      if (document.visibilityState === "hidden") saveOnLeave();
      else retryNow();
    };
    const onOffline = () => {
      // Only unsaved text makes being offline matter; "Saved" stays true for what the server has.
      if (inFlight.current || changes.current !== savedChanges.current) setState(stateAfterChange(stateRef.current, false));
    };
    document.addEventListener("visibilitychange", onVisibility);
    window.addEventListener("pagehide", saveOnLeave);
    window.addEventListener("online", retryNow);
    window.addEventListener("offline", onOffline);
    return () => {
      document.removeEventListener("visibilitychange", onVisibility);
      window.removeEventListener("pagehide", saveOnLeave);
      window.removeEventListener("online", retryNow);
      window.removeEventListener("offline", onOffline);
      clearTimeout(timer.current);
    };
  }, [saveNow, saveOnLeave, setState]);

  /** "Keep mine": save my draft over the version that won, now that I have seen it. */
  const keepMine = useCallback(
    (theirVersion: number) => {
      baseVersion.current = theirVersion;
      savedChanges.current = -1;
      setState({ kind: "idle" });
      void saveNow();
    },
    [saveNow, setState],
  );

  /** "Take theirs": the editor now holds the saved version, so nothing is left to save. */
  const tookTheirs = useCallback(
    (theirs: TheirVersion) => {
      baseVersion.current = theirs.version;
      savedChanges.current = changes.current;
      clearLocalCopy(articleId.current);
      setFieldErrors({});
      lastSavedAt.current = theirs.updatedAt;
      setState({ kind: "saved", at: theirs.updatedAt });
    },
    [setState],
  );

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
