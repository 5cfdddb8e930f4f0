// How `npm start` (scripts/run.ts) follows the server it starts, so that whatever supervises
// it (systemd, a container runtime: README, "Running in production") sees a death for what it
// is. The server's end is the script's end, with a code that says how it ended: its own exit
// code; 128 + the signal's number when a signal it was not sent to stop killed it (the kernel's
// out-of-memory killer sends SIGKILL: 137, as a shell reports it), never 0 for a death. A stop
// asked of the script (SIGTERM, SIGINT, SIGHUP) is passed on, and a server that has not ended
// after `graceSeconds` is killed with its whole process group (the child is tsx, which runs the
// server as its own child; start it `detached` so that it leads a group): the script never
// leaves a server behind.
import type { ChildProcess } from "node:child_process";
import { constants } from "node:os";

const STOP_SIGNALS: NodeJS.Signals[] = ["SIGTERM", "SIGINT", "SIGHUP"];

/** The script's exit code for a child that ended with `code` or by `signal`. */
export function exitCodeOf(code: number | null, signal: NodeJS.Signals | null, stopAsked: boolean): number {
  if (code !== null) return code;
  if (stopAsked) return 0;
  return 128 + (signal ? (constants.signals[signal] ?? 0) : 0);
}

export interface Supervised {
  /** The script's exit code, once the child has ended. */
  exited: Promise<number>;
  /** Passes a stop on; a child that has not ended `graceSeconds` later is killed with its group. */
  stop(signal: NodeJS.Signals): void;
}

/** Follows `child` until it ends; this process's stop signals are passed on to it. */
export function supervise(child: ChildProcess, { graceSeconds = 10 } = {}): Supervised {
  let stopAsked = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopAsked) return;
    stopAsked = true;
    child.kill(signal);
    // Unreferenced: once the child has ended, nothing waits on this timer.
    setTimeout(() => {
      if (child.exitCode === null && child.signalCode === null && child.pid) process.kill(-child.pid, "SIGKILL");
    }, graceSeconds * 1000).unref();
  };
  for (const signal of STOP_SIGNALS) process.on(signal, stop);
  const exited = new Promise<number>((resolve) =>
    child.on("exit", (code, signal) => {
      for (const s of STOP_SIGNALS) process.off(s, stop);
      resolve(exitCodeOf(code, signal, stopAsked));
    }),
  );
  return { exited, stop };
}
