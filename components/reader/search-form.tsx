import type { SearchInput } from "@/lib/reader/search";
import { paths } from "@/lib/platform/paths";

interface Options {
  divisions: { slug: string; name: string }[];
  topics: { slug: string; name: string }[];
  authors: { slug: string; displayName: string }[];
  years: number[];
}

/** The full search form: query plus filters, sent as GET so results have their own URL. */
export function SearchForm({ input, options }: { input: SearchInput; options: Options }) {
  const author = input.author ? options.authors.find((a) => a.slug === input.author) : undefined;
  return (
    <form className="search-form" action={paths.search()} method="get" role="search" aria-label="Search commentaries">
      <div className="search-form__query">
        <label htmlFor="search-q">Search for</label>
        <div className="search-form__row">
          <input id="search-q" name="q" type="search" defaultValue={input.q} aria-describedby="search-help" />
          <button type="submit" className="button button--inline">
            Search
          </button>
        </div>
        <p id="search-help" className="hint">
          Use quotes for a phrase (&quot;soft power&quot;), a minus sign to leave a word out (-trade), and &quot;or&quot; for either word.
        </p>
      </div>
      <fieldset className="filters filters--search">
        <legend>Narrow the results</legend>
        <div className="filters__field">
          <label htmlFor="search-division">Division</label>
          <select id="search-division" name="division" defaultValue={input.division ?? ""}>
            <option value="">Any division</option>
            {options.divisions.map((d) => (
              <option key={d.slug} value={d.slug}>
                {d.name}
              </option>
            ))}
          </select>
        </div>
        <div className="filters__field">
          <label htmlFor="search-topic">Topic</label>
          <select id="search-topic" name="topic" defaultValue={input.topic ?? ""}>
            <option value="">Any topic</option>
            {options.topics.map((t) => (
              <option key={t.slug} value={t.slug}>
                {t.name}
              </option>
            ))}
          </select>
        </div>
        {author ? (
          // Hundreds of authors make a poor menu (and a heavy page): the author filter comes from
          // an author's page, and unticking it widens the search again.
          <div className="filters__field filters__field--check">
            <input id="search-author" type="checkbox" name="author" value={author.slug} defaultChecked />
            <label htmlFor="search-author">Only by {author.displayName}</label>
          </div>
        ) : null}
        <div className="filters__field">
          <label htmlFor="search-year">Year</label>
          <select id="search-year" name="year" defaultValue={input.year ? String(input.year) : ""}>
            <option value="">Any year</option>
            {options.years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </div>
      </fieldset>
    </form>
  );
}
