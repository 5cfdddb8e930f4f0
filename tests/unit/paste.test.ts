// Paste from Word and Google Docs: what a writer sees survive (headings, lists, links, bold,
// italic, tables with their header row, images once uploaded) and what must go (styles,
// classes, fonts, comments, images left on the writer's computer).
import { JSDOM } from "jsdom";
import type { JSONContent } from "@tiptap/core";
import { DOMParser as SchemaParser } from "@tiptap/pm/model";
import { cleanPaste, cleanPastedHtml, pastedImages } from "@/lib/content/paste";
import { hasPastedFootnotes } from "@/lib/content/paste-notes";
import { schemaFor, validateRichText } from "@/lib/content/validate";

// The clean-up runs in the browser; jsdom lends it a DOMParser here.
globalThis.DOMParser = new JSDOM().window.DOMParser;

/** What the editor makes of cleaned HTML (the body schema's own parse rules), as the server would store it. */
/**
 * The body the editor makes of a cleaned paste: its HTML parsed by the body's schema, and, as the
 * footnotes extension does, a note under Notes for each reference (empty unless given).
 */
function parsed(html: string, notes: { id: string; html: string }[] = []): JSONContent {
  const ids = [...html.matchAll(/class="footnote-ref" data-id="([^"]+)"/g)].map((m) => m[1]);
  const list = ids.length
    ? `<ol class="footnotes">${ids.map((id, i) => `<li data-id="${id}" id="fn:${i + 1}">${notes.find((n) => n.id === id)?.html ?? "<p></p>"}</li>`).join("")}</ol>`
    : "";
  const body = new JSDOM(`<body>${html}${list}</body>`).window.document.body;
  return validateRichText("body", SchemaParser.fromSchema(schemaFor("body")).parse(body).toJSON());
}
const tablesOf = (doc: JSONContent) => (doc.content ?? []).filter((node) => node.type === "table");
/** A table node's rows as [cell type, text] pairs. */
const gridOf = (table: JSONContent) =>
  (table.content ?? []).map((row) =>
    (row.content ?? []).map((cell) => [
      cell.type,
      (cell.content ?? []).map((p) => (p.content ?? []).map((t) => t.text).join("")).join("/"),
    ]),
  );

const googleDocs = `<meta charset="utf-8"><b style="font-weight:normal;" id="docs-internal-guid-5d1c2f3e-7fff-a1b2-c3d4-1234567890ab"><h1 dir="ltr" style="line-height:1.38;margin-top:20pt;margin-bottom:6pt;"><span style="font-size:20pt;font-family:Arial,sans-serif;color:#000000;background-color:transparent;font-weight:400;font-style:normal;font-variant:normal;text-decoration:none;vertical-align:baseline;white-space:pre;white-space:pre-wrap;">Ports and power</span></h1><p dir="ltr" style="line-height:1.38;margin-top:0pt;margin-bottom:0pt;"><span style="font-size:11pt;font-family:Arial,sans-serif;color:#000000;background-color:transparent;font-weight:400;font-style:normal;">The strait carries </span><span style="font-size:11pt;font-family:Arial,sans-serif;color:#000000;background-color:transparent;font-weight:700;font-style:normal;">a third</span><span style="font-size:11pt;font-family:Arial,sans-serif;font-weight:400;font-style:italic;"> of world trade</span><span style="font-size:11pt;font-family:Arial,sans-serif;font-weight:400;">, says </span><a href="https://example.org/report" style="text-decoration:none;"><span style="font-size:11pt;font-family:Arial,sans-serif;color:#1155cc;font-weight:400;text-decoration:underline;-webkit-text-decoration-skip:none;">the report</span></a><span style="font-size:11pt;font-family:Arial,sans-serif;font-weight:400;">.</span></p><h3 dir="ltr" style="line-height:1.38;"><span style="font-size:13.999999999999998pt;font-family:Arial,sans-serif;color:#434343;font-weight:400;">Three risks</span></h3><ul style="margin-top:0;margin-bottom:0;padding-inline-start:48px;"><li dir="ltr" style="list-style-type:disc;font-size:11pt;font-family:Arial,sans-serif;" aria-level="1"><p dir="ltr" style="line-height:1.38;margin-top:0pt;margin-bottom:0pt;" role="presentation"><span style="font-size:11pt;font-family:Arial,sans-serif;font-weight:400;">Piracy</span></p></li><li dir="ltr" style="list-style-type:disc;font-size:11pt;" aria-level="1"><p dir="ltr" style="line-height:1.38;" role="presentation"><span style="font-size:11pt;font-weight:400;">Blockade</span></p></li></ul><ol style="margin-top:0;margin-bottom:0;"><li dir="ltr" style="list-style-type:decimal;" aria-level="1"><p dir="ltr" role="presentation"><span style="font-weight:400;">First step</span></p></li></ol><p dir="ltr"><span style="font-size:11pt;font-weight:400;"><span style="border:none;display:inline-block;overflow:hidden;width:602px;height:339px;"><img src="https://lh7-us.googleusercontent.com/docsz/AD_4nXf" width="602" height="339" style="margin-left:0px;margin-top:0px;"></span></span></p><div dir="ltr" style="margin-left:0pt;" align="left"><table style="border:none;border-collapse:collapse;"><colgroup><col width="301"><col width="301"></colgroup><tbody><tr style="height:0pt"><td style="border-left:solid #000000 1pt;vertical-align:top;padding:5pt 5pt 5pt 5pt;overflow:hidden;overflow-wrap:break-word;"><p dir="ltr" style="line-height:1.2;"><span style="font-size:11pt;font-weight:400;">Cell one</span></p></td><td style="vertical-align:top;"><p dir="ltr"><span style="font-size:11pt;font-weight:700;">Cell two</span></p></td></tr></tbody></table></div></b><br class="Apple-interchange-newline">`;

