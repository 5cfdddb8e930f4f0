// The PDF of a piece, typeset for reading and printing on A4: a masthead with the site's name,
// the title, standfirst, byline with positions, date, series and number and DOI; the body with
// its numbered notes; the disclaimer, corrections, "About the writer", the citations and the
// address of the page. Running head (site, title) and foot (address, page n of N) from page 2.
import { numberFootnotes } from "../../content/footnotes";
import { formatSiteDate } from "../../platform/dates";
import { doiUrl, type PdfPiece } from "./model";
import { pdfKit, type PdfKit } from "./kit";
import { blocks, type RichTextContext } from "./rich-text";

/** A short form of the title for the running head. */
const shortTitle = (title: string) => (title.length > 70 ? `${title.slice(0, 68).trimEnd()}…` : title);

export function PieceDocument({ kit, piece }: { kit: PdfKit; piece: PdfPiece }) {
  const { Document, Page, View, Text, Link } = kit.R;
  const { styles } = kit;
  const context: RichTextContext = { kit, images: piece.images, notes: numberFootnotes(piece.body).byId };
  const prose: RichTextContext = { ...context, notes: new Map() };
  const published = formatSiteDate(new Date(piece.publishedAt), piece.site.timeZone);
  // A series' number pattern usually names the series already ("ISI Commentaries No. 2024/017").
  const number = piece.series?.number ?? null;
  const seriesLine = piece.series
    ? number?.includes(piece.series.name)
      ? number
      : [piece.series.name, number].filter(Boolean).join(" · ")
    : null;
  // The reader's page says "About the writers" for several; a label the site chose is kept as it is.
  const about = piece.authors.length > 1 && piece.labels.about === "About the writer" ? "About the writers" : piece.labels.about;
  const names = piece.authors.map((a) => a.name).join(", ");
  return (
    <Document
      title={piece.title}
      author={names || piece.site.organisation}
      subject={piece.standfirst}
      creator={piece.site.name}
      producer={piece.site.organisation}
      language="en"
    >
      <Page size="A4" style={styles.page} wrap>
        {/* The first page has the masthead instead. */}
        <View style={styles.runningHead} fixed>
          <Text render={({ pageNumber }) => (pageNumber > 1 ? piece.site.name : "")} />
          <Text render={({ pageNumber }) => (pageNumber > 1 ? shortTitle(piece.title) : "")} />
        </View>

        <Text style={styles.masthead}>
          {piece.site.name}
          {piece.site.organisation && piece.site.organisation !== piece.site.name ? ` · ${piece.site.organisation}` : ""}
        </Text>
        {piece.division ? <Text style={styles.kicker}>{piece.division}</Text> : null}
        <Text style={styles.title}>{piece.title}</Text>
        {piece.standfirst ? <Text style={styles.standfirst}>{piece.standfirst}</Text> : null}
        {piece.authors.map((author) => (
          <Text key={author.url} style={styles.byline}>
            <Text style={styles.bylineName}>{author.name}</Text>
            {author.position || author.affiliation ? (
              <Text style={styles.bylinePosition}>{`, ${[author.position, author.affiliation].filter(Boolean).join(", ")}`}</Text>
            ) : null}
          </Text>
        ))}
        <View style={styles.meta}>
          <Text style={styles.metaLine}>
            {published}
            {piece.corrections.length
              ? ` · Corrected ${formatSiteDate(new Date(piece.corrections[piece.corrections.length - 1].createdAt), piece.site.timeZone)}`
              : ""}
          </Text>
          {seriesLine ? <Text style={styles.metaLine}>{seriesLine}</Text> : null}
          {piece.doi ? (
            <Text style={styles.metaLine}>
              DOI:{" "}
              <Link src={doiUrl(piece.doi)} style={styles.link}>
                {doiUrl(piece.doi)}
              </Link>
            </Text>
          ) : null}
        </View>
        <View style={styles.headerRule} />

        {blocks(piece.body.content, context, { notesHeading: piece.labels.notes })}

        {piece.disclaimer ? (
          <View style={styles.disclaimer} wrap={false}>
            <Text style={styles.citationLabel}>{piece.labels.disclaimer}</Text>
            {blocks(piece.disclaimer.content, prose, { paragraph: styles.smallParagraph })}
          </View>
        ) : null}

        {piece.corrections.length ? (
          <View style={styles.section}>
            <Text style={styles.sectionHeading} minPresenceAhead={40}>
              Corrections
            </Text>
            {piece.corrections.map((correction, index) => (
              <Text key={index} style={styles.correction}>
                <Text style={styles.bold}>{formatSiteDate(new Date(correction.createdAt), piece.site.timeZone)}:</Text> {correction.body}
              </Text>
            ))}
          </View>
        ) : null}

        {piece.authors.length ? (
          <View style={styles.section}>
            {piece.authors.map((author, index) => (
              // The heading goes with the first author, never alone at the foot of a page.
              <View key={author.url} style={styles.author} wrap={false}>
                {index === 0 ? <Text style={styles.sectionHeading}>{about}</Text> : null}
                <Link src={author.url} style={[styles.authorName, styles.link, { color: "#1a1a1a" }]}>
                  {author.name}
                </Link>
                {author.position || author.affiliation ? (
                  <Text style={styles.authorPosition}>{[author.position, author.affiliation].filter(Boolean).join(", ")}</Text>
                ) : null}
                {blocks(author.bio.content, prose, { paragraph: styles.smallParagraph })}
              </View>
            ))}
          </View>
        ) : null}

        <View style={styles.section} wrap={false}>
          <Text style={styles.sectionHeading}>Cite this</Text>
          {piece.citations.map((citation) => (
            <View key={citation.label} style={styles.citation}>
              <Text style={styles.citationLabel}>{citation.label}</Text>
              <Text>{citation.text}</Text>
            </View>
          ))}
          <Text style={styles.readOnline}>
            Read online at{" "}
            <Link src={piece.url} style={styles.link}>
              {piece.url}
            </Link>
          </Text>
        </View>
        {/* Last, as react-pdf's own example has it: fixed and absolute from the bottom. */}
        <Text style={[styles.runningFoot, { textAlign: "left" }]} fixed>
          {piece.url.replace(/^https?:\/\//, "")}
        </Text>
        <Text
          style={[styles.runningFoot, { textAlign: "right" }]}
          fixed
          render={({ pageNumber, totalPages }) => `${pageNumber} of ${totalPages}`}
        />
      </Page>
    </Document>
  );
}

/** The PDF's bytes. */
export async function typesetPiece(piece: PdfPiece): Promise<Buffer> {
  const kit = await pdfKit(JSON.stringify({ ...piece, images: null }));
  return kit.R.renderToBuffer(<PieceDocument kit={kit} piece={piece} />);
}
