// A batch of Crossref deposit XML to download: a series' published pieces and/or those first
// published between two days. A plain GET form: the browser saves the file the route answers.
import { paths } from "@/lib/platform/paths";

export function CrossrefBatchForm({ series }: { series: { slug: string; name: string }[] }) {
  return (
    <form className="form" method="get" action={paths.api.crossrefBatch()}>
      <label htmlFor="crossref-series">Series</label>
      <select id="crossref-series" name="series" defaultValue="">
        <option value="">Every series, and pieces in none</option>
        {series.map((s) => (
          <option key={s.slug} value={s.slug}>
            {s.name}
          </option>
        ))}
      </select>
      <label htmlFor="crossref-from">First published from</label>
      <input id="crossref-from" name="from" type="date" />
      <label htmlFor="crossref-to">to</label>
      <input id="crossref-to" name="to" type="date" />
      <button className="button" type="submit">
        Download Crossref XML
      </button>
    </form>
  );
}