const word = `<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">
<head><meta http-equiv=Content-Type content="text/html; charset=utf-8"><meta name=Generator content="Microsoft Word 15">
<style><!-- /* Font Definitions */ @font-face {font-family:"Cambria Math";} p.MsoNormal {margin:0cm;font-size:12.0pt;font-family:"Calibri",sans-serif;} --></style>
<!--[if gte mso 9]><xml><o:OfficeDocumentSettings><o:AllowPNG/></o:OfficeDocumentSettings></xml><![endif]-->
</head>
<body lang=EN-GB style='tab-interval:36.0pt;word-wrap:break-word'>
<!--StartFragment-->
<h2><span lang=EN-US style='mso-ansi-language:EN-US'>Why the strait matters<o:p></o:p></span></h2>
<p class=MsoNormal><span style='font-family:"Times New Roman",serif'>Shipping is <b><span style='mso-bidi-font-weight:normal'>cheap</span></b> and <i>fragile</i>, as <a href="mailto:desk@example.org">the desk</a> notes<a style='mso-footnote-id:ftn1' href="#_ftn1" name="_ftnref1" title=""><span class=MsoFootnoteReference>[1]</span></a>.<o:p></o:p></span></p>
<p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='font-family:Symbol;mso-fareast-font-family:Symbol;mso-bidi-font-family:Symbol'><span style='mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span><![endif]>Insurance costs<o:p></o:p></p>
<p class=MsoListParagraphCxSpMiddle style='margin-left:72.0pt;mso-add-space:auto;text-indent:-18.0pt;mso-list:l0 level2 lfo1'><![if !supportLists]><span style='font-family:"Courier New"'><span style='mso-list:Ignore'>o<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span></span><![endif]>War-risk premiums<o:p></o:p></p>
<p class=MsoListParagraphCxSpLast style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='font-family:Symbol'><span style='mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span></span><![endif]>Rerouting<o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l1 level1 lfo2'><!--[if !supportLists]--><span style='mso-list:Ignore'>1.<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span><!--[endif]-->Name the risk<o:p></o:p></p>
<p class=MsoListParagraphCxSpLast style='text-indent:-18.0pt;mso-list:l1 level1 lfo2'><!--[if !supportLists]--><span style='mso-list:Ignore'>2.<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span><!--[endif]-->Price it<o:p></o:p></p>
<p class=MsoNormal><span style='mso-no-proof:yes'><!--[if gte vml 1]><v:shape id="Picture_x0020_1" type="#_x0000_t75" style='width:200pt;height:100pt'><v:imagedata src="file:///C:/Users/x/AppData/Local/Temp/msohtmlclip1/01/clip_image001.png" o:title=""/></v:shape><![endif]--><![if !vml]><img width=267 height=133 src="file:///C:/Users/x/clip_image002.png" v:shapes="Picture_x0020_1"><![endif]></span>Caption text<o:p></o:p></p>
<p class=MsoNormal><a href="javascript:alert(1)">a trap</a> and <span style='font-weight:bold'>styled bold</span></p>
<div align=center>
<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0
 style='border-collapse:collapse;border:none;mso-border-alt:solid windowtext .5pt;
 mso-yfti-tbllook:1184;mso-padding-alt:0cm 5.4pt 0cm 5.4pt'>
 <tr style='mso-yfti-irow:-1;mso-yfti-firstrow:yes;mso-yfti-lastfirstrow:yes'>
  <td width=301 valign=top style='width:225.4pt;border:solid windowtext 1.0pt;
  mso-border-alt:solid windowtext .5pt;padding:0cm 5.4pt 0cm 5.4pt'>
  <p class=MsoNormal><b>Route<o:p></o:p></b></p>
  </td>
  <td width=301 valign=top style='width:225.4pt;border:solid windowtext 1.0pt;
  border-left:none;padding:0cm 5.4pt 0cm 5.4pt'>
  <p class=MsoNormal><b>Share of trade<o:p></o:p></b></p>
  </td>
 </tr>
 <tr style='mso-yfti-irow:0'>
  <td width=301 valign=top style='width:225.4pt;border:solid windowtext 1.0pt;border-top:none'>
  <p class=MsoNormal>Malacca<o:p></o:p></p>
  </td>
  <td width=301 valign=top style='width:225.4pt;border-top:none;border-left:none'>
  <p class=MsoNormal>30%<o:p></o:p></p>
  </td>
 </tr>
 <tr style='mso-yfti-irow:1;mso-yfti-lastrow:yes'>
  <td width=602 colspan=2 valign=top style='width:450.8pt;border:solid windowtext 1.0pt;border-top:none'>
  <p class=MsoNormal><i>Source: UNCTAD<o:p></o:p></i></p>
  </td>
 </tr>
</table>
</div>
<p class=MsoCaption>Table 1: Trade through straits</p>
<!--EndFragment-->
</body></html>`;

