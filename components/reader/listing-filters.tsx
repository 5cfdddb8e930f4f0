import Link from "next/link";
import { paths } from "@/lib/platform/paths";

interface Option {
  slug: string;
  name: string;
}

/** Division and topic filters as a plain GET form: works without JavaScript. */
export function ListingFilters({
  divisions,
  topics,
  division,
  topic,
}: {
  divisions: Option[];
  topics: Option[];
  division?: string;
  topic?: string;
}) {
  return (
    <form className="filters" action={paths.commentaries()} method="get" aria-label="Filter commentaries">
      <div className="filters__field">
        <label htmlFor="filter-division">Division</label>
        <select id="filter-division" name="division" defaultValue={division ?? ""}>
          <option value="">All divisions</option>
          {divisions.map((d) => (
            <option key={d.slug} value={d.slug}>
              {d.name}
            </option>
          ))}
        </select>
      </div>
      <div className="filters__field">
        <label htmlFor="filter-topic">Topic</label>
        <select id="filter-topic" name="topic" defaultValue={topic ?? ""}>
          <option value="">All topics</option>
          {topics.map((t) => (
            <option key={t.slug} value={t.slug}>
              {t.name}
            </option>
          ))}
        </select>
      </div>
      <div className="filters__actions">
        <button type="submit" className="button button--small">
          Filter
        </button>
        {division || topic ? <Link href={paths.home()}>Clear filters</Link> : null}
      </div>
    </form>
  );
}
