// Whether the database was unreachable while a request was being answered. scripts/server.ts
// runs each request inside its watch; Next reports every error of a render, route handler or
// server action to instrumentation.ts's onRequestError, inside the same request's async
// context, which notes it here. The server then knows a failed page failed for want of the
// database (503 and Retry-After) rather than for a bug (500).
//
// The store lives on globalThis because Next bundles lib/ into its own server code: the module
// copy instrumentation.ts runs in is not the one scripts/server.ts imported.
import { AsyncLocalStorage } from "node:async_hooks";
import { isDatabaseUnavailable } from "../database-unavailable";

interface Failures {
  databaseUnavailable: boolean;
}

const KEY = Symbol.for("standfirst.request-failures");
const storage = ((globalThis as typeof globalThis & { [KEY]?: AsyncLocalStorage<Failures> })[KEY] ??= new AsyncLocalStorage<Failures>());

const note = (failures: Failures, error: unknown) => {
  if (isDatabaseUnavailable(error)) failures.databaseUnavailable = true;
};

export interface RequestWatch {
  /** Runs the answer to the request; errors reported while it runs are this request's. */
  run<T>(answer: () => T): T;
  /** An error met outside the answer's reports (the handler threw it). */
  note(error: unknown): void;
  databaseUnavailable(): boolean;
}

export function watchRequest(): RequestWatch {
  const failures: Failures = { databaseUnavailable: false };
  return {
    run: (answer) => storage.run(failures, answer),
    note: (error) => note(failures, error),
    databaseUnavailable: () => failures.databaseUnavailable,
  };
}

/** Notes an error met while answering the current request (called by instrumentation.ts). */
export function noteRequestError(error: unknown) {
  const failures = storage.getStore();
  if (failures) note(failures, error);
}
