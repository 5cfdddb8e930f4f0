// What the administration pages show when the visitor may not see them (something that does
// not exist is the 404 page: orNotFound in lib/platform/http/domain-errors.ts). The lib
// functions check again: this only shapes the page.

export function NoAccess({ title }: { title: string }) {
  return (
    <>
      <h1 className="page-title">{title}</h1>
      <p>You do not have permission to see this page. Ask an administrator if you need access.</p>
    </>
  );
}
