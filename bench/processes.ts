// Starting and stopping the servers the benchmark measures.
import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync, readdirSync, writeFileSync } from "node:fs";

export function start(command: string[], env: NodeJS.ProcessEnv, cwd: string): ChildProcess {
  return spawn(command[0], command.slice(1), { cwd, env, stdio: ["ignore", "inherit", "inherit"], detached: true });
}

export async function waitFor(url: string, child: ChildProcess, seconds = 240) {
  const deadline = Date.now() + seconds * 1000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${url}: the server exited with ${child.exitCode}`);
    if (
      await fetch(url).then(
        (r) => r.status < 500,
        () => false,
      )
    )
      return;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${url} did not answer within ${seconds} s`);
}

export async function stop(child: ChildProcess) {
  if (child.exitCode !== null || !child.pid) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  process.kill(-child.pid, "SIGTERM");
  await Promise.race([exited, new Promise((r) => setTimeout(r, 20_000))]);
  if (child.exitCode === null) process.kill(-child.pid, "SIGKILL");
}

export async function run(command: string[], env: NodeJS.ProcessEnv, cwd: string) {
  const child = spawn(command[0], command.slice(1), { cwd, env, stdio: ["ignore", "inherit", "inherit"] });
  const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
  if (code !== 0) throw new Error(`${command.join(" ")} failed (exit ${code})`);
}

/** Resident memory (MiB) of the processes whose command line contains `marker`. */
export function residentMiB(marker: string): number {
  let kib = 0;
  for (const pid of readdirSync("/proc").filter((p) => /^\d+$/.test(p))) {
    try {
      const cmdline = readFileSync(`/proc/${pid}/cmdline`, "utf8");
      if (!cmdline.includes(marker) || cmdline.includes("tsx/dist/cli")) continue;
      const rss = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
      if (rss) kib += Number(rss[1]);
    } catch {
      // The process ended while we looked.
    }
  }
  return Math.round(kib / 1024);
}

/**
 * Runs a load generator (`script`, in its own process so that it does not share an event loop with
 * the servers it measures) on `spec`, written to `file`: a spec can hold twenty 10,000-word drafts,
 * too long for a command line. Resolves with the JSON of the last line it prints.
 */
export function runLoadGenerator<T>(script: string, spec: object, file: string): Promise<T> {
  writeFileSync(file, JSON.stringify(spec));
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [require.resolve("tsx/cli"), script, file], { stdio: ["ignore", "pipe", "inherit"] });
    let out = "";
    child.stdout.on("data", (c) => (out += c));
    child.on("exit", (code) =>
      code === 0 ? resolve(JSON.parse(out.trim().split("\n").pop()!) as T) : reject(new Error(`${script} exited with ${code}`)),
    );
  });
}
