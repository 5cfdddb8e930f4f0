import type { Metadata } from "next";
import { kindPages, noIndex, type KindParams } from "./kinds";

export async function generateMetadata(props: KindParams): Promise<Metadata> {
  return { title: (await kindPages(props)).title, ...noIndex };
}

export default async function ReferenceListPage(props: KindParams) {
  return (await kindPages(props)).list();
}
