import "@/app/styles/machines.css";
import { citeTexts } from "@/lib/reader/citations";
import type { PieceFacts } from "@/lib/reader/piece-facts";
import { CopyButton } from "../ui/copy-button";
import { paths } from "@/lib/platform/paths";

/** "Cite this": three styles to copy or select, and files for reference managers. */
export function CiteThis({ piece }: { piece: PieceFacts }) {
  return (
    <section className="cite" aria-labelledby="cite-heading">
      <h2 id="cite-heading">Cite this</h2>
      <dl className="cite__list">
        {citeTexts(piece).map((c) => (
          <div key={c.style} className="cite__item">
            <dt>{c.label}</dt>
            <dd>
              <p className="cite__text">{c.parts.map((p, i) => (p.italic ? <i key={i}>{p.text}</i> : <span key={i}>{p.text}</span>))}</p>
              <CopyButton text={c.text} label={c.name} />
            </dd>
          </div>
        ))}
      </dl>
      <p className="cite__downloads">
        <a href={paths.citation(piece.slug, "bibtex")} download>
          Download BibTeX citation (.bib)
        </a>
        <a href={paths.citation(piece.slug, "ris")} download>
          Download RIS citation (.ris)
        </a>
        <a href={paths.piecePdf(piece.slug)} type="application/pdf">
          PDF of this commentary
        </a>
      </p>
    </section>
  );
}
