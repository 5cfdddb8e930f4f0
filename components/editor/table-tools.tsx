"use client";
// What can be done to the table the cursor is in: rows, columns, the header row, the caption
// and deleting it. Shown under the formatting toolbar only while the cursor is in a table.
import { useId } from "react";
import { useEditorState, type Editor } from "@tiptap/react";
import { TABLE_LIMITS } from "@/lib/content/limits";
import { ToolButton } from "./tool-button";

export function TableTools({ editor }: { editor: Editor }) {
  const id = useId();
  const s = useEditorState({
    editor,
    selector: ({ editor: e }) => {
      const $from = e.state.selection.$from;
      let table = null;
      for (let depth = $from.depth; depth > 0 && !table; depth--) if ($from.node(depth).type.name === "table") table = $from.node(depth);
      const firstRow = table?.firstChild;
      let headerRow = false;
      firstRow?.forEach((cell, _offset, index) => (headerRow = (index === 0 || headerRow) && cell.type.name === "tableHeader"));
      return {
        inTable: Boolean(table),
        caption: typeof table?.attrs.caption === "string" ? table.attrs.caption : "",
        headerRow,
        canDeleteRow: e.can().deleteRow(),
        canDeleteColumn: e.can().deleteColumn(),
      };
    },
  });
  if (!s.inTable) return null;
  const chain = () => editor.chain().focus();

  return (
    <div className="table-tools">
      <div className="toolbar table-tools__bar" role="toolbar" aria-label="Table" aria-controls="body-editor">
        <div className="toolbar__group">
          <ToolButton label="Add row above" onClick={() => chain().addRowBefore().run()}>
            + Row above
          </ToolButton>
          <ToolButton label="Add row below" onClick={() => chain().addRowAfter().run()}>
            + Row below
          </ToolButton>
          <ToolButton label="Delete row" disabled={!s.canDeleteRow} onClick={() => chain().deleteRow().run()}>
            − Row
          </ToolButton>
        </div>
        <div className="toolbar__group">
          <ToolButton label="Add column left" onClick={() => chain().addColumnBefore().run()}>
            + Column left
          </ToolButton>
          <ToolButton label="Add column right" onClick={() => chain().addColumnAfter().run()}>
            + Column right
          </ToolButton>
          <ToolButton label="Delete column" disabled={!s.canDeleteColumn} onClick={() => chain().deleteColumn().run()}>
            − Column
          </ToolButton>
        </div>
        <div className="toolbar__group">
          <ToolButton label="Header row" pressed={s.headerRow} onClick={() => chain().toggleHeaderRow().run()}>
            Header row
          </ToolButton>
          <ToolButton label="Delete table" onClick={() => chain().deleteTable().run()}>
            Delete table
          </ToolButton>
        </div>
      </div>
      <div className="table-tools__caption">
        <label htmlFor={`${id}-caption`}>Table caption</label>
        <input
          id={`${id}-caption`}
          value={s.caption}
          maxLength={TABLE_LIMITS.caption}
          placeholder="What the table shows"
          // The cursor stays in the table, so the caption goes to this table.
          onChange={(e) => editor.commands.updateAttributes("table", { caption: e.target.value })}
        />
      </div>
    </div>
  );
}