describe("paste from Google Docs", () => {
  const html = cleanPastedHtml(googleDocs);

  test("drops the bold wrapper, styles, ids, dir, column widths and the image", () => {
    expect(html).not.toMatch(/style=|class=|id=|dir=|width=|<img|<span|<b[ >]|<meta|<colgroup/);
  });

  test("keeps headings (h1 becomes h2), bold, italic and links", () => {
    expect(html).toContain("<h2>Ports and power</h2>");
    expect(html).toContain("<h3>Three risks</h3>");
    expect(html).toContain(
      '<p>The strait carries <strong>a third</strong><em> of world trade</em>, says <a href="https://example.org/report">the report</a>.</p>',
    );
  });

  test("keeps bullet and numbered lists", () => {
    expect(html).toContain("<ul><li><p>Piracy</p></li><li><p>Blockade</p></li></ul><ol><li><p>First step</p></li></ol>");
  });

  test("keeps the table as a table (Docs marks no header row, so it has none)", () => {
    const [table] = tablesOf(parsed(html));
    expect(gridOf(table)).toEqual([
      [
        ["tableCell", "Cell one"],
        ["tableCell", "Cell two"],
      ],
    ]);
    expect(table.content?.[0].content?.[1].content?.[0].content?.[0].marks).toEqual([{ type: "bold" }]);
  });

  test("cannot reach its image on the web (the studio fetches nothing from elsewhere), and counts it", () => {
    expect(pastedImages(googleDocs)).toEqual({ sources: [null], unreachable: 1 });
  });
});

