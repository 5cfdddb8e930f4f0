// The overview's workflow form action refuses to unpublish or archive without the
// confirmation tick, on the server, before anything is looked up or changed.
import { runTransitionAction } from "@/lib/actions/workflow";
import { db } from "@/lib/platform/db";
import { makeArticle, makeUser } from "../helpers/db";

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.append(key, value);
  return data;
};

test.each(["unpublish", "archive"])("%s without the confirmation tick is refused and the piece is unchanged", async (name) => {
  const editor = await makeUser("editor");
  const piece = await makeArticle({ createdById: editor.id, authorIds: [editor.author!.id], status: "published" });
  const result = await runTransitionAction(null, form({ articleId: piece.id, transition: name }));
  expect(result).toMatchObject({ ok: false, status: 400, error: `Tick the box to confirm that you want to ${name} this piece.` });
  expect((await db.article.findUniqueOrThrow({ where: { id: piece.id } })).status).toBe("published");
});

test("an unknown transition name is refused", async () => {
  const result = await runTransitionAction(null, form({ articleId: "x", transition: "delete" }));
  expect(result).toMatchObject({ ok: false, status: 400, error: "Unknown action." });
});
