"use server";
// The signed-in person's iCalendar feed, from their account page (lib/editorial/calendar-feed.ts).
import { refresh } from "next/cache";
import { z } from "zod";
import { createCalendarFeed, removeCalendarFeed } from "../editorial/calendar-feed";
import { absoluteUrl } from "../platform/site-settings";
import { defineFormAction } from "./define";

/** Makes (or replaces) the feed's secret URL, shown this once. */
export const createCalendarFeedAction = defineFormAction(z.object({}), async (user) => {
  const feed = await createCalendarFeed(user);
  refresh();
  return { url: await absoluteUrl(feed.path) };
});

export const removeCalendarFeedAction = defineFormAction(z.object({}), async (user) => {
  await removeCalendarFeed(user);
  refresh();
  return { message: "The calendar feed was removed; its address no longer works." };
});
