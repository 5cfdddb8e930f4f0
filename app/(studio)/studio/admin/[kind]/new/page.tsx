import type { Metadata } from "next";
import { kindPages, noIndex, type KindParams } from "../kinds";

export async function generateMetadata(props: KindParams): Promise<Metadata> {
  return { title: `New ${(await kindPages(props)).noun}`, ...noIndex };
}

export default async function NewReferencePage(props: KindParams) {
  return (await kindPages(props)).create();
}
