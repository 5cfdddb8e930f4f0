// The site under test, as a newcomer would run it: `npm run build`, then `npm start`, on a
// fresh embedded database (its own data folder and ports), with mail delivered over SMTP
// to the tests' sink (tests/helpers/smtp-sink.ts), which writes each message to a JSON-lines
// file the tests read.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { freePort } from "../../helpers/free-port";
import { startSmtpSink } from "../../helpers/smtp-sink";

const root = path.resolve(__dirname, "../../..");
const artifacts = path.join(root, "tests/artifacts/e2e");

function run(args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  return spawn(process.execPath, [require.resolve("tsx/cli"), "scripts/run.ts", ...args], {
    cwd: root,
    env,
    // The test runner reads READY on stdout; the site's own output goes to stderr.
    stdio: ["ignore", process.stderr, process.stderr],
  });
}

async function waitForSite(url: string, child: ChildProcess) {
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`npm start exited with ${child.exitCode}`);
    const ok = await fetch(url).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${url} did not answer within 180 s`);
}

async function main() {
  rmSync(artifacts, { recursive: true, force: true });
  mkdirSync(path.join(artifacts, "screenshots"), { recursive: true });
  const mailLog = path.join(artifacts, "mail.jsonl");
  writeFileSync(mailLog, "");

  const smtp = await startSmtpSink({ logFile: mailLog });

  const dataDir = mkdtempSync(path.join(tmpdir(), "standfirst-e2e-"));
  const [dbPort, sitePort] = [await freePort(), await freePort()];
  const baseUrl = `http://localhost:${sitePort}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    STANDFIRST_DATA_DIR: dataDir,
    EMBEDDED_DB_PORT: String(dbPort),
    PORT: String(sitePort),
    NEXTAUTH_URL: baseUrl,
    SITE_URL: baseUrl,
    SMTP_URL: smtp.url,
    // A single-machine production server on the embedded database, as the README allows.
    ALLOW_EMBEDDED_DATABASE: "1",
    NEXT_TELEMETRY_DISABLED: "1",
  };
  delete env.DATABASE_URL;
  delete env.TEST_DATABASE_URL;

  if (process.env.E2E_SKIP_BUILD !== "1") {
    const build = run(["build"], env);
    const code = await new Promise<number | null>((resolve) => build.on("exit", resolve));
    if (code !== 0) throw new Error(`npm run build failed (exit ${code})`);
  }
  const site = run(["start", "-p", String(sitePort)], env);
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    if (site.exitCode === null) {
      const exited = new Promise((resolve) => site.once("exit", resolve));
      site.kill("SIGTERM");
      await exited;
    }
    await smtp.close();
    rmSync(dataDir, { recursive: true, force: true });
    process.exit(0);
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);

  await waitForSite(`${baseUrl}/`, site);
  // The tests read and arrange rows directly, with the password the embedded database generated.
  const password = readFileSync(path.join(dataDir, "pglite", "standfirst.password"), "utf8").trim();
  const databaseUrl = `postgresql://postgres:${password}@127.0.0.1:${dbPort}/postgres?sslmode=disable`;
  console.log(`READY ${JSON.stringify({ baseUrl, mailLog, artifacts, databaseUrl })}`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
