// The error pages (app/(public)/error.tsx, app/(studio)/studio/error.tsx, app/global-error.tsx):
// friendly, with a way to try again, and nothing internal but the digest's opaque reference.
import { createElement, type ComponentType } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import PublicError from "@/app/(public)/error";
import StudioError from "@/app/(studio)/studio/error";
import GlobalError from "@/app/global-error";

type Boundary = ComponentType<{ error: unknown; retry: () => void }>;

/** A server error as the browser receives it in development: message and stack included. */
const serverError = Object.assign(new Error('relation "Secret" does not exist at postgres://admin:pw@db'), { digest: "1234567890" });

const render = (boundary: Boundary, error: unknown) => renderToStaticMarkup(createElement(boundary, { error, retry: () => undefined }));

test.each([
  ["public", PublicError as Boundary, "This page could not be shown", true],
  ["studio", StudioError as Boundary, "This page could not be loaded", false],
  ["global", GlobalError as Boundary, "This page could not be shown", true],
])("the %s error page says what happened and offers a retry, showing only the digest", (_name, boundary, title, homeLink) => {
  const html = render(boundary, serverError);
  expect({
    title: html.includes(`>${title}</h1>`),
    retry: html.includes(`<button type="button" class="button">Try again</button>`),
    home: html.includes(`<a href="/">Go to the home page</a>`),
    reference: html.includes("Reference for the site&#x27;s administrator: 1234567890"),
    internals: ["Secret", "postgres", "pw@db", "Error"].filter((text) => html.includes(text)),
  }).toEqual({ title: true, retry: true, home: homeLink, reference: true, internals: [] });
});

test("an error thrown in the browser has no digest, and nothing of it is shown", () => {
  const html = render(PublicError as Boundary, new TypeError("cannot read properties of undefined (reading 'slug')"));
  expect({ reference: html.includes("Reference"), leaked: html.includes("slug") || html.includes("TypeError") }).toEqual({
    reference: false,
    leaked: false,
  });
});
