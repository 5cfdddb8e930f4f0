import { createElement as h } from "react";
test("react-pdf loads", async () => {
  const { Document, Page, Text, renderToBuffer } = await import("@react-pdf/renderer");
  const buf = await renderToBuffer(h(Document, null, h(Page, { size: "A4" }, h(Text, null, "Hello"))));
  expect(buf.length).toBeGreaterThan(100);
  const { extractText, getDocumentProxy } = await import("unpdf");
  const pdf = await getDocumentProxy(new Uint8Array(buf));
  const { text } = await extractText(pdf, { mergePages: true });
  expect(text).toContain("Hello");
});
