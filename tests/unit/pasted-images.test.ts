// What the editor makes of a paste's images before uploading them, and what it tells the writer.
import { fileFromDataUri, pasteReport } from "@/components/editor/pasted-images";

describe("an image carried in a data: address", () => {
  test("becomes a file of its type, named for the paste, with its bytes", async () => {
    const file = fileFromDataUri("data:image/png;base64,iVBORw0KGgo=", "pasted-image-1");
    expect([file.name, file.type]).toEqual(["pasted-image-1.png", "image/png"]);
    expect([...new Uint8Array(await file.arrayBuffer())]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  });

  test("an SVG's name loses the +xml; percent-encoded data is decoded", async () => {
    const file = fileFromDataUri("data:image/svg+xml;charset=utf-8,%3Csvg%2F%3E", "pasted-image-2");
    expect([file.name, file.type, await file.text()]).toEqual(["pasted-image-2.svg", "image/svg+xml", "<svg/>"]);
  });

  test("anything but an image is refused", () => {
    expect(() => fileFromDataUri("data:text/html,<b>x</b>", "x")).toThrow("Not an image.");
  });
});

describe("what the writer is told after a paste with images", () => {
  test.each([
    [{ uploaded: 0, unreachable: 0, failed: [] }, ""],
    [{ uploaded: 1, unreachable: 0, failed: [] }, "1 image added to the media library: give it alt text."],
    [
      { uploaded: 2, unreachable: 3, failed: [] },
      "2 images added to the media library: give each alt text. 3 images could not be copied (kept on your computer or elsewhere on the web, or inside a table): upload them and insert them with “Image”.",
    ],
    [
      { uploaded: 0, unreachable: 0, failed: ["“pasted-image-1.png” is too large to upload."] },
      "1 image could not be uploaded: “pasted-image-1.png” is too large to upload.",
    ],
  ])("%j", (outcome, message) => {
    expect(pasteReport(outcome)).toBe(message);
  });
});
