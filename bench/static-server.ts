// The physical limit on this machine: one HTML file served from memory by Node's http
// module, with nothing else in the way.
import { readFileSync } from "node:fs";
import { createServer } from "node:http";

const [file, port] = process.argv.slice(2);
const html = readFileSync(file);
createServer((_req, res) => {
  res.writeHead(200, { "content-type": "text/html; charset=utf-8", "content-length": html.length });
  res.end(html);
}).listen(Number(port), "127.0.0.1", () => console.log(`static reference on ${port}`));
