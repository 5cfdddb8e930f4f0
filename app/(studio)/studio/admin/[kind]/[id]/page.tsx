import type { Metadata } from "next";
import { kindPages, noIndex, type KindParams } from "../kinds";

type Props = { params: Promise<{ kind: string; id: string }> };

export async function generateMetadata(props: KindParams): Promise<Metadata> {
  return { title: `Edit ${(await kindPages(props)).noun}`, ...noIndex };
}

export default async function EditReferencePage(props: Props) {
  const [pages, { id }] = await Promise.all([kindPages(props), props.params]);
  return pages.edit(id);
}
