// The renderer, its fonts and the PDF's styles. @react-pdf/renderer is published as an ES module
// only: it is loaded with import() (which Next's server, tsx and Jest all resolve), once per
// process, and handed to the components as `kit.R`.
import "server-only";
import path from "node:path";

export type ReactPdf = typeof import("@react-pdf/renderer");

/** A4 in points, and its margins: about 25 mm at the sides, room for the running head and foot. */
export const PAGE = { width: 595.28, height: 841.89, side: 70, top: 72, bottom: 72 } as const;

const SERIF = "Source Serif 4";
const SANS = "Source Sans 3";

const SUBSETS = ["latin", "latin-ext", "vietnamese"] as const;

/**
 * The fonts are files shipped by npm packages (Fontsource's builds of Adobe's Source Serif 4 and
 * Source Sans 3, SIL Open Font License), embedded as subsets: the reader's own page uses the
 * reader's system fonts, which are not ours to embed. Each family is registered once per subset
 * file ("latin", "latin-ext", "vietnamese"); a piece whose text needs more than "latin" names all
 * three, and a glyph missing from one (ł, Đ, ễ...) is taken from the next. Only then: a fallback
 * list made the bench's 3,000-word piece take three times as long to lay out.
 */
function registerFonts(R: ReactPdf) {
  const files = (pkg: string) => path.join(process.cwd(), "node_modules", "@fontsource", pkg, "files");
  for (const [family, pkg, weights] of [
    [SERIF, "source-serif-4", [400, 600, 700]],
    [SANS, "source-sans-3", [400, 600]],
  ] as const) {
    for (const subset of SUBSETS) {
      R.Font.register({
        family: `${family} ${subset}`,
        fonts: weights.flatMap((weight) =>
          (["normal", "italic"] as const).map((fontStyle) => ({
            src: path.join(files(pkg), `${pkg}-${subset}-${weight}-${fontStyle}.woff`),
            fontWeight: weight,
            fontStyle,
          })),
        ),
      });
    }
  }
}

/** The characters of Fontsource's "latin" subset (its unicode-range). */
const LATIN =
  /^[\u0000-\u00FF\u0131\u0152\u0153\u02BB\u02BC\u02C6\u02DA\u02DC\u0304\u0308\u0329\u2000-\u206F\u20AC\u2122\u2191\u2193\u2212\u2215\uFEFF\uFFFD]*$/;

/** A style's font family: the latin file alone, or the list of subsets (react-pdf reads an array as fallbacks). */
const familyFor = (fallback: boolean) => (name: string) =>
  (fallback ? SUBSETS.map((subset) => `${name} ${subset}`) : `${name} latin`) as string;

const INK = "#1a1a1a";
const MUTED = "#555555";
const ACCENT = "#1f4e79";
const RULE = "#bfbfbf";