describe("paste from Word", () => {
  const html = cleanPastedHtml(word);

  test("drops styles, classes, fonts, Office elements, conditional comments and images", () => {
    const withoutReferences = html.replace(/<sup><a class="footnote-ref" data-id="[^"]+">\d+<\/a><\/sup>/g, "");
    expect(withoutReferences).not.toMatch(/style=|class=|lang=|<span|<o:p|<v:|<img|<!--|mso-|Font Definitions|@font-face|clip_image/);
  });

  test("keeps headings, bold, italic and safe links; Word's footnote anchor becomes a footnote reference; unsafe links unwrapped", () => {
    expect(html).toContain("<h2>Why the strait matters</h2>");
    expect(html).toMatch(
      /Shipping is <strong>cheap<\/strong> and <em>fragile<\/em>, as <a href="mailto:desk@example.org">the desk<\/a> notes<sup><a class="footnote-ref" data-id="[0-9a-f-]{36}">1<\/a><\/sup>\./,
    );
    expect(html).toMatch(/<p>a trap and <strong>styled bold<\/strong><\/p>/);
    expect(html).not.toContain("javascript:");
  });

  test("turns list paragraphs into nested bullet lists and numbered lists, without the typed markers", () => {
    const squash = html.replace(/\s+/g, " ").replace(/> </g, "><");
    expect(squash).toContain("<ul><li><p>Insurance costs</p><ul><li><p>War-risk premiums</p></li></ul></li><li><p>Rerouting</p></li></ul>");
    expect(squash).toContain("<ol><li><p>Name the risk</p></li><li><p>Price it</p></li></ol>");
    expect(squash).not.toContain("·");
  });

  test("keeps the table with its header row (Word's repeated header row) and a cell spanning both columns", () => {
    const [table] = tablesOf(parsed(html));
    expect(gridOf(table)).toEqual([
      [
        ["tableHeader", "Route"],
        ["tableHeader", "Share of trade"],
      ],
      [
        ["tableCell", "Malacca"],
        ["tableCell", "30%"],
      ],
      [["tableCell", "Source: UNCTAD"]],
    ]);
    expect(table.content?.[2].content?.[0].attrs).toEqual({ colspan: 2, rowspan: 1, colwidth: null });
  });

  test("cannot reach the image Word left on the writer's computer, and says so by counting it", () => {
    expect(pastedImages(word)).toEqual({ sources: [null], unreachable: 1 });
  });

  test("drops the empty paragraphs Word uses as spacing", () => {
    expect(html).not.toMatch(/<p>[\s\u00a0]*<\/p>/);
  });
});

describe("tables and figures from elsewhere", () => {
  test("an HTML table keeps its caption and its head's header row; a table inside a cell becomes paragraphs", () => {
    const html = cleanPastedHtml(
      `<table style="width:900px"><caption> Spending <b>by</b> country </caption><thead><tr><th>Country</th><th>2024</th></tr></thead>` +
        `<tbody><tr><td>Japan</td><td><table><tr><td>1.4%</td><td>est.</td></tr></table></td></tr></tbody></table>`,
    );
    const [table] = tablesOf(parsed(html));
    expect(table.attrs).toEqual({ caption: "Spending by country" });
    expect(gridOf(table)).toEqual([
      [
        ["tableHeader", "Country"],
        ["tableHeader", "2024"],
      ],
      [
        ["tableCell", "Japan"],
        ["tableCell", "1.4%/est."],
      ],
    ]);
  });

  test("a row of header cells in the body of a table (not the first row) is not a header row", () => {
    const [table] = tablesOf(parsed(cleanPastedHtml("<table><tr><td>a</td></tr><tr><th>b</th></tr></table>")));
    expect(gridOf(table)).toEqual([[["tableCell", "a"]], [["tableCell", "b"]]]);
  });

  test("an image inside a table cell cannot become a figure there: it is counted as not copied", () => {
    expect(pastedImages('<table><tr><td><img src="data:image/png;base64,iVBORw0KGgo="></td></tr></table>')).toEqual({
      sources: [null],
      unreachable: 1,
    });
  });

  test("a figure cut from the body comes back with its image, alt text, caption, credit and link", () => {
    const own =
      '<figure data-media-id="cm5chart000000000000001" data-caption="Spending" data-credit="SIPRI" data-href="https://sipri.org" class="figure">' +
      '<img src="/media/cm5chart000000000000001/current/w640.webp" alt="A chart"><figcaption>Spending — SIPRI</figcaption></figure>';
    expect(parsed(cleanPastedHtml(own)).content?.[0]).toEqual({
      type: "figure",
      attrs: { mediaId: "cm5chart000000000000001", alt: "A chart", caption: "Spending", credit: "SIPRI", href: "https://sipri.org" },
    });
  });
});

