import type { Metadata } from "next";
import Link from "next/link";
import "@/app/styles/machines.css";
import "@/app/styles/studio-lists.css";
import "@/app/styles/admin.css";
import "@/app/styles/media.css";
import { requireUser } from "@/lib/accounts/auth";
import { listMedia, type MediaFilter } from "@/lib/media/library";
import { decideSite } from "@/lib/permissions";
import { orNotFound } from "@/lib/platform/http/domain-errors";
import { paths } from "@/lib/platform/paths";
import { ListPager } from "@/components/studio/list-pager";
import { LibraryUpload } from "@/components/studio/media/library-upload";
import { MediaGrid } from "@/components/studio/media/media-grid";

export const metadata: Metadata = { title: "Media library", robots: { index: false } };

const filters: { value: MediaFilter | undefined; label: string }[] = [
  { value: undefined, label: "All" },
  { value: "unused", label: "Unused" },
  { value: "noAlt", label: "Missing alt text" },
];

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function MediaLibraryPage({ searchParams }: Props) {
  const user = await requireUser(paths.studio.media());
  const page = await orNotFound(listMedia(user, await searchParams));
  const { q, filter } = page;
  const manages = decideSite(user, "media.manage") === "allow";
  return (
    <>
      <h1 className="page-title">Media library</h1>
      <p className="lede">
        Images for lead photos, figures and portraits. Every image needs alt text, a short description for readers who cannot see it, before
        a piece that uses it goes to review.
      </p>
      {manages ? (
        <LibraryUpload />
      ) : (
        <p className="muted">You upload images for your pieces from the piece&rsquo;s editor; they appear here too.</p>
      )}
      <nav aria-label="Filter images">
        <ul className="filter-tabs">
          {filters.map((f) => (
            <li key={f.label}>
              <Link href={paths.studio.media({ q, filter: f.value })} aria-current={f.value === filter ? "page" : undefined}>
                {f.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <form method="get" action={paths.studio.media()} className="list-filters" role="search" aria-label="Find images">
        {filter ? <input type="hidden" name="filter" value={filter} /> : null}
        <div className="list-filters__search">
          <label htmlFor="media-q">Title, alt text, caption or credit</label>
          <input id="media-q" name="q" type="search" defaultValue={q ?? ""} maxLength={100} />
        </div>
        <button type="submit" className="button button--small">
          Search
        </button>
        {q ? <Link href={paths.studio.media({ filter })}>Clear search</Link> : null}
      </form>
      {page.items.length === 0 ? (
        <p className="muted list-empty">
          {q
            ? `No images match “${q}”.`
            : filter === "unused"
              ? "Every image is in use."
              : filter === "noAlt"
                ? "Every image has alt text."
                : "No images yet."}
        </p>
      ) : (
        <MediaGrid
          items={page.items}
          action={(item) => (
            <Link className="media-card__title" href={paths.studio.mediaItem(item.id)}>
              {item.title}
            </Link>
          )}
        />
      )}
      <ListPager
        label="Image pages"
        next={page.next}
        previous={page.previous}
        href={(at) => paths.studio.media({ q, filter, ...at })}
        previousText="Newer images"
        nextText="Older images"
      />
    </>
  );
}
