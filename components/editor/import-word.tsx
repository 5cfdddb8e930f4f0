"use client";
// "Import from Word": on a new piece, the document becomes a new draft (the server creates it
// and the editor opens it); on a draft, the document replaces the body after the writer has
// confirmed what will be replaced. Either way the writer is told what the import took and what
// it left out.
import { useRouter } from "next/navigation";
import { useRef, useState, useSyncExternalStore } from "react";
import type { JSONContent } from "@tiptap/core";
import { countWords, plainText } from "@/lib/content/text";
import { paths } from "@/lib/platform/paths";
import type { DocxReport } from "@/lib/content/import/docx";

interface Props {
  articleId: string | null;
  /** The body as it is now, for the confirmation to say what would be replaced. */
  currentBody: () => JSONContent;
  /** A draft's new body (and title, when the document has one and the piece has none yet). */
  onImported: (title: string | null, body: JSONContent) => void;
}

interface ImportDone {
  summary: string;
  notices: string[];
}

const reportKey = (articleId: string) => `standfirst:word-import:${articleId}`;
/** The report is written by this tab only, before it navigates here: nothing to listen for. */
const noSubscription = () => () => {};
const plural = (n: number, one: string, many: string) => `${n.toLocaleString("en")} ${n === 1 ? one : many}`;

function summary(fileName: string, report: DocxReport) {
  const parts = [
    plural(report.footnotes + report.endnotes, "note", "notes"),
    plural(report.headings, "heading", "headings"),
    plural(report.tables, "table", "tables"),
    ...(report.imagesImported ? [plural(report.imagesImported, "image (alt text missing)", "images (alt text missing)")] : []),
  ];
  return `Imported ${fileName}: ${parts.join(", ")}.`;
}

/** What the body holds now, in words a writer recognises. */
function describeBody(body: JSONContent) {
  const words = countWords(plainText(body));
  let notes = 0;
  const visit = (node: JSONContent) => {
    if (node.type === "footnote") notes += 1;
    node.content?.forEach(visit);
  };
  visit(body);
  return { words, notes, text: `${plural(words, "word", "words")}${notes ? ` and ${plural(notes, "footnote", "footnotes")}` : ""}` };
}

async function send(url: string, file: File): Promise<unknown> {
  const form = new FormData();
  form.append("file", file);
  const response = await fetch(url, { method: "POST", body: form });
  const answer: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const message = answer && typeof answer === "object" && "error" in answer && typeof answer.error === "string" ? answer.error : null;
    throw new Error(message ?? `The import failed (${response.status}).`);
  }
  return answer;
}

export function ImportWord({ articleId, currentBody, onImported }: Props) {
  const router = useRouter();
  const input = useRef<HTMLInputElement>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState("");
  const [reported, setDone] = useState<ImportDone | null>(null);
  // A new piece made from a document opens here with the report its import left behind.
  const left = useSyncExternalStore(
    noSubscription,
    () => (articleId ? sessionStorage.getItem(reportKey(articleId)) : null),
    () => null,
  );
  const done = reported ?? (left ? (JSON.parse(left) as ImportDone) : null);

  function dismiss() {
    if (articleId) sessionStorage.removeItem(reportKey(articleId));
    setDone(null);
  }

  function start() {
    setError("");
    dismiss();
    const body = describeBody(currentBody());
    if (body.words > 0 || body.notes > 0) setConfirming(body.text);
    else input.current?.click();
  }

  async function chosen(file: File | undefined) {
    if (input.current) input.current.value = "";
    setConfirming(null);
    if (!file) return;
    setBusy(true);
    setError("");
    try {
      if (articleId) {
        const answer = (await send(paths.api.articleWord(articleId), file)) as {
          title: string | null;
          body: JSONContent;
          report: DocxReport;
        };
        onImported(answer.title, answer.body);
        setDone({ summary: summary(file.name, answer.report), notices: answer.report.notices });
      } else {
        const answer = (await send(paths.api.newArticleFromWord(), file)) as { id: string; report: DocxReport };
        sessionStorage.setItem(
          reportKey(answer.id),
          JSON.stringify({ summary: summary(file.name, answer.report), notices: answer.report.notices }),
        );
        router.replace(paths.studio.edit(answer.id));
      }
    } catch (problem) {
      setError(problem instanceof Error ? problem.message : "The import failed.");
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="import-word">
      <button type="button" className="button button--secondary" onClick={start} disabled={busy} aria-describedby="import-word-hint">
        {busy ? "Importing…" : "Import from Word…"}
      </button>
      <span id="import-word-hint" className="visually-hidden">
        {articleId ? "Replaces the body with a .docx document's text and footnotes." : "Starts a new draft from a .docx document."}
      </span>
      <input
        ref={input}
        type="file"
        accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        hidden
        aria-label="Word document to import"
        onChange={(event) => void chosen(event.target.files?.[0])}
      />
      {confirming ? (
        <div className="notice import-word__confirm" role="alertdialog" aria-labelledby="import-word-confirm">
          <p id="import-word-confirm">
            Importing replaces the body ({confirming}) with the document&rsquo;s text. The title, standfirst and details stay as they are;
            the current body stays in the piece&rsquo;s history.
          </p>
          <button type="button" className="button" onClick={() => input.current?.click()} autoFocus>
            Choose the Word document
          </button>{" "}
          <button type="button" className="link-button" onClick={() => setConfirming(null)}>
            Cancel
          </button>
        </div>
      ) : null}
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
      {done ? (
        <div className="notice" role="status">
          <p>{done.summary}</p>
          {done.notices.length ? (
            <ul>
              {done.notices.map((notice) => (
                <li key={notice}>{notice}</li>
              ))}
            </ul>
          ) : null}
          <button type="button" className="link-button" onClick={dismiss}>
            Dismiss
          </button>
        </div>
      ) : null}
    </div>
  );
}
