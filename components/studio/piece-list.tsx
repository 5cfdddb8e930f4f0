// A short list of pieces for a dashboard section, each linking to its overview.
import Link from "next/link";
import type { ReactNode } from "react";
import { paths } from "@/lib/platform/paths";

export function PieceList<T extends { id: string; title: string }>({
  items,
  empty,
  detail,
}: {
  items: T[];
  empty: string;
  detail: (item: T) => ReactNode;
}) {
  if (items.length === 0) return <p className="muted">{empty}</p>;
  return (
    <ul className="piece-list">
      {items.map((item) => (
        <li key={item.id}>
          <Link href={paths.studio.article(item.id)} className="piece-list__title">
            {item.title}
          </Link>
          <div className="piece-list__detail">{detail(item)}</div>
        </li>
      ))}
    </ul>
  );
}
