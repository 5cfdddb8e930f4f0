"use client";
// The byline: authors in order, added from every author profile (guests included), moved
// with buttons and removed. The server refuses a writer removing someone else.
import { useId, useState } from "react";
import type { ArticleFormOptions } from "@/lib/editorial/form-options";

interface Props {
  authors: ArticleFormOptions["authors"];
  value: string[];
  error?: string;
  onChange: (ids: string[]) => void;
}

export function AuthorsField({ authors, value, error, onChange }: Props) {
  const id = useId();
  const [adding, setAdding] = useState("");
  const byId = new Map(authors.map((a) => [a.id, a]));
  const available = authors.filter((a) => !value.includes(a.id));

  const move = (index: number, by: number) => {
    const next = [...value];
    [next[index], next[index + by]] = [next[index + by], next[index]];
    onChange(next);
  };

  return (
    <fieldset className="field authors-field" aria-describedby={error ? `${id}-error` : undefined}>
      <legend>Authors</legend>
      {value.length ? (
        <ol className="authors-field__list">
          {value.map((authorId, index) => {
            const name = byId.get(authorId)?.displayName ?? "Unknown author";
            return (
              <li key={authorId}>
                <span className="authors-field__name">
                  {name}
                  {byId.get(authorId)?.guest ? <span className="muted"> (guest)</span> : null}
                </span>
                <span className="authors-field__actions">
                  <button
                    type="button"
                    className="mini"
                    disabled={index === 0}
                    onClick={() => move(index, -1)}
                    aria-label={`Move ${name} up`}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    className="mini"
                    disabled={index === value.length - 1}
                    onClick={() => move(index, 1)}
                    aria-label={`Move ${name} down`}
                  >
                    ↓
                  </button>
                  <button
                    type="button"
                    className="mini"
                    onClick={() => onChange(value.filter((x) => x !== authorId))}
                    aria-label={`Remove ${name}`}
                  >
                    ✕
                  </button>
                </span>
              </li>
            );
          })}
        </ol>
      ) : (
        <p className="muted">No authors yet.</p>
      )}
      {available.length ? (
        <div className="authors-field__add">
          <label htmlFor={`${id}-add`} className="visually-hidden">
            Author to add
          </label>
          <select id={`${id}-add`} value={adding} onChange={(e) => setAdding(e.target.value)}>
            <option value="">Choose an author…</option>
            {available.map((a) => (
              <option key={a.id} value={a.id}>
                {a.displayName}
                {a.guest ? " (guest)" : ""}
              </option>
            ))}
          </select>
          <button
            type="button"
            className="button button--small"
            disabled={!adding}
            onClick={() => {
              onChange([...value, adding]);
              setAdding("");
            }}
          >
            Add author
          </button>
        </div>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