describe("images carried in the paste", () => {
  const png = "data:image/png;base64,iVBORw0KGgo=";
  const html = `<p>Before <b><span><img src="${png}"></span></b> after</p><p><img src="file:///C:/clip.png"><img src="${png}"></p>`;

  test("are offered for upload in their order, the unreachable ones counted", () => {
    expect(pastedImages(html)).toEqual({ sources: [png, null, png], unreachable: 1 });
  });

  test("come back as figures in their place once uploaded, standing on their own between the paragraphs", () => {
    const figure = (mediaId: string) => ({ mediaId, alt: "", caption: "", credit: "" });
    const doc = parsed(
      cleanPastedHtml(
        html,
        new Map([
          [0, figure("cm5upload000000000000001")],
          [2, figure("cm5upload000000000000002")],
        ]),
      ),
    );
    expect(doc.content?.map((node) => (node.type === "figure" ? node.attrs?.mediaId : node.content?.[0].text))).toEqual([
      "Before",
      "cm5upload000000000000001",
      "after",
      "cm5upload000000000000002",
    ]);
    expect(doc.content?.[1].attrs).toEqual({ mediaId: "cm5upload000000000000001", alt: "", caption: "", credit: "", href: null });
  });
});

describe("control characters in a paste", () => {
  test("are dropped from text and links, so the server never has to refuse what the writer cannot see", () => {
    // Word's plain-text flavour uses a vertical tab for a line break and a form feed for a page break.
    const html = cleanPastedHtml(
      '<p>Line\u000Bbreak\u000C and a bell\u0007</p><p><a href="https://example.org/\u0001a">link\u001F</a></p>',
    );
    expect(html).toBe('<p>Linebreak and a bell</p><p><a href="https://example.org/a">link</a></p>');
  });
});

const textOf = (node: JSONContent): string => (node.text ?? "") + (node.content ?? []).map(textOf).join("");
const notesOf = (doc: JSONContent) => (doc.content?.find((n) => n.type === "footnotes")?.content ?? []).map(textOf);

