// Reads a PDF with MuPDF (the `mupdf` package, WebAssembly): its text page by page, and, when
// asked, each page as a PNG. A separate Node process: MuPDF.js is an ES module with top-level
// await, which Jest's CommonJS runtime cannot load. Usage:
//   node tests/helpers/pdf-pages.mjs <file.pdf> [<folder for page-N.png>]
// prints {"pages": ["text of page 1", ...], "links": ["https://...", ...]} as JSON.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import * as mupdf from "mupdf";

const [file, pngFolder] = process.argv.slice(2);
const document = mupdf.Document.openDocument(readFileSync(file), "application/pdf");
const pages = [];
const links = [];
for (let index = 0; index < document.countPages(); index += 1) {
  const page = document.loadPage(index);
  pages.push(page.toStructuredText("preserve-whitespace").asText());
  for (const link of page.getLinks()) if (link.isExternal()) links.push(link.getURI());
  if (pngFolder) {
    const pixmap = page.toPixmap(mupdf.Matrix.scale(1.5, 1.5), mupdf.ColorSpace.DeviceRGB, false, true);
    writeFileSync(path.join(pngFolder, `page-${index + 1}.png`), pixmap.asPNG());
  }
}
process.stdout.write(JSON.stringify({ pages, links }));
