// The media store's contract, the same tests against a folder on disk and against a real
// S3-compatible server (s3rver, started here): put, get, replace, delete, delete a folder, and
// keys that could climb out of the store refused.
import { mediaStore } from "@/lib/media/store";
import { useMediaStore, type StoreKind } from "../helpers/media-store";

describe.each<StoreKind>(["disk", "s3"])("the %s store", (kind) => {
  const stored = useMediaStore(kind);

  test("keeps bytes under a key, replaces them, and answers null for a key it does not hold", async () => {
    const store = mediaStore();
    expect(store.description.startsWith(kind)).toBe(true);
    await store.put("abc/original-1234", Buffer.from("first"), "image/png");
    expect((await store.get("abc/original-1234"))?.toString()).toBe("first");
    await store.put("abc/original-1234", Buffer.from("second"), "image/png");
    expect((await store.get("abc/original-1234"))?.toString()).toBe("second");
    expect(await store.get("abc/nothing-here")).toBeNull();
    expect(await stored.keys()).toEqual(["abc/original-1234"]);
  });

  test("deletes one key, and a folder of keys, and a missing key without complaint", async () => {
    const store = mediaStore();
    await store.put("one/original-1", Buffer.from("a"), "image/jpeg");
    await store.put("one/rev/w320.webp", Buffer.from("b"), "image/webp");
    await store.put("two/original-2", Buffer.from("c"), "image/jpeg");
    await store.delete("two/original-2");
    await store.delete("two/original-2");
    await store.deleteAll("one/");
    await store.deleteAll("abc/");
    expect(await stored.keys()).toEqual([]);
  });

  test("binary bytes come back exactly", async () => {
    const store = mediaStore();
    const bytes = Buffer.from(Array.from({ length: 70_000 }, (_, i) => (i * 31) % 256));
    await store.put("bin/original-x", bytes, "application/octet-stream");
    expect((await store.get("bin/original-x"))!.equals(bytes)).toBe(true);
    await store.delete("bin/original-x");
  });

  test.each(["../escape", "a/../../etc/passwd", "/absolute", ".hidden/x", "a//b", "a/b\\c", "", "a/%2e%2e/b"])(
    "refuses the key %p",
    async (key) => {
      await expect(mediaStore().put(key, Buffer.from("x"), "image/png")).rejects.toThrow("Not a media key");
      await expect(mediaStore().get(key)).rejects.toThrow("Not a media key");
      expect(await stored.keys()).toEqual([]);
    },
  );
});