describe("footnotes in a paste", () => {
  // Word's clipboard (Word 16 on Windows): two footnotes and an endnote, the notes after the text.
  const wordWithNotes = `<html xmlns:o="urn:schemas-microsoft-com:office:office"><body lang=EN-GB>
<!--StartFragment-->
<p class=MsoNormal>Freight rates doubled<a style='mso-footnote-id:ftn1' href="#_ftn1" name="_ftnref1" title=""><span class=MsoFootnoteReference><span style='mso-special-character:footnote'><![if !supportFootnotes]><span class=MsoFootnoteReference><span style='font-size:12.0pt'>[1]</span></span><![endif]></span></span></a> and insurers withdrew<a style='mso-footnote-id:ftn2' href="#_ftn2" name="_ftnref2" title=""><span class=MsoFootnoteReference>[2]</span></a>.<o:p></o:p></p>
<p class=MsoNormal>Ports adapted<a style='mso-endnote-id:edn1' href="#_edn1" name="_ednref1" title=""><span class=MsoEndnoteReference>[i]</span></a>.<o:p></o:p></p>
<!--EndFragment-->
<div style='mso-element:footnote-list'><![if !supportFootnotes]><br clear=all><hr align=left size=1 width="33%"><![endif]>
<div style='mso-element:footnote' id=ftn1>
<p class=MsoFootnoteText><a style='mso-footnote-id:ftn1' href="#_ftnref1" name="_ftn1" title=""><span class=MsoFootnoteReference>[1]</span></a> Drewry, <i>World Container Index</i>, 2024, <a href="https://example.org/wci">online</a>.<o:p></o:p></p>
</div>
<div style='mso-element:footnote' id=ftn2>
<p class=MsoFootnoteText><a style='mso-footnote-id:ftn2' href="#_ftnref2" name="_ftn2" title=""><span class=MsoFootnoteReference>[2]</span></a> Lloyd's List, 12 March 2024.<o:p></o:p></p>
</div>
</div>
<div style='mso-element:endnote-list'><![if !supportEndnotes]><br clear=all><hr align=left size=1 width="33%"><![endif]>
<div style='mso-element:endnote' id=edn1>
<p class=MsoEndnoteText><a style='mso-endnote-id:edn1' href="#_ednref1" name="_edn1" title=""><span class=MsoEndnoteReference>[i]</span></a> Port authority statistics.<o:p></o:p></p>
</div>
</div>
</body></html>`;

  // Google Docs' HTML with its notes (File > Download > Web page, or a published document, copied).
  const docsWithNotes = `<p class="c1"><span class="c0">Sanctions bite slowly</span><sup><a href="#ftnt1" id="ftnt_ref1">[1]</a></sup><span class="c0">, then all at once</span><sup><a href="#ftnt2" id="ftnt_ref2">[2]</a></sup><span>.</span></p><hr class="c5"><div><p class="c4"><a href="#ftnt_ref1" id="ftnt1">[1]</a><span class="c3">&nbsp;IMF, </span><span class="c3 c6">Regional Outlook</span><span class="c3">, 2025.</span></p></div><div><p class="c4"><a href="#ftnt_ref2" id="ftnt2">[2]</a><span class="c3">&nbsp;See https://example.org/sanctions for the data.</span></p></div>`;

  // Google Docs' clipboard: the references, never the notes' text; a line break between paragraphs.
  const docsClipboard = `<meta charset="utf-8"><b style="font-weight:normal;" id="docs-internal-guid-1"><p dir="ltr"><span style="font-weight:400;">First claim</span><sup><a href="#ftnt1" id="ftnt_ref1"><span>[1]</span></a></sup></p><br><p dir="ltr"><span style="font-weight:400;">Second paragraph, see https://example.org/report.</span></p></b>`;

  test("Word's footnotes and endnotes become real footnotes, in order, with their formatting and links", () => {
    expect(hasPastedFootnotes(wordWithNotes)).toBe(true);
    const paste = cleanPaste(wordWithNotes);
    expect(paste.notes).toHaveLength(3);
    expect(paste.notesMissing).toBe(0);
    expect(paste.html).not.toMatch(/Drewry|Lloyd|Port authority|<hr|\[1\]|\[i\]/);
    const doc = parsed(paste.html, paste.notes);
    expect(notesOf(doc)).toEqual([
      "Drewry, World Container Index, 2024, online.",
      "Lloyd's List, 12 March 2024.",
      "Port authority statistics.",
    ]);
    const first = JSON.stringify(doc.content?.at(-1)?.content?.[0]);
    expect(first).toContain('"type":"italic"');
    expect(first).toContain("https://example.org/wci");
    expect(textOf(doc.content![0])).toBe("Freight rates doubled and insurers withdrew.");
  });

  test("Google Docs' notes, where its HTML carries them, become real footnotes, and a written-out address in one a link", () => {
    const paste = cleanPaste(docsWithNotes);
    expect(paste.notesMissing).toBe(0);
    const doc = parsed(paste.html, paste.notes);
    expect(notesOf(doc)).toEqual(["IMF, Regional Outlook, 2025.", "See https://example.org/sanctions for the data."]);
    expect(JSON.stringify(doc)).toContain('"href":"https://example.org/sanctions"');
    expect(doc.content?.filter((n) => n.type === "horizontalRule")).toHaveLength(0);
    expect(JSON.stringify(doc)).not.toContain("#ftnt");
  });

  test("Google Docs' clipboard: references without their text are counted, no empty paragraph between paragraphs, addresses linked", () => {
    const paste = cleanPaste(docsClipboard);
    expect(paste.notes).toEqual([]);
    expect(paste.notesMissing).toBe(1);
    const doc = parsed(paste.html);
    expect(doc.content?.map((n) => n.type)).toEqual(["paragraph", "paragraph", "footnotes"]);
    expect(JSON.stringify(doc)).toContain('"href":"https://example.org/report"');
    // The full stop after the address is the sentence's.
    expect(textOf(doc.content![1])).toBe("Second paragraph, see https://example.org/report.");
    expect(JSON.stringify(doc.content![1])).toMatch(/"text":"\."\}/);
  });

  test("an address inside a link stays the link's text; a paste without notes says it has none", () => {
    const html = cleanPastedHtml('<p><a href="https://example.org/a">https://example.org/b</a> and www.example.org</p>');
    expect(html).toBe(
      '<p><a href="https://example.org/a">https://example.org/b</a> and <a href="https://www.example.org">www.example.org</a></p>',
    );
    expect(hasPastedFootnotes(html)).toBe(false);
  });
});
