import type { Metadata } from "next";
import Link from "next/link";
import "@/app/styles/admin.css";
import "@/app/styles/media.css";
import { requireUser } from "@/lib/accounts/auth";
import { deleteMediaAction, updateMediaAction } from "@/lib/actions/media";
import { getMedia } from "@/lib/media/library";
import { renditionUrl } from "@/lib/media/urls";
import { orNotFound } from "@/lib/platform/http/domain-errors";
import { paths } from "@/lib/platform/paths";
import { ActionForm } from "@/components/ui/action-form";
import { TextArea, TextField } from "@/components/ui/fields";
import { FocalPointPicker } from "@/components/studio/media/focal-point-picker";
import { MissingAlt } from "@/components/studio/media/media-grid";

export const metadata: Metadata = { title: "Image", robots: { index: false } };

type Props = { params: Promise<{ id: string }> };

export default async function MediaItemPage({ params }: Props) {
  const { id } = await params;
  const user = await requireUser(paths.studio.mediaItem(id));
  const { item, usages, uploadedBy } = await orNotFound(getMedia(user, id));
  const preview = { width: 960, height: Math.round((960 * item.height) / item.width) };
  return (
    <>
      <p>
        <Link href={paths.studio.media()}>← Media library</Link>
      </p>
      <h1 className="page-title">{item.title}</h1>
      <p className="muted">
        {item.width} × {item.height} px · {item.format.toUpperCase()} · {(item.bytes / 1_000_000).toFixed(1)} MB
        {uploadedBy ? ` · uploaded by ${uploadedBy}` : ""} <MissingAlt item={item} />
      </p>
      <div className="media-item">
        {item.mayChange ? (
          <ActionForm action={updateMediaAction} submitLabel="Save" className="form media-item__form">
            <input type="hidden" name="id" value={item.id} />
            <FocalPointPicker
              src={renditionUrl(item, 960, "webp")}
              width={preview.width}
              height={preview.height}
              focalX={item.focalX}
              focalY={item.focalY}
            />
            <TextArea
              name="alt"
              label="Alt text"
              rows={3}
              defaultValue={item.alt}
              hint="What the image shows, for readers who cannot see it: one or two plain sentences. Required before a piece using it is submitted."
            />
            <TextArea name="caption" label="Caption" rows={2} defaultValue={item.caption} hint="Shown under the image." />
            <TextField
              name="credit"
              label="Credit"
              defaultValue={item.credit}
              hint="Photographer or agency, e.g. “Photo: A. Tan / Reuters”."
            />
            <TextField name="licence" label="Licence" defaultValue={item.licence} hint="e.g. “CC BY 4.0”, “All rights reserved”." />
            <TextField name="title" label="Title" defaultValue={item.title} hint="How the library lists it; readers never see it." />
          </ActionForm>
        ) : (
          <div>
            {/* eslint-disable-next-line @next/next/no-img-element -- a rendition URL; next/image would make another */}
            <img
              className="media-item__preview"
              src={renditionUrl(item, 960, "webp")}
              width={preview.width}
              height={preview.height}
              alt={item.alt}
            />
            <dl className="media-item__texts">
              <dt>Alt text</dt>
              <dd>{item.alt || "Missing"}</dd>
              <dt>Caption</dt>
              <dd>{item.caption || "None"}</dd>
              <dt>Credit</dt>
              <dd>{item.credit || "None"}</dd>
              <dt>Licence</dt>
              <dd>{item.licence || "None"}</dd>
            </dl>
            <p className="muted">Only the person who uploaded this image, or an editor, may change it.</p>
          </div>
        )}
        <section aria-labelledby="uses-title">
          <h2 id="uses-title">Where it is used</h2>
          {usages.length ? (
            <ul className="media-uses">
              {usages.map((usage) => (
                <li key={`${usage.kind}-${"articleId" in usage ? usage.articleId : usage.authorId}`}>
                  {"articleId" in usage && usage.visible ? (
                    <Link href={paths.studio.article(usage.articleId)}>{usage.label}</Link>
                  ) : (
                    usage.label
                  )}
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted">Not used anywhere yet.</p>
          )}
          {item.mayChange ? (
            <div className="media-delete">
              <h2>Delete</h2>
              <p className="muted">Only an image used nowhere can be deleted; its files go with it.</p>
              <ActionForm
                action={deleteMediaAction}
                submitLabel="Delete image"
                pendingLabel="Deleting…"
                confirmMessage={`Delete “${item.title}” for good?`}
                buttonClassName="button button--danger button--small"
              >
                <input type="hidden" name="id" value={item.id} />
              </ActionForm>
            </div>
          ) : null}
        </section>
      </div>
    </>
  );
}
