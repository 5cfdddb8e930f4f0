// Hears the tags other instances expired, announced by cache-handler.mjs on the site's channel in
// Redis after it expired them in the shared cache. scripts/server.ts turns them into a bump of
// this process's public generation, so its response cache and search results drop what the
// change named at the next request, as refreshPublic does on the instance that made the change.
// A process hears its own announcements too: bumping twice for one change costs a refill.
import { createClient } from "redis";

export interface PublicChangesListener {
  /** Resolves once subscribed: from then on no announcement is missed. */
  ready: Promise<void>;
  close(): Promise<void>;
}

interface Handlers {
  /** The tags of one announcement. */
  onTags(tags: string[]): void;
  /** The connection came back after a loss: announcements made meanwhile were missed. */
  onMissed(): void;
}

/** Listens on `channel`; malformed messages are ignored. */
export function listenForExpiredTags(url: string, channel: string, { onTags, onMissed }: Handlers): PublicChangesListener {
  const client = createClient({ url, pingInterval: 10_000 });
  client.on("error", (error: unknown) => console.error(`Redis (public changes): ${error instanceof Error ? error.message : error}`));
  let connectedBefore = false;
  // node-redis subscribes again by itself after reconnecting.
  client.on("ready", () => {
    if (connectedBefore) onMissed();
    connectedBefore = true;
  });
  const ready = client.connect().then(() =>
    client.subscribe(channel, (message) => {
      const tags = parsed(message);
      if (Array.isArray(tags)) onTags(tags.filter((tag): tag is string => typeof tag === "string"));
    }),
  );
  return { ready, close: () => client.close() };
}

function parsed(message: string): unknown {
  try {
    return JSON.parse(message);
  } catch {
    return null;
  }
}
