"use client";
// The piece editor: title, standfirst, body and details, saved automatically. A save that
// crossed someone else's shows both versions; unsaved text is kept in this browser.
import Link from "next/link";
import { useCallback, useEffect, useRef, useState, type ReactNode } from "react";
import type { Editor } from "@tiptap/react";
import type { JSONContent } from "@tiptap/core";
import type { ArticleFormOptions } from "@/lib/editorial/form-options";
import type { EditableArticle, LeadImageSummary } from "@/lib/editorial/working-copy";
import { BodyEditor } from "./body-editor";
import { ConflictView } from "./conflict-view";
import { DetailsPanel } from "./details-panel";
import { ImportWord } from "./import-word";
import { takeMergeIn } from "./merge-answer";
import { draftFromArticle, draftKey, newDraft, type Draft } from "./draft";
import { readLocalCopy } from "./local-copy";
import { SaveStatus } from "./save-status";
import { useAutosave } from "./use-autosave";
import { useBarHeight } from "./use-bar-height";
import { paths } from "@/lib/platform/paths";

interface Props {
  article: EditableArticle | null;
  options: ArticleFormOptions;
  /** The saved lead image, as the library holds it (its alt text may be missing). */
  leadImage?: LeadImageSummary | null;
  /** Shown under the heading: where the piece stands (components/studio/editing-status.tsx). */
  children?: ReactNode;
}

const keptAt = (ms: number) => new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" }).format(new Date(ms));

