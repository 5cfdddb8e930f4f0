// Next.js calls onRequestError with every error it catches while answering a request (a page
// render, a route handler, a server action), in that request's async context. The server
// uses it to tell an outage from a bug (lib/platform/http/request-failures.ts). Imported statically and
// noted at once, before Next writes its error response (every route runs on Node.js).
import type { Instrumentation } from "next";
import { noteRequestError } from "./lib/platform/http/request-failures";

export const onRequestError: Instrumentation.onRequestError = (error) => {
  noteRequestError(error);
};
