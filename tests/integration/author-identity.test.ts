// An author's ORCID iD and links: checked on the author form, kept bare, and shown to readers
// and machines (the author's page, the piece's authors, JSON-LD sameAs, citation files).
import { createAuthor, getAuthor, updateAuthor } from "@/lib/admin/authors";
import { db } from "@/lib/platform/db";
import { ValidationError } from "@/lib/platform/errors";
import { toBibtex, toRis } from "@/lib/reader/citations";
import { loadPieceFacts } from "@/lib/reader/piece-facts";
import { getLivePublication, getPublicAuthor } from "@/lib/reader/publications";
import { articleJsonLd, authorJsonLd } from "@/lib/reader/seo";
import { actorFor } from "../helpers/actors";
import { makeUser } from "../helpers/db";
import { publishPiece } from "../helpers/pieces";

const BASE = "https://think.example";
let editor: Awaited<ReturnType<typeof makeUser>>;
let actor: Awaited<ReturnType<typeof actorFor>>;

beforeAll(async () => {
  await db.siteSettings.create({
    data: { id: 1, siteName: "Think Example", organisation: "Think Example Institute", baseUrl: BASE, timeZone: "UTC" },
  });
  editor = await makeUser("editor");
  actor = await actorFor(editor);
});

/** The ValidationError a promise rejects with. */
async function refusal(promise: Promise<unknown>): Promise<ValidationError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ValidationError);
  return error as ValidationError;
}

test("an ORCID iD is accepted bare or as its orcid.org address and stored bare", async () => {
  const typed = {
    "https://orcid.org/0000-0002-1825-0097": "0000-0002-1825-0097",
    "0000-0002-1694-233x": "0000-0002-1694-233X",
    "0000000151093700": "0000-0001-5109-3700",
    " orcid.org/0000-0003-1415-9269/ ": "0000-0003-1415-9269",
    "": "",
  };
  for (const [input, stored] of Object.entries(typed)) {
    const author = await createAuthor(actor, { displayName: `Orcid ${stored || "none"} ${Math.random()}`, orcid: input });
    expect((await db.authorProfile.findUniqueOrThrow({ where: { id: author.id } })).orcid).toBe(stored);
  }
});

test("a mistyped ORCID iD is refused with what is wrong, against the orcid field, and nothing is saved", async () => {
  const checksum = await refusal(createAuthor(actor, { displayName: "Checksum Wrong", orcid: "0000-0002-1825-0098" }));
  expect(checksum.message).toBe(
    "The ORCID iD 0000-0002-1825-0098 is not valid: its last character is a check digit that does not match the others. Check it for a mistyped digit.",
  );
  expect(checksum.fieldErrors).toEqual({ orcid: [checksum.message] });
  const shape = await refusal(createAuthor(actor, { displayName: "Shape Wrong", orcid: "https://orcid.org/0000-0002-1825" }));
  expect(shape.message).toContain("is not an ORCID iD: an iD is 16 digits in four groups, like 0000-0002-1825-0097");
  expect(await db.authorProfile.count({ where: { displayName: { in: ["Checksum Wrong", "Shape Wrong"] } } })).toBe(0);
});

test("links: http(s) addresses with labels, empty rows dropped, at most six, each problem named", async () => {
  const author = await createAuthor(actor, {
    displayName: "Linked Author",
    linkLabel: ["University page", "", "Google Scholar"],
    linkUrl: ["https://uni.example/people/linked", "", "https://scholar.google.com/citations?user=abc"],
  });
  expect((await db.authorProfile.findUniqueOrThrow({ where: { id: author.id } })).links).toEqual([
    { label: "University page", url: "https://uni.example/people/linked" },
    { label: "Google Scholar", url: "https://scholar.google.com/citations?user=abc" },
  ]);

  const script = await refusal(
    updateAuthor(actor, author.id, { displayName: "Linked Author", linkLabel: "Bad", linkUrl: "javascript:alert(1)" }),
  );
  expect(script.message).toContain('"javascript:alert(1)" is not a web address');
  expect(script.fieldErrors).toHaveProperty("linkUrl");
  const unlabelled = await refusal(
    updateAuthor(actor, author.id, { displayName: "Linked Author", linkLabel: "", linkUrl: "https://x.example/" }),
  );
  expect(unlabelled.message).toContain("needs a label readers see");
  const noAddress = await refusal(updateAuthor(actor, author.id, { displayName: "Linked Author", linkLabel: "Blog", linkUrl: "" }));
  expect(noAddress.message).toBe('The link "Blog" has no address: add its https:// address or clear its label.');
  const seven = Array.from({ length: 7 }, (_, i) => i);
  const tooMany = await refusal(
    updateAuthor(actor, author.id, {
      displayName: "Linked Author",
      linkLabel: seven.map((i) => `Page ${i}`),
      linkUrl: seven.map((i) => `https://p${i}.example/`),
    }),
  );
  expect(tooMany.message).toBe("An author has at most 6 links; remove 1.");
  // Every refusal left the saved links as they were.
  expect((await getAuthor(actor, author.id)).links).toHaveLength(2);
});

