// Validates XML against Crossref's published deposit schema 5.3.1 (tests/fixtures/crossref-schema,
// see its README), with libxml2 compiled to WebAssembly (xmllint-wasm): the schema and every file
// it includes or imports are handed over as files, by the relative paths the schema names them by.
import fs from "node:fs";
import path from "node:path";
import { validateXML } from "xmllint-wasm";

const DIR = path.join(__dirname, "..", "fixtures", "crossref-schema");
const MAIN = "crossref5.3.1.xsd";

function schemaFiles(dir = DIR): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return schemaFiles(full);
    return entry.name.endsWith(".xsd") ? [path.relative(DIR, full)] : [];
  });
}

const file = (fileName: string) => ({ fileName, contents: fs.readFileSync(path.join(DIR, fileName), "utf8") });

/** The validator's errors (empty when the XML is valid), each "line: message". */
export async function crossrefSchemaErrors(xml: string): Promise<string[]> {
  const result = await validateXML({
    xml: [{ fileName: "deposit.xml", contents: xml }],
    schema: [file(MAIN)],
    preload: schemaFiles()
      .filter((name) => name !== MAIN)
      .map(file),
    // Compiling the MathML content models the schema imports needs more than the default 32 MiB.
    maxMemoryPages: 16384,
  });
  return result.errors.filter((e) => e.loc?.fileName === "deposit.xml").map((e) => `${e.loc?.lineNumber}: ${e.message}`);
}
