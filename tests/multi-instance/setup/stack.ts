// The site as README's "Running on several machines" sets it up, on this machine: two
// `npm start` instances on one fresh database of the PostgreSQL server and one Redis (a key
// prefix of this run's own), behind nginx running as this user with its files in a temporary
// folder, passing requests with deploy/standfirst-proxy.conf. Prints READY and the addresses on
// stdout; SIGTERM stops everything and removes the database and the run's Redis keys.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir, userInfo } from "node:os";
import path from "node:path";
import { Client } from "pg";
import { createClient } from "redis";
import { freePort } from "../../helpers/free-port";

const root = path.resolve(__dirname, "../../..");
const serverUrl = process.env.MULTI_INSTANCE_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const redisUrl = process.env.MULTI_INSTANCE_REDIS_URL ?? "redis://127.0.0.1:6379/0";
const nginxBinary = process.env.NGINX_PATH ?? "/usr/sbin/nginx";
const run = `${process.pid}_${Date.now()}`;
const databaseName = `standfirst_multi_${run}`;
const redisPrefix = `standfirst-multi-${run}:`;

/** A tsx script of the project as a child in its own process group (so it can be stopped whole); output to stderr. */
function tsx(args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  return spawn(process.execPath, [require.resolve("tsx/cli"), ...args], {
    cwd: root,
    env,
    stdio: ["ignore", process.stderr, process.stderr],
    detached: true,
  });
}

/** The child's exit code, once it has ended (null when a signal ended it, as the test ends instance A). */
const exitOf = (child: ChildProcess) =>
  new Promise<number | null>((resolve) =>
    child.exitCode !== null || child.signalCode !== null ? resolve(child.exitCode) : child.once("exit", resolve),
  );

