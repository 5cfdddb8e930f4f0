// Requests asked one at a time, each timed to its last byte: what a single user waits, without
// the queueing of 20 connections (the sitemap's files, the studio's pages).
export interface Timed {
  status: number;
  ms: number;
  text: string;
}

export async function timed(url: string, headers: Record<string, string> = {}): Promise<Timed> {
  const started = performance.now();
  const response = await fetch(url, { headers, redirect: "manual" });
  const text = await response.text();
  return { status: response.status, ms: Math.round(performance.now() - started), text };
}

export interface SingleUser {
  name: string;
  requests: number;
  /** Answers per HTTP status. */
  statuses: Record<string, number>;
  medianMs: number;
  slowestMs: number;
}

/** `paths` on `base` asked one after another. */
export async function oneByOne(name: string, base: string, paths: string[], headers: Record<string, string>): Promise<SingleUser> {
  const times: number[] = [];
  const statuses: Record<string, number> = {};
  for (const path of paths) {
    const answer = await timed(`${base}${path}`, headers);
    times.push(answer.ms);
    statuses[answer.status] = (statuses[answer.status] ?? 0) + 1;
  }
  times.sort((a, b) => a - b);
  return { name, requests: times.length, statuses, medianMs: times[Math.floor(times.length / 2)], slowestMs: times[times.length - 1] };
}
