// The one SMTP server of the tests: what lib/platform/mail.ts delivers arrives here over the wire,
// so a test reads a mail as its recipient would (and the outbox as the studio would). Integration
// tests start one per file; the browser tests' stack starts one whose mail the test files, in
// other processes, read from a JSON-lines file (tests/e2e/support/mail.ts).
import { appendFileSync } from "node:fs";
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

export interface ReceivedMail {
  from: string;
  to: string[];
  raw: string;
  /** The raw message with quoted-printable soft line breaks undone, for finding a link in it. */
  text: string;
}

/** A line of the log file: the mail as tests/e2e/support/mail.ts reads it. */
export interface LoggedMail {
  to: string[];
  subject: string;
  text: string;
}

export interface SmtpSinkOptions {
  /** A server that refuses: each message is answered with this error instead of being kept. */
  refuse?: (mail: ReceivedMail) => Error;
  /** Each message is also written, parsed, to this file as a line of JSON (LoggedMail). */
  logFile?: string;
  /** A slow server: each message is answered this long after its data has arrived (changeable with setDelay). */
  delayMs?: number;
}

async function writeLog(file: string, mail: ReceivedMail) {
  const parsed = await simpleParser(mail.raw);
  const line: LoggedMail = { to: mail.to, subject: parsed.subject ?? "", text: parsed.text ?? "" };
  appendFileSync(file, JSON.stringify(line) + "\n");
}

export async function startSmtpSink(options: SmtpSinkOptions = {}) {
  const received: ReceivedMail[] = [];
  let delayMs = options.delayMs ?? 0;
  /** While set, messages are kept (and counted as received) but never answered: a sender stuck in DATA. */
  let holding = false;
  const waiters: { count: number; resolve: () => void }[] = [];
  const arrived = () => {
    for (const waiter of waiters.filter((w) => received.length >= w.count)) {
      waiters.splice(waiters.indexOf(waiter), 1);
      waiter.resolve();
    }
  };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    onData(stream, session, callback) {
      let raw = "";
      stream.on("data", (chunk: Buffer) => (raw += chunk.toString("utf8")));
      stream.on("end", () => {
        const mail = {
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
          to: session.envelope.rcptTo.map((r) => r.address),
          raw,
          text: raw.replace(/=\r?\n/g, "").replace(/=3D/g, "="),
        };
        if (options.refuse) return callback(options.refuse(mail));
        // Counted as soon as its data is in: a server may deliver a message whose sender never hears the answer.
        received.push(mail);
        arrived();
        if (holding) return;
        const answer = () => (options.logFile ? writeLog(options.logFile, mail).then(() => callback(), callback) : callback());
        if (delayMs > 0) setTimeout(answer, delayMs);
        else void answer();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  const url = `smtp://127.0.0.1:${(server.server.address() as { port: number }).port}`;
  return {
    received,
    url,
    setDelay: (ms: number) => void (delayMs = ms),
    /** From now on, messages arrive but are never answered (their senders wait in DATA until they give up or die). */
    hold: () => void (holding = true),
    /** Resolves once `count` messages have arrived in all. */
    waitForCount: (count: number) =>
      new Promise<void>((resolve) => (received.length >= count ? resolve() : waiters.push({ count, resolve }))),
    /** The newest mail to `address`, if any. */
    lastTo: (address: string) => received.filter((m) => m.to.includes(address)).at(-1),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export type SmtpSink = Awaited<ReturnType<typeof startSmtpSink>>;
