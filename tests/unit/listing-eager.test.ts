// Which listing card's image loads at once (the page's largest paint, in view on arrival) and
// which are left to lazy loading: the first card with an image, when it is near the top.
import { eagerCard } from "@/components/reader/listing";

const image = { leadImage: { id: "m", rev: "r", width: 1600, height: 900, alt: "", caption: "", credit: "", focalX: 0.5, focalY: 0.5 } };
const plain = { leadImage: null };

test.each([
  ["the first card has an image", [image, image, plain], 0],
  ["the newest piece has none: the second card's image is in view too", [plain, image, image], 1],
  ["the first image is far down the page: none", [plain, plain, image], -1],
  ["no card has an image", [plain, plain], -1],
])("%s", (_, items, expected) => {
  expect(eagerCard(items)).toBe(expected);
});