/** Polls `url` until it answers 200, with a deadline; fails at once if the process behind it exits. */
async function answers(url: string, child: ChildProcess | null, seconds = 180) {
  const deadline = Date.now() + seconds * 1000;
  while (Date.now() < deadline) {
    if (child && child.exitCode !== null) throw new Error(`The process serving ${url} exited with ${child.exitCode}`);
    if (
      await fetch(url).then(
        (r) => r.ok,
        () => false,
      )
    )
      return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not answer within ${seconds} s`);
}

/** `pid` and every process under it (`npm start` runs the server in a process group of its own). */
function processTree(pid: number): number[] {
  const table = spawnSync("ps", ["-e", "-o", "pid=,ppid="], { encoding: "utf8" })
    .stdout.trim()
    .split("\n")
    .map((line) => line.trim().split(/\s+/).map(Number));
  const tree = [pid];
  for (let i = 0; i < tree.length; i++) for (const [child, parent] of table) if (parent === tree[i]) tree.push(child);
  return tree;
}

async function onServer<T>(sql: string): Promise<T[]> {
  const client = new Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return (await client.query(sql)).rows as T[];
  } finally {
    await client.end();
  }
}

/**
 * nginx started by root hands requests to workers running as "nobody", who may not write in this
 * user's temporary folder (bodies and cached pages are spooled there): keep them this user.
 */
const runAs = () => (process.getuid?.() === 0 ? `user ${userInfo().username};` : "");

function nginxConfig(dir: string, port: number, instances: number[]): string {
  const proxy = path.join(root, "deploy/standfirst-proxy.conf");
  return `daemon off;
${runAs()}
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 1024; }
http {
  access_log ${dir}/access.log;
  client_body_temp_path ${dir}/client_body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  upstream standfirst {
${instances.map((p) => `    server 127.0.0.1:${p} max_fails=1 fail_timeout=5s;`).join("\n")}
    keepalive 32;
  }
  server {
    listen 127.0.0.1:${port};
    location / {
      include ${proxy};
    }
  }
}
`;
}

/** Stops what was started, then exits with 1; set once main has something to stop. */
let failed: () => Promise<void> = async () => process.exit(1);

/** Redis, failing at once when it does not answer (the instances would only log it). */
async function redisClient() {
  const client = createClient({ url: redisUrl, socket: { reconnectStrategy: false } });
  client.on("error", () => undefined);
  await client.connect().catch((error: unknown) => {
    throw new Error(`Redis does not answer at ${redisUrl} (set MULTI_INSTANCE_REDIS_URL): ${error}`);
  });
  return client;
}

async function forgetRedisKeys() {
  const redis = await redisClient();
  for await (const keys of redis.scanIterator({ MATCH: `${redisPrefix}*`, COUNT: 1000 })) if (keys.length) await redis.unlink(keys);
  await redis.close();
}

async function main() {
  await (await redisClient()).close();
  const [portA, portB, portLb] = [await freePort(), await freePort(), await freePort()];
  const lbUrl = `http://localhost:${portLb}`;
  const databaseUrl = new URL(serverUrl);
  databaseUrl.pathname = `/${databaseName}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: databaseUrl.toString(),
    REDIS_URL: redisUrl,
    REDIS_KEY_PREFIX: redisPrefix,
    NEXTAUTH_SECRET: "multi-instance-test-secret-0123456789",
    NEXTAUTH_URL: lbUrl,
    SITE_URL: lbUrl,
    TRUSTED_PROXY_COUNT: "1",
    NEXT_TELEMETRY_DISABLED: "1",
  };
  delete env.TEST_DATABASE_URL;
  delete env.SMTP_URL;

  const children: ChildProcess[] = [];
  const nginxDir = mkdtempSync(path.join(tmpdir(), "standfirst-nginx-"));
  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    for (const child of children.filter((c) => c.exitCode === null && c.pid)) {
      try {
        process.kill(-(child.pid as number), "SIGTERM");
      } catch {
        // Already gone (the test stops instance A itself).
      }
    }
    // Not unref'd: the clean-up below must run even while nothing else keeps this process alive.
    await Promise.race([Promise.all(children.map(exitOf)), new Promise((r) => setTimeout(r, 15_000))]);
    await onServer(`DROP DATABASE IF EXISTS ${databaseName} WITH (FORCE)`).catch((e: unknown) => console.error(e));
    await forgetRedisKeys().catch((e: unknown) => console.error(e));
    rmSync(nginxDir, { recursive: true, force: true });
    process.exit(code);
  };
  process.on("SIGTERM", () => void stop(0));
  process.on("SIGINT", () => void stop(0));
  failed = () => stop(1);

  // One build for both instances; the browser tests' build when CI has just made it.
  if (process.env.E2E_SKIP_BUILD !== "1") {
    const code = await exitOf(tsx(["scripts/run.ts", "build"], env));
    if (code !== 0) throw new Error(`npm run build failed (exit ${code})`);
  }
  await onServer(`CREATE DATABASE ${databaseName}`);
  const seeded = await exitOf(tsx(["prisma/seed/run.ts"], env));
  if (seeded !== 0) throw new Error(`The seed failed (exit ${seeded})`);

  // One after the other: each `npm start` takes the migrations' lock first (nothing is pending
  // after the seed, but two waiting on a busy machine can time out).
  const instances: { port: number; child: ChildProcess }[] = [];
  for (const port of [portA, portB]) {
    const child = tsx(["scripts/run.ts", "start", "-p", String(port)], { ...env, PORT: String(port) });
    children.push(child);
    instances.push({ port, child });
    await answers(`http://localhost:${port}/`, child);
  }

  for (const dir of ["client_body", "proxy", "fastcgi", "uwsgi", "scgi"]) mkdirSync(path.join(nginxDir, dir));
  writeFileSync(path.join(nginxDir, "nginx.conf"), nginxConfig(nginxDir, portLb, [portA, portB]));
  const check = spawnSync(nginxBinary, ["-t", "-p", nginxDir, "-c", "nginx.conf", "-e", "error.log"], { encoding: "utf8" });
  if (check.status !== 0) throw new Error(`nginx refused the configuration: ${check.stderr}`);
  const nginx = spawn(nginxBinary, ["-p", nginxDir, "-c", "nginx.conf", "-e", "error.log"], {
    stdio: ["ignore", process.stderr, process.stderr],
    detached: true,
  });
  children.push(nginx);
  await answers(`${lbUrl}/`, nginx, 30);

  const [a, b] = instances;
  const ready = {
    instanceA: `http://localhost:${a.port}`,
    instanceB: `http://localhost:${b.port}`,
    balancer: lbUrl,
    instanceAProcesses: processTree(a.child.pid as number),
    databaseUrl: env.DATABASE_URL,
  };
  console.log(`READY ${JSON.stringify(ready)}`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  void failed();
});
