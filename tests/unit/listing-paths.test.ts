// The addresses of listing pages (lib/platform/paths.ts): a collection's later pages are paths,
// cached like its first; all commentaries keep the query string, filters first.
import { paths } from "@/lib/platform/paths";

const cursor = "1717408800000.ck9x";

test("a collection's first page is its own path, later ones are after/ or before/ a cursor in the path", () => {
  expect(paths.author("ana-lee")).toBe("/authors/ana-lee");
  expect(paths.author("ana-lee", {})).toBe("/authors/ana-lee");
  expect(paths.author("ana-lee", { after: cursor })).toBe(`/authors/ana-lee/after/${cursor}`);
  expect(paths.division("defence", { before: cursor })).toBe(`/divisions/defence/before/${cursor}`);
  expect(paths.series("notes", { after: cursor })).toBe(`/series/notes/after/${cursor}`);
  expect(paths.topic("arctic", { before: cursor })).toBe(`/topics/arctic/before/${cursor}`);
  // One cursor only, `after` first, as pageAtFrom reads them.
  expect(paths.topic("arctic", { after: cursor, before: "5.a" })).toBe(`/topics/arctic/after/${cursor}`);
});

test("all commentaries page by query string, keeping the filters", () => {
  expect(paths.commentaries()).toBe("/commentaries");
  expect(paths.commentaries({ division: "defence" }, { after: cursor })).toBe(`/commentaries?division=defence&after=${cursor}`);
  expect(paths.commentaries({ topic: "arctic" }, { before: cursor })).toBe(`/commentaries?topic=arctic&before=${cursor}`);
  expect(paths.commentaries({ division: "", topic: "arctic" }, {})).toBe("/commentaries?topic=arctic");
});
