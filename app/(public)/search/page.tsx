import type { Metadata } from "next";
import { ArticleCard } from "@/components/reader/article-card";
import { Pager } from "@/components/reader/pager";
import { SearchForm } from "@/components/reader/search-form";
import { publicFilterOptions, publicSearch } from "@/lib/reader/cache/reads";
import { searchInput } from "@/lib/reader/search";
import { paths } from "@/lib/platform/paths";
import { getSiteSettings } from "@/lib/platform/site-settings";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { q } = searchInput.parse(await searchParams);
  // Result pages are endless variations of one page: keep them out of search engines.
  return { title: q ? `Search: ${q}` : "Search", robots: { index: false, follow: true } };
}

export default async function SearchPage({ searchParams }: Props) {
  const input = searchInput.parse(await searchParams);
  const site = await getSiteSettings();
  const [result, options] = await Promise.all([publicSearch(input, site.timeZone), publicFilterOptions(site.timeZone)]);
  return (
    <>
      <h1 className="page-title">Search</h1>
      <SearchForm input={input} options={options} />
      {result.prompt ? (
        <p className="empty">Type a word, a name or a &quot;phrase in quotes&quot; to search every published commentary.</p>
      ) : (
        <section aria-labelledby="results-heading">
          <h2 id="results-heading" className="section-title">
            {result.total === 0
              ? `No results for “${input.q}”`
              : `${result.more ? "The latest " : ""}${result.total.toLocaleString("en")} ${result.total === 1 ? "result" : "results"} for “${input.q}”`}
          </h2>
          {result.total === 0 ? <p className="empty">Try fewer or different words, or remove a filter.</p> : null}
          <div className="card-list">
            {result.items.map((hit, index) => (
              <ArticleCard
                key={hit.slug}
                eager={index === 0}
                item={hit}
                timeZone={site.timeZone}
                level={3}
                titleHtml={hit.titleHtml}
                snippetHtml={hit.snippetHtml}
              />
            ))}
          </div>
          <Pager
            page={result.page}
            pages={result.pages}
            href={(page) => paths.search({ ...input }, page)}
            labels={["Previous", "Next", "results"]}
          />
        </section>
      )}
    </>
  );
}
