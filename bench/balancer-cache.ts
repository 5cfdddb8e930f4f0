// `npx tsx bench/balancer-cache.ts --upstreams 127.0.0.1:3101,127.0.0.1:3102 [--path /] [--seconds 10] [--rounds 3]`:
// the two ways to keep a page cache in front of several instances, side by side (README,
// "Running on several machines"). Starts nginx twice as this user (its files in a temporary
// folder) in front of running `npm start` instances: once passing every request on (each
// instance answers repeats from its own response cache, invalidated across instances through
// Redis), once with nginx's own `proxy_cache` answering repeats. Loads one page through each
// with autocannon (20 connections), and one instance directly for reference, in interleaved
// rounds, and prints the table.
import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir, userInfo } from "node:os";
import path from "node:path";
import autocannon from "autocannon";

function option(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 && process.argv[at + 1] ? process.argv[at + 1] : fallback;
}

const upstreams = option("upstreams", "127.0.0.1:3101,127.0.0.1:3102").split(",");
const pagePath = option("path", "/");
const seconds = Number(option("seconds", "10"));
const rounds = Number(option("rounds", "3"));
const nginxBinary = process.env.NGINX_PATH ?? "/usr/sbin/nginx";
const root = path.resolve(__dirname, "..");

/**
 * nginx started by root hands requests to workers running as "nobody", who may not write in this
 * user's temporary folder (bodies and cached pages are spooled there): keep them this user.
 */
const runAs = () => (process.getuid?.() === 0 ? `user ${userInfo().username};` : "");

function config(dir: string, port: number, cache: boolean): string {
  const temp = ["client_body", "proxy", "fastcgi", "uwsgi", "scgi"];
  for (const name of temp) mkdirSync(path.join(dir, name), { recursive: true });
  return `daemon off;
${runAs()}
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
${temp.map((name) => `  ${name}_temp_path ${dir}/${name};`).join("\n")}
  ${cache ? `proxy_cache_path ${dir}/cache levels=1:2 keys_zone=pages:10m max_size=100m inactive=60s;` : ""}
  upstream standfirst {
${upstreams.map((u) => `    server ${u} max_fails=1 fail_timeout=5s;`).join("\n")}
    keepalive 32;
  }
  server {
    listen 127.0.0.1:${port};
    location / {
      include ${path.join(root, "deploy/standfirst-proxy.conf")};
      ${cache ? "proxy_cache pages; proxy_cache_lock on; add_header X-Proxy-Cache $upstream_cache_status;" : ""}
    }
  }
}
`;
}

async function load(url: string) {
  const result = await autocannon({ url, connections: 20, duration: seconds });
  return { rps: Math.round(result.requests.average), p99: result.latency.p99, errors: result.errors + result.non2xx };
}

async function throughNginx(cache: boolean, port: number) {
  const dir = mkdtempSync(path.join(tmpdir(), "standfirst-bench-nginx-"));
  writeFileSync(path.join(dir, "nginx.conf"), config(dir, port, cache));
  const args = ["-p", dir, "-c", "nginx.conf", "-e", "error.log"];
  const check = spawnSync(nginxBinary, ["-t", ...args], { encoding: "utf8" });
  if (check.status !== 0) throw new Error(check.stderr);
  const nginx = spawn(nginxBinary, args, { stdio: "inherit" });
  try {
    const url = `http://127.0.0.1:${port}${pagePath}`;
    const deadline = Date.now() + 10_000;
    while (
      !(await fetch(url).then(
        (r) => r.ok,
        () => false,
      ))
    ) {
      if (Date.now() > deadline) throw new Error(`nginx did not answer ${url}`);
    }
    return await load(url);
  } finally {
    const exited = new Promise((resolve) => nginx.once("exit", resolve));
    nginx.kill("SIGTERM");
    await exited;
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main() {
  // Rounds interleave the three paths, so that a load spike from elsewhere on the machine does
  // not land on one path alone.
  const rows = new Map<string, Awaited<ReturnType<typeof load>>[]>();
  const record = (name: string, result: Awaited<ReturnType<typeof load>>) => rows.set(name, [...(rows.get(name) ?? []), result]);
  for (let round = 0; round < rounds; round++) {
    record("one instance directly (its response cache)", await load(`http://${upstreams[0]}${pagePath}`));
    record(`nginx → ${upstreams.length} instances (their response caches, invalidated through Redis)`, await throughNginx(false, 8481));
    record(`nginx proxy_cache → ${upstreams.length} instances`, await throughNginx(true, 8482));
  }
  console.log(`GET ${pagePath}, 20 connections, ${seconds} s each, ${rounds} rounds (req/s and p99 of each round)\n`);
  console.log("| path | req/s | p99 ms | failed |\n|---|---:|---:|---:|");
  for (const [name, results] of rows) {
    const each = (pick: (r: Awaited<ReturnType<typeof load>>) => number) => results.map(pick).join(" / ");
    console.log(`| ${name} | ${each((r) => r.rps)} | ${each((r) => r.p99)} | ${results.reduce((n, r) => n + r.errors, 0)} |`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
