// Before each test file loads anything: DATABASE_URL names this worker's own database
// (global-setup.js made one per worker; a run in band is worker 1).
const urls = (process.env.TEST_WORKER_DATABASE_URLS ?? "").split(" ").filter(Boolean);
const worker = Number(process.env.JEST_WORKER_ID ?? "1");
if (!urls[worker - 1]) throw new Error(`No test database for Jest worker ${worker} (global setup made ${urls.length}).`);
process.env.DATABASE_URL = urls[worker - 1];

// Uploaded images go to a folder of this worker's own, never the developer's .data/media; tests of
// the store itself point it elsewhere (tests/helpers/media-store.ts).
const { mkdtempSync, rmSync } = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const mediaDir = mkdtempSync(path.join(os.tmpdir(), "standfirst-test-media-"));
process.env.MEDIA_DIR = mediaDir;
process.on("exit", () => rmSync(mediaDir, { recursive: true, force: true }));