test("an edit that leaves out the ORCID iD and links keeps them; changes are audited", async () => {
  const author = await createAuthor(actor, {
    displayName: "Kept Identity",
    orcid: "0000-0002-1825-0097",
    linkLabel: ["Blog"],
    linkUrl: ["https://blog.example/"],
  });
  await updateAuthor(actor, author.id, { displayName: "Kept Identity", position: "Fellow" });
  expect(await db.authorProfile.findUniqueOrThrow({ where: { id: author.id } })).toMatchObject({
    orcid: "0000-0002-1825-0097",
    links: [{ label: "Blog", url: "https://blog.example/" }],
  });
  await updateAuthor(actor, author.id, {
    displayName: "Kept Identity",
    position: "Fellow",
    orcid: "0000-0001-5109-3700",
    linkLabel: [""],
    linkUrl: [""],
  });
  const saved = await db.authorProfile.findUniqueOrThrow({ where: { id: author.id } });
  expect(saved).toMatchObject({ orcid: "0000-0001-5109-3700", links: [] });
  const last = await db.auditEvent.findFirstOrThrow({ where: { subject: `author:${author.id}` }, orderBy: { createdAt: "desc" } });
  expect(last.details).toEqual({ orcid: { from: "0000-0002-1825-0097", to: "0000-0001-5109-3700" }, links: "changed" });
});

describe("readers and machines", () => {
  let slug: string;
  let authorSlug: string;
  beforeAll(async () => {
    const author = await createAuthor(actor, {
      displayName: "Josiah Carberry",
      position: "Professor of Psychoceramics",
      orcid: "https://orcid.org/0000-0002-1825-0097",
      linkLabel: ["University page"],
      linkUrl: ["https://brown.example/carberry"],
    });
    authorSlug = author.slug;
    const plain = await createAuthor(actor, { displayName: "Plain Writer" });
    slug = (await publishPiece(editor, { title: "Cracked pots", authorIds: [author.id, plain.id] })).slug;
  });

  test("the author's public profile and the piece's authors carry the iD, its address and the links", async () => {
    const profile = (await getPublicAuthor(authorSlug))!;
    expect(profile).toMatchObject({
      orcid: "0000-0002-1825-0097",
      orcidUrl: "https://orcid.org/0000-0002-1825-0097",
      links: [{ label: "University page", url: "https://brown.example/carberry" }],
    });
    const piece = (await getLivePublication(slug))!;
    expect(piece.authors.map((a) => [a.displayName, a.orcidUrl, a.links.length])).toEqual([
      ["Josiah Carberry", "https://orcid.org/0000-0002-1825-0097", 1],
      ["Plain Writer", null, 0],
    ]);
  });

  test("a link stored by other means that is not http(s) is never handed to a page", async () => {
    const author = await db.authorProfile.findUniqueOrThrow({ where: { slug: authorSlug } });
    await db.authorProfile.update({
      where: { id: author.id },
      data: { links: [{ label: "Evil", url: "javascript:alert(1)" }, { label: "Fine", url: "https://fine.example/" }, "junk"] },
    });
    expect((await getPublicAuthor(authorSlug))!.links).toEqual([{ label: "Fine", url: "https://fine.example/" }]);
    await db.authorProfile.update({ where: { id: author.id }, data: { links: author.links ?? [] } });
  });

  test("JSON-LD: Person.sameAs lists the ORCID record then the links, on the piece and on the author's page", async () => {
    const facts = (await loadPieceFacts(slug))!;
    const people = articleJsonLd(facts).author;
    expect(people[0].sameAs).toEqual(["https://orcid.org/0000-0002-1825-0097", "https://brown.example/carberry"]);
    expect(people[1]).not.toHaveProperty("sameAs", expect.anything());
    const page = authorJsonLd((await getPublicAuthor(authorSlug))!, BASE);
    expect(page.mainEntity.sameAs).toEqual(["https://orcid.org/0000-0002-1825-0097", "https://brown.example/carberry"]);
  });

  test("the citation files name the iD: BibTeX's orcid-numbers, an RIS note; the names stay names", async () => {
    const facts = (await loadPieceFacts(slug))!;
    const bib = toBibtex(facts);
    expect(bib).toContain("author = {Carberry, Josiah and Writer, Plain},");
    expect(bib).toContain("orcid-numbers = {Carberry, Josiah/0000-0002-1825-0097}");
    const ris = toRis(facts);
    expect(ris).toContain("AU  - Carberry, Josiah\r\nAU  - Writer, Plain\r\n");
    expect(ris).toContain("N1  - ORCID iDs: Carberry, Josiah https://orcid.org/0000-0002-1825-0097\r\n");
  });
});
