import {
  decodeCursor,
  encodeCursor,
  keysetPage,
  keysetQuery,
  mergeReads,
  pageAtFrom,
  pageAtQuery,
  type Cursor,
  type ListOrder,
  type PageAt,
} from "@/lib/platform/keyset";

interface Row {
  id: string;
  at: Date;
}

// 23 rows, several sharing a timestamp, so the id tie-break matters.
const rows: Row[] = Array.from({ length: 23 }, (_, i) => ({
  id: `r${String(i).padStart(2, "0")}`,
  at: new Date(Date.UTC(2024, 0, 1 + Math.floor(i / 3))),
}));
const cursorOf = (row: Row): Cursor => ({ at: row.at, id: row.id });

/** What the database does with keysetQuery's parts, over the rows above. */
function read(at: PageAt, size: number, order: ListOrder = "desc") {
  const q = keysetQuery({ at: "at", id: "id" }, at, size, order);
  const matches = (row: Row) => {
    if (!("OR" in q.where)) return true;
    // The bound that lets the database start at the cursor must keep every row the OR keeps.
    const bound = q.where.at as { lte?: Date; gte?: Date };
    if (bound.lte ? row.at > bound.lte : row.at < bound.gte!) return false;
    return q.where.OR.some((clause) => {
      const bound = clause.at;
      const sameTime = bound instanceof Date;
      if (sameTime) {
        const id = clause.id as { lt?: string; gt?: string };
        return row.at.getTime() === bound.getTime() && (id.lt !== undefined ? row.id < id.lt : row.id > (id.gt ?? ""));
      }
      const range = bound as { lt?: Date; gt?: Date };
      return range.lt ? row.at < range.lt : row.at > range.gt!;
    });
  };
  const ascending = "at" in q.orderBy[0] && q.orderBy[0].at === "asc";
  const sorted = rows.filter(matches).sort((a, b) => (a.at.getTime() - b.at.getTime() || a.id.localeCompare(b.id)) * (ascending ? 1 : -1));
  return keysetPage(sorted.slice(0, q.take), at, size, cursorOf);
}

const oldestFirst = [...rows].sort((a, b) => a.at.getTime() - b.at.getTime() || a.id.localeCompare(b.id)).map((r) => r.id);
const newestFirst = [...rows].sort((a, b) => b.at.getTime() - a.at.getTime() || b.id.localeCompare(a.id)).map((r) => r.id);

describe("keyset paging", () => {
  it.each([
    ["desc", newestFirst],
    ["asc", oldestFirst],
  ] as const)(
    "walks every row once in %s order following the next links, and back again following the previous links",
    (order, expected) => {
      const pages: string[][] = [];
      let at: PageAt = null;
      for (;;) {
        const page = read(at, 5, order);
        pages.push(page.items.map((r) => r.id));
        if (!page.next) break;
        at = { after: page.next };
      }
      expect(pages.flat()).toEqual(expected);
      expect(pages.map((p) => p.length)).toEqual([5, 5, 5, 5, 3]);

      const back: string[][] = [];
      let last = read(at, 5, order);
      while (last.previous) {
        last = read({ before: last.previous }, 5, order);
        back.unshift(last.items.map((r) => r.id));
      }
      expect(back).toEqual(pages.slice(0, -1));
    },
  );

  it("bounds the timestamp alone as well, on the cursor's side, so an index scan starts at the cursor", () => {
    const cursor = cursorOf(rows[7]);
    expect(keysetQuery({ at: "at", id: "id" }, { after: cursor }, 5).where).toMatchObject({ at: { lte: cursor.at } });
    expect(keysetQuery({ at: "at", id: "id" }, { before: cursor }, 5).where).toMatchObject({ at: { gte: cursor.at } });
    expect(keysetQuery({ at: "at", id: "id" }, { after: cursor }, 5, "asc").where).toMatchObject({ at: { gte: cursor.at } });
  });

  it("says the first page has no previous page and the last no next one", () => {
    const first = read(null, 5);
    expect(first.previous).toBeNull();
    expect(first.next).not.toBeNull();
    const all = read(null, 100);
    expect(all.items).toHaveLength(23);
    expect(all.next).toBeNull();
  });

  it("writes a cursor into an address and reads it back, and treats anything else as the first page", () => {
    const cursor = { at: new Date("2024-06-03T10:00:00.000Z"), id: "bench-12" };
    expect(encodeCursor(cursor)).toBe("1717408800000.bench-12");
    expect(decodeCursor(encodeCursor(cursor))).toEqual(cursor);
    for (const bad of ["", "abc", ".x", "12.", "12.a b", "1e9.x", `12.${"x".repeat(65)}`, "99999999999999999.x", 12, undefined]) {
      expect(decodeCursor(bad)).toBeNull();
    }
    expect(pageAtFrom({ after: "nonsense", before: "5.a" })).toEqual({ before: { at: new Date(5), id: "a" } });
    expect(pageAtFrom({})).toBeNull();
    expect(pageAtQuery({ after: cursor })).toEqual({ after: "1717408800000.bench-12" });
    expect(pageAtQuery(null)).toEqual({});
  });
});

describe("mergeReads", () => {
  const at = (minute: number) => new Date(Date.UTC(2024, 0, 1, 0, minute));
  const row = (id: string, minute: number) => ({ id, at: at(minute) });
  const cursor = (r: { id: string; at: Date }): Cursor => r;

  it("merges overlapping reads in the read's order, each row once, at most `take`", () => {
    const created = [row("c", 9), row("b", 5), row("a", 5)];
    const authored = [row("d", 7), row("b", 5), row("e", 1)];
    expect(mergeReads([created, authored], cursor, "desc", 4).map((r) => r.id)).toEqual(["c", "d", "b", "a"]);
    expect(mergeReads([[...created].reverse(), [...authored].reverse()], cursor, "asc", 10).map((r) => r.id)).toEqual([
      "e",
      "a",
      "b",
      "d",
      "c",
    ]);
    expect(mergeReads([], cursor, "desc", 3)).toEqual([]);
  });
});
