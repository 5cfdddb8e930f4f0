// Gives every Jest worker a database of its own, migrated once and copied, so test files run
// in parallel and each can empty its tables without touching another's:
// - with TEST_DATABASE_URL (or DATABASE_URL), that server database is migrated and becomes the
//   template of one database per worker (CREATE DATABASE ... TEMPLATE), dropped at the end;
//   with one worker the configured database itself is used;
// - otherwise a PGlite data folder is migrated once, copied per worker, and each copy is served
//   by its own process (one PGlite is single-threaded and serialises every connection).
// The addresses reach the workers as TEST_WORKER_DATABASE_URLS, and tests/setup/worker-database.js
// points each file's DATABASE_URL at its worker's.
const { spawn } = require("node:child_process");
const { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } = require("node:fs");
const { tmpdir } = require("node:os");
const path = require("node:path");
const { Client } = require("pg");

const root = path.resolve(__dirname, "../..");

/** Runs tests/setup/test-database.ts; resolves on exit, or with the URL it prints for "serve". */
function testDatabase(job, target) {
  const child = spawn(process.execPath, [require.resolve("tsx/cli"), "tests/setup/test-database.ts", job, target], {
    cwd: root,
    env: process.env,
    stdio: ["ignore", "pipe", "inherit"],
  });
  return new Promise((resolve, reject) => {
    let out = "";
    child.stdout.on("data", (chunk) => {
      out += chunk;
      const match = /READY (\S+)\n/.exec(out);
      if (match) {
        child.removeAllListeners("exit");
        resolve({ child, url: match[1] });
      }
    });
    child.on("exit", (code) =>
      code === 0 && job !== "serve" ? resolve({ child }) : reject(new Error(`The test database did not start (${job}, exit ${code}).`)),
    );
  });
}

/** The server database at `url` with another name. */
function withDatabaseName(url, name) {
  const other = new URL(url);
  other.pathname = `/${encodeURIComponent(name)}`;
  return other.toString();
}

/** Clones the migrated database at `url` once per worker, replacing clones a stopped run left behind. */
async function cloneServerDatabase(url, workers) {
  const template = decodeURIComponent(new URL(url).pathname.slice(1)) || new URL(url).username;
  const names = Array.from({ length: workers }, (_, i) => `${template}_w${i + 1}`);
  // A template must have no other session, so the clones are made from another database.
  const admin = new Client({ connectionString: withDatabaseName(url, template === "postgres" ? "template1" : "postgres") });
  await admin.connect();
  try {
    for (const name of names) {
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`);
    }
  } finally {
    await admin.end();
  }
  globalThis.__testDatabaseCleanup = async () => {
    const dropper = new Client({ connectionString: withDatabaseName(url, template === "postgres" ? "template1" : "postgres") });
    await dropper.connect();
    for (const name of names) await dropper.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await dropper.end();
  };
  return names.map((name) => withDatabaseName(url, name));
}

const isAlive = (pid) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** Folders of runs that were killed before their teardown (they would hold memory in tmpfs). */
function removeAbandoned(base) {
  for (const name of readdirSync(base).filter((n) => n.startsWith("standfirst-test-"))) {
    const pidFile = path.join(base, name, "owner.pid");
    // No pid yet: another run is making the folder this moment.
    if (existsSync(pidFile) && !isAlive(Number(readFileSync(pidFile, "utf8"))))
      rmSync(path.join(base, name), { recursive: true, force: true });
  }
}

/** One migrated PGlite data folder, copied and served once per worker. */
async function startEmbeddedDatabases(workers) {
  // In memory where the system offers it (tmpfs): PGlite writes through to its folder.
  const base = existsSync("/dev/shm") ? "/dev/shm" : tmpdir();
  removeAbandoned(base);
  const folder = mkdtempSync(path.join(base, "standfirst-test-"));
  writeFileSync(path.join(folder, "owner.pid"), String(process.pid));
  const template = path.join(folder, "template");
  await testDatabase("template", template);
  const copies = Array.from({ length: workers }, (_, i) => path.join(folder, `w${i + 1}`));
  // The password and lock files stay behind: each server makes its own.
  for (const copy of copies) cpSync(template, copy, { recursive: true, filter: (source) => !/standfirst\.(password|lock)$/.test(source) });
  const servers = await Promise.all(copies.map((copy) => testDatabase("serve", copy)));
  globalThis.__testDatabaseCleanup = async () => {
    await Promise.all(
      servers.map(
        ({ child }) =>
          new Promise((resolve) => {
            if (child.exitCode !== null) return resolve();
            child.on("exit", resolve);
            child.kill("SIGTERM");
          }),
      ),
    );
    rmSync(folder, { recursive: true, force: true });
  };
  return servers.map((server) => server.url);
}

module.exports = async function globalSetup(globalConfig) {
  const workers = Math.max(1, globalConfig.maxWorkers);
  const configured = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
  let urls;
  if (configured) {
    await testDatabase("migrate", configured);
    urls = workers > 1 ? await cloneServerDatabase(configured, workers) : [configured];
  } else {
    urls = await startEmbeddedDatabases(workers);
    // Tests of the embedded server itself (its password, its concurrency) run only against it.
    process.env.TEST_DATABASE_EMBEDDED = "1";
  }
  process.env.TEST_WORKER_DATABASE_URLS = urls.join(" ");
  process.env.NEXTAUTH_SECRET ??= "test-secret-that-is-long-enough-0123456789";
};
