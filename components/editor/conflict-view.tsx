"use client";
// Two saves crossed and changed the same part: the clashing parts (each side's change against
// the common base) and my draft and the version that was saved first, side by side, with
// the three ways out. Nothing is saved until one is chosen.
import { useState } from "react";
import { plainText } from "@/lib/content/text";
import { ClashList } from "./clash-list";
import type { Draft } from "./draft";
import type { WithBase } from "./merge-answer";
import type { TheirVersion } from "./use-autosave";

interface Props {
  message: string;
  mine: Draft;
  theirs: TheirVersion & WithBase;
  onKeepMine: () => void;
  onTakeTheirs: () => void;
}

export function ConflictView({ message, mine, theirs, onKeepMine, onTakeTheirs }: Props) {
  const [copied, setCopied] = useState("");
  const myText = [mine.title, mine.standfirst, plainText(mine.body, { footnotes: true })].filter(Boolean).join("\n\n");

  async function copy() {
    try {
      await navigator.clipboard.writeText(myText);
      setCopied("Your text is on the clipboard.");
    } catch {
      setCopied("The browser did not allow copying: select your text below and copy it by hand.");
    }
  }

  return (
    <section className="conflict" aria-labelledby="conflict-heading">
      <h2 id="conflict-heading" tabIndex={-1}>
        Two versions of this piece
      </h2>
      <p>{message} Nothing has been overwritten. Choose which version to keep.</p>
      <div className="conflict__choices">
        <button type="button" className="button" onClick={onKeepMine}>
          Keep mine
        </button>
        <button type="button" className="button button--secondary" onClick={onTakeTheirs}>
          Take theirs
        </button>
        <button type="button" className="button button--secondary" onClick={copy}>
          Copy my text
        </button>
      </div>
      <p className="muted" role="status" aria-live="polite">
        {copied}
      </p>
      {theirs.base ? <ClashList base={theirs.base} mine={mine} theirs={theirs} /> : null}
      <div className="conflict__columns">
        <article className="conflict__side" aria-labelledby="conflict-mine">
          <h3 id="conflict-mine">Mine (not saved)</h3>
          <p className="conflict__title">{mine.title || "(no title)"}</p>
          {mine.standfirst ? <p className="standfirst">{mine.standfirst}</p> : null}
          <pre className="conflict__text" tabIndex={0} aria-label="My text">
            {plainText(mine.body, { footnotes: true })}
          </pre>
        </article>
        <article className="conflict__side" aria-labelledby="conflict-theirs">
          <h3 id="conflict-theirs">Saved version {theirs.version}</h3>
          <p className="conflict__title">{theirs.title}</p>
          {theirs.standfirst ? <p className="standfirst">{theirs.standfirst}</p> : null}
          {/* Produced by lib/content/render.ts on the server, which escapes text and checks links. */}
          <div className="prose conflict__html" dangerouslySetInnerHTML={{ __html: theirs.bodyHtml }} />
        </article>
      </div>
    </section>
  );
}