function makeStyles(fallback: boolean) {
  const family = familyFor(fallback);
  return {
    page: {
      fontFamily: family(SERIF),
      fontSize: 10.5,
      lineHeight: 1.45,
      color: INK,
      paddingTop: PAGE.top,
      paddingBottom: PAGE.bottom,
      paddingHorizontal: PAGE.side,
    },
    runningHead: {
      position: "absolute" as const,
      top: 34,
      left: PAGE.side,
      right: PAGE.side,
      flexDirection: "row" as const,
      justifyContent: "space-between" as const,
      fontFamily: family(SANS),
      fontSize: 8,
      color: MUTED,
    },
    runningFoot: {
      position: "absolute" as const,
      // From the top: react-pdf 4.9 drew nothing for a fixed element placed by its bottom.
      top: PAGE.height - 46,
      left: PAGE.side,
      right: PAGE.side,
      fontFamily: family(SANS),
      fontSize: 8,
      color: MUTED,
    },
    masthead: {
      fontFamily: family(SANS),
      fontSize: 9,
      fontWeight: 600,
      color: ACCENT,
      letterSpacing: 0.6,
      textTransform: "uppercase" as const,
      borderBottomWidth: 1.5,
      borderBottomColor: ACCENT,
      paddingBottom: 6,
      marginBottom: 18,
    },
    kicker: { fontFamily: family(SANS), fontSize: 9, fontWeight: 600, color: MUTED, marginBottom: 6 },
    title: { fontSize: 24, fontWeight: 700, lineHeight: 1.18, marginBottom: 10 },
    standfirst: { fontSize: 13, fontStyle: "italic" as const, lineHeight: 1.4, color: "#333333", marginBottom: 14 },
    byline: { marginBottom: 2, fontSize: 10.5 },
    bylineName: { fontWeight: 700 },
    bylinePosition: { color: MUTED },
    meta: { fontFamily: family(SANS), fontSize: 9, color: MUTED, marginTop: 8 },
    metaLine: { marginBottom: 1 },
    headerRule: { borderBottomWidth: 0.75, borderBottomColor: RULE, marginTop: 12, marginBottom: 18 },
    paragraph: { marginBottom: 7, textAlign: "justify" as const },
    bold: { fontWeight: 700 },
    italic: { fontStyle: "italic" as const },
    link: { color: ACCENT, textDecoration: "none" as const },
    h2: { fontSize: 14, fontWeight: 700, lineHeight: 1.25, marginTop: 12, marginBottom: 6 },
    h3: { fontSize: 12, fontWeight: 700, lineHeight: 1.25, marginTop: 10, marginBottom: 5 },
    h4: { fontSize: 10.5, fontWeight: 700, fontStyle: "italic" as const, marginTop: 8, marginBottom: 4 },
    noteRef: { fontSize: 7, verticalAlign: "super" as const, color: ACCENT, textDecoration: "none" as const },
    list: { marginBottom: 7 },
    listItem: { flexDirection: "row" as const, marginBottom: 2 },
    listMarker: { width: 18, textAlign: "right" as const, paddingRight: 6 },
    listBody: { flex: 1 },
    listParagraph: { marginBottom: 1 },
    blockquote: { marginVertical: 4, marginLeft: 14, paddingLeft: 10, borderLeftWidth: 2, borderLeftColor: RULE, color: "#333333" },
    rule: { borderBottomWidth: 0.75, borderBottomColor: RULE, marginVertical: 10, marginHorizontal: 60 },
    figure: { marginVertical: 8, alignItems: "center" as const },
    figureCaption: { fontFamily: family(SANS), fontSize: 8.5, color: MUTED, marginTop: 4, alignSelf: "stretch" as const },
    figureCredit: { fontStyle: "italic" as const },
    tableBlock: { marginVertical: 8 },
    table: { borderTopWidth: 1, borderTopColor: INK, borderBottomWidth: 1, borderBottomColor: INK },
    tableCaption: { fontFamily: family(SANS), fontSize: 8.5, color: MUTED, marginBottom: 4 },
    cellParagraph: { marginBottom: 0 },
    tableRow: { flexDirection: "row" as const, borderBottomWidth: 0.5, borderBottomColor: RULE },
    tableHeadRow: { borderBottomWidth: 0.75, borderBottomColor: INK },
    tableCell: { paddingVertical: 3, paddingHorizontal: 4, fontFamily: family(SANS), fontSize: 9 },
    tableHeaderCell: { fontWeight: 600 },
    notes: { marginTop: 14, paddingTop: 6, borderTopWidth: 0.75, borderTopColor: RULE },
    sectionHeading: {
      fontFamily: family(SANS),
      fontSize: 10,
      fontWeight: 600,
      color: ACCENT,
      textTransform: "uppercase" as const,
      letterSpacing: 0.6,
      marginTop: 6,
      marginBottom: 6,
    },
    note: { flexDirection: "row" as const, marginBottom: 3, fontSize: 8.5, lineHeight: 1.35 },
    noteNumber: { width: 20, textAlign: "right" as const, paddingRight: 5, color: MUTED },
    noteBody: { flex: 1 },
    noteParagraph: { marginBottom: 2 },
    section: { marginTop: 16 },
    disclaimer: {
      marginTop: 16,
      padding: 8,
      paddingLeft: 10,
      borderLeftWidth: 2,
      borderLeftColor: ACCENT,
      backgroundColor: "#f3f5f8",
      fontSize: 9,
    },
    smallParagraph: { marginBottom: 4, fontSize: 9.5 },
    correction: { fontSize: 9.5, marginBottom: 3 },
    author: { marginBottom: 8 },
    authorName: { fontWeight: 700, fontSize: 10.5 },
    authorPosition: { fontFamily: family(SANS), fontSize: 9, color: MUTED, marginBottom: 2 },
    citation: { marginBottom: 5, fontSize: 9 },
    citationLabel: { fontFamily: family(SANS), fontSize: 8, fontWeight: 600, color: MUTED },
    readOnline: { marginTop: 16, paddingTop: 6, borderTopWidth: 0.75, borderTopColor: RULE, fontFamily: family(SANS), fontSize: 9 },
  };
}

export type PdfStyles = ReturnType<typeof makeStyles>;

export interface PdfKit {
  R: ReactPdf;
  styles: PdfStyles;
  /** Points between the margins. */
  columnWidth: number;
}

let loading: Promise<ReactPdf> | null = null;

/**
 * The renderer with the fonts registered (loaded on the first PDF this process makes), styled
 * for a document whose text is `text`.
 */
export async function pdfKit(text: string): Promise<PdfKit> {
  loading ??= import("@react-pdf/renderer").then((R) => {
    registerFonts(R);
    return R;
  });
  return { R: await loading, styles: makeStyles(!LATIN.test(text)), columnWidth: PAGE.width - 2 * PAGE.side };
}
