// Paste from Word and Google Docs: what a writer sees survive (headings, lists, links, bold,
// italic) and what must go (styles, classes, fonts, comments, images, tables as tables).
import { JSDOM } from "jsdom";
import { cleanPastedHtml } from "@/lib/content/paste";

// The clean-up runs in the browser; jsdom lends it a DOMParser here.
globalThis.DOMParser = new JSDOM().window.DOMParser;

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
<!--EndFragment-->
</body></html>`;

describe("paste from Google Docs", () => {
  const html = cleanPastedHtml(googleDocs);

  test("drops the bold wrapper, styles, ids, dir and the image", () => {
    expect(html).not.toMatch(/style=|class=|id=|dir=|<img|<span|<b[ >]|<meta|<table|<td|<colgroup/);
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

  test("turns table cells into paragraphs", () => {
    expect(html).toContain("<p>Cell one</p><p><strong>Cell two</strong></p>");
  });
});

describe("paste from Word", () => {
  const html = cleanPastedHtml(word);

  test("drops styles, classes, fonts, Office elements, conditional comments and images", () => {
    expect(html).not.toMatch(/style=|class=|lang=|<span|<o:p|<v:|<img|<!--|mso-|Font Definitions|@font-face|clip_image/);
  });

  test("keeps headings, bold, italic and safe links; unwraps footnote anchors and unsafe links", () => {
    expect(html).toContain("<h2>Why the strait matters</h2>");
    expect(html).toMatch(
      /Shipping is <strong>cheap<\/strong> and <em>fragile<\/em>, as <a href="mailto:desk@example.org">the desk<\/a> notes\[1\]\./,
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

  test("drops the empty paragraphs Word uses as spacing", () => {
    expect(html).not.toMatch(/<p>[\s\u00a0]*<\/p>/);
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
