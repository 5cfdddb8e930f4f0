// The srcset the lead image, cards and portraits write: each width once, never wider than the image.
import { srcset, widthsFor } from "@/lib/media/urls";

const media = (width: number) => ({ id: "m1", rev: "abc", width });

test("an image wider than the largest rendition offers each width once", () => {
  expect(widthsFor(media(2400))).toEqual([320, 640, 960, 1280, 1920]);
  expect(widthsFor(media(1920))).toEqual([320, 640, 960, 1280, 1920]);
  expect(srcset(media(2400), "avif").split(", ")).toHaveLength(5);
});

test("a narrower image stops at its own width, described as it is", () => {
  expect(widthsFor(media(1000))).toEqual([320, 640, 960, 1280]);
  expect(srcset(media(1000), "jpg").split(", ").at(-1)).toBe("/media/m1/abc/w1280.jpg 1000w");
});