export function ArticleEditor({ article, options, leadImage = null, children }: Props) {
  const [draft, setDraft] = useState<Draft>(() => (article ? draftFromArticle(article) : newDraft(options.ownAuthorId)));
  const [articleId, setArticleId] = useState(article?.id ?? null);
  const [notice, setNotice] = useState("");
  const draftRef = useRef(draft);
  const barRef = useBarHeight<HTMLDivElement>();
  const editorRef = useRef<Editor | null>(null);

  const autosave = useAutosave({
    articleId: article?.id ?? null,
    baseVersion: article?.version ?? 0,
    getDraft: () => draftRef.current,
    onSaved: (saved, created, sent) => {
      if (saved.merged) {
        // Someone else's changes merged in: into the editor, with what was typed since kept.
        const next = takeMergeIn(editorRef.current, sent, draftRef.current, saved.article);
        if (next) update(next, false);
        return Boolean(next);
      }
      if (!created) return true;
      setArticleId(saved.id);
      // The server chose a unique slug from the title; from now on it stays put unless edited.
      update({ slug: saved.slug, slugEdited: true }, false);
      return true;
    },
  });
  const { changed, saveNow } = autosave;

  const update = useCallback(
    (patch: Partial<Draft>, isChange = true) => {
      draftRef.current = { ...draftRef.current, ...patch };
      setDraft(draftRef.current);
      if (isChange) changed();
    },
    [changed],
  );

  const onBody = useCallback((body: JSONContent) => update({ body }), [update]);

  /** A Word document's body replaces the editor's (confirmed by the writer), and its title fills an empty one. */
  const onWordImport = useCallback(
    (title: string | null, body: JSONContent) => {
      editorRef.current?.chain().setContent(body, { emitUpdate: false }).setTextSelection(1).run();
      update({ body, ...(title && !draftRef.current.title.trim() ? { title } : {}) });
      void saveNow();
    },
    [update, saveNow],
  );
  const onBlur = useCallback(() => void saveNow(), [saveNow]);

  // Restore a copy this browser kept of changes the server never confirmed.
  const restoreChecked = useRef(false);
  const onReady = useCallback(
    (editor: Editor) => {
      editorRef.current = editor;
      if (restoreChecked.current) return;
      restoreChecked.current = true;
      const copy = readLocalCopy(article?.id ?? null);
      if (!copy || draftKey(copy.draft) === draftKey(draftRef.current)) return;
      draftRef.current = copy.draft;
      setDraft(copy.draft);
      // Put the cursor back at the start: setContent leaves it at the end, inside the notes.
      editor.chain().setContent(copy.draft.body, { emitUpdate: false }).setTextSelection(1).run();
      setNotice(
        `Restored changes kept in this browser on ${keptAt(copy.keptAt)} that had not reached the server. They are being saved now.`,
      );
      autosave.restored(copy.baseVersion || (article?.version ?? 0));
    },
    [article, autosave],
  );

  function takeTheirs() {
    if (autosave.state.kind !== "conflict") return;
    const theirs = autosave.state.theirs;
    draftRef.current = draftFromArticle(theirs);
    setDraft(draftRef.current);
    editorRef.current?.chain().setContent(theirs.body, { emitUpdate: false }).setTextSelection(1).run();
    autosave.tookTheirs(theirs);
    setNotice("");
  }

  useEffect(() => {
    if (autosave.state.kind === "conflict") document.getElementById("conflict-heading")?.focus();
  }, [autosave.state.kind]);

  const errors = autosave.fieldErrors;
  const conflict = autosave.state.kind === "conflict" ? autosave.state : null;

  return (
    <div className="article-editor">
      <h1 className="page-title page-title--editor">{articleId ? "Edit commentary" : "New commentary"}</h1>
      {articleId ? null : <p className="muted">The piece is created as a draft once it has a title, then saved as you write.</p>}
      {children}
      <div className="article-editor__bar" ref={barRef}>
        <SaveStatus state={autosave.state} />
        <ImportWord articleId={articleId} currentBody={() => draftRef.current.body} onImported={onWordImport} />
        {articleId ? (
          <Link href={paths.studio.article(articleId)} className="article-editor__back">
            Back to the piece
          </Link>
        ) : null}
      </div>
      {notice ? (
        <p className="notice" role="status">
          {notice}{" "}
          <button type="button" className="link-button" onClick={() => setNotice("")}>
            Dismiss
          </button>
        </p>
      ) : null}

      {conflict ? (
        <ConflictView
          message={conflict.message}
          mine={draft}
          theirs={conflict.theirs}
          onKeepMine={() => autosave.keepMine(conflict.theirs.version)}
          onTakeTheirs={takeTheirs}
        />
      ) : null}

      <div className="article-editor__layout" hidden={Boolean(conflict)}>
        <div className="article-editor__main">
          <div className="field">
            <label htmlFor="title">Title</label>
            <input
              id="title"
              className="title-input"
              value={draft.title}
              onChange={(e) => update({ title: e.target.value })}
              onBlur={onBlur}
              aria-invalid={Boolean(errors.title)}
              aria-describedby={errors.title ? "title-error" : undefined}
              maxLength={300}
              required
            />
            {errors.title ? (
              <p id="title-error" className="field-error" role="alert">
                {errors.title[0]}
              </p>
            ) : null}
          </div>
          <div className="field">
            <label htmlFor="standfirst">Standfirst</label>
            <textarea
              id="standfirst"
              className="standfirst-input"
              rows={3}
              value={draft.standfirst}
              onChange={(e) => update({ standfirst: e.target.value })}
              onBlur={onBlur}
              aria-describedby={errors.standfirst ? "standfirst-hint standfirst-error" : "standfirst-hint"}
              aria-invalid={Boolean(errors.standfirst)}
              maxLength={1200}
            />
            <p id="standfirst-hint" className="field-hint">
              One paragraph that sums the piece up; shown under the title and in lists.
            </p>
            {errors.standfirst ? (
              <p id="standfirst-error" className="field-error" role="alert">
                {errors.standfirst[0]}
              </p>
            ) : null}
          </div>
          <BodyEditor
            articleId={articleId}
            uploadsNeedPiece={!options.uploadsWithoutPiece}
            initialBody={draft.body}
            error={errors.body?.[0]}
            onChange={onBody}
            onBlur={onBlur}
            onReady={onReady}
          />
        </div>
        <aside className="article-editor__side" aria-label="Details of the piece">
          <DetailsPanel
            draft={draft}
            options={options}
            errors={errors}
            onChange={(patch) => update(patch)}
            onBlur={onBlur}
            leadImage={leadImage}
            articleId={articleId}
          />
        </aside>
      </div>
    </div>
  );
}
