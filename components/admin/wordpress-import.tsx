"use client";
// The WordPress import page's two interactive parts: the upload, which reads the export in the
// browser and sends its text, and the runner, which confirms the mapping and then asks the
// server for one step of posts after another, showing how far it is. The server checks the
// permission and the file at every call.
import { useRouter } from "next/navigation";
import { useState, type FormEvent, type ReactNode } from "react";
import { createImportRunAction, runImportStepAction, startImportRunAction } from "@/lib/actions/wordpress-import";

const megabytes = (bytes: number) => `${(bytes / 1_000_000).toFixed(1)} MB`;

export function ImportUpload({ maxBytes }: { maxBytes: number }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const file = new FormData(event.currentTarget).get("wxr");
    if (!(file instanceof File) || file.size === 0) return setError("Choose a WordPress export file (.xml).");
    if (file.size > maxBytes) {
      return setError(
        `This export is ${megabytes(file.size)}; the studio takes files up to ${megabytes(maxBytes)}. Import it with the command: npm run import:wordpress -- ${file.name}`,
      );
    }
    setPending(true);
    setError(null);
    const result = await createImportRunAction({ fileName: file.name, xml: await file.text() });
    setPending(false);
    if (result.ok) router.push(result.data.path);
    else setError(result.error);
  }

  return (
    <form className="form" onSubmit={onSubmit} aria-describedby="wxr-hint">
      <label htmlFor="wxr">WordPress export file (WXR, .xml)</label>
      <input id="wxr" name="wxr" type="file" accept=".xml,application/xml,text/xml" required />
      <p className="field-hint" id="wxr-hint">
        In WordPress: Tools, Export, All content. Nothing is imported until you have reviewed the plan and confirmed the mapping.
      </p>
      {error ? (
        <p className="form__error" role="alert">
          {error}
        </p>
      ) : null}
      <button className="button" type="submit" disabled={pending}>
        {pending ? "Reading the file…" : "Read the export"}
      </button>
    </form>
  );
}

/** The mapping form (its fields are the children) and the run's progress. */
export function ImportRunner({
  id,
  total,
  processed: alreadyProcessed,
  running,
  children,
}: {
  id: string;
  total: number;
  processed: number;
  /** The run was started and not finished (the page was closed during it): offer to go on. */
  running: boolean;
  children?: ReactNode;
}) {
  const router = useRouter();
  const [processed, setProcessed] = useState(alreadyProcessed);
  const [active, setActive] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function steps() {
    for (;;) {
      const step = await runImportStepAction({ id });
      if (!step.ok) return setError(step.error);
      setProcessed(step.data.processed);
      if (step.data.done) return router.refresh();
    }
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setActive(true);
    setError(null);
    if (!running) {
      const form = new FormData(event.currentTarget);
      form.set("id", id);
      const started = await startImportRunAction(form);
      if (!started.ok) {
        setActive(false);
        return setError(started.error);
      }
    }
    await steps();
    setActive(false);
  }

  return (
    <form className="form import-runner" onSubmit={onSubmit}>
      {children}
      {error ? (
        <p className="form__error" role="alert">
          {error}
        </p>
      ) : null}
      {active || running ? (
        <div className="import-progress" aria-live="polite">
          <label htmlFor="import-progress">
            {processed} of {total} posts imported
          </label>
          <progress id="import-progress" max={total} value={processed} />
        </div>
      ) : null}
      <button className="button" type="submit" disabled={active}>
        {active ? "Importing…" : running ? "Continue the import" : "Confirm the mapping and import"}
      </button>
    </form>
  );
}
