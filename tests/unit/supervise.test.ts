// `npm start` reports how the server ended (scripts/supervise.ts): a supervisor restarts a
// server that died only if the start script says so with a non-zero exit code.
import { spawn } from "node:child_process";
import { exitCodeOf, supervise } from "../../scripts/supervise";

const node = (source: string) => spawn(process.execPath, ["-e", source], { stdio: "ignore", detached: true });

describe("supervising the server", () => {
  it("passes the server's own exit code on", async () => {
    await expect(supervise(node("process.exit(3)")).exited).resolves.toBe(3);
    await expect(supervise(node("")).exited).resolves.toBe(0);
  });

  it("reports a server killed by a signal it was not asked to stop by as a failure, as a shell would", async () => {
    // The out-of-memory killer's SIGKILL, and V8's abort on a fatal error.
    await expect(supervise(node("process.kill(process.pid, 'SIGKILL')")).exited).resolves.toBe(137);
    await expect(supervise(node("process.kill(process.pid, 'SIGABRT')")).exited).resolves.toBe(134);
  });

  it("ends with 0 when it was asked to stop and the server ended by the signal passed on", () => {
    expect(exitCodeOf(null, "SIGTERM", true)).toBe(0);
    expect(exitCodeOf(null, "SIGTERM", false)).toBe(143);
  });

  it("passes a stop on, and kills a server that outstays it with its whole process group", async () => {
    // A server that ignores SIGTERM and has a child of its own (as tsx runs the real server).
    const stubborn = node(
      "process.on('SIGTERM', () => {}); require('child_process').spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' }); setInterval(() => {}, 1000)",
    );
    const supervised = supervise(stubborn, { graceSeconds: 1 });
    await new Promise((r) => setTimeout(r, 500));
    supervised.stop("SIGTERM");
    await expect(supervised.exited).resolves.toBe(0);
    // Its child went with it: nothing is left in the group (once init has reaped the orphan).
    const groupAlive = () => {
      try {
        process.kill(-stubborn.pid!, 0);
        return true;
      } catch {
        return false;
      }
    };
    for (let i = 0; i < 50 && groupAlive(); i++) await new Promise((r) => setTimeout(r, 100));
    expect(groupAlive()).toBe(false);
  });
});
