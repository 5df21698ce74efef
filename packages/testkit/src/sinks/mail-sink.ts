/**
 * A real SMTP server (`smtp-server`) on 127.0.0.1 that keeps every message it accepts, parsed by
 * `mailparser`, with its envelope. It can require authentication (a user and password of the
 * test's choosing; a wrong one is SMTP's `535`) and refuse the next transactions with a reply
 * code of the test's choosing (`451` temporary, `550` permanent, RFC 5321 §4.2).
 */
import type { AddressInfo } from "node:net";
import { type ParsedMail, simpleParser } from "mailparser";
import { SMTPServer, type SMTPServerAuthentication } from "smtp-server";

/** A message the server accepted. */
export interface ReceivedMail {
  readonly envelope: { readonly from: string; readonly to: readonly string[] };
  /** The message as sent (headers and MIME parts). */
  readonly raw: string;
  readonly parsed: ParsedMail;
  /** The user that authenticated, if any. */
  readonly user: string | undefined;
}

/** A refusal of the next transaction(s), at RCPT TO or at the end of DATA. */
export interface MailFault {
  readonly stage: "rcpt" | "data";
  readonly code: number;
  readonly message: string;
  readonly times?: number;
}

/** The mail server of a test. */
export class MailSink {
  readonly messages: ReceivedMail[] = [];
  /** Connections opened (each `sendMail` of a fresh transport opens one). */
  connections = 0;
  readonly #server: SMTPServer;
  readonly #faults: { fault: MailFault; left: number }[] = [];
  #port = 0;

  private constructor(auth: { user: string; pass: string } | undefined) {
    this.#server = new SMTPServer({
      // Plain SMTP on loopback: the client may upgrade with STARTTLS only when the server offers it.
      disabledCommands: auth ? ["STARTTLS"] : ["STARTTLS", "AUTH"],
      allowInsecureAuth: true,
      authOptional: !auth,
      logger: false,
      onConnect: (_session, callback) => {
        this.connections++;
        callback();
      },
      onAuth: (credentials: SMTPServerAuthentication, _session, callback) => {
        if (auth && credentials.username === auth.user && credentials.password === auth.pass)
          return callback(null, { user: credentials.username });
        const error = Object.assign(new Error("Authentication credentials invalid"), { responseCode: 535 });
        return callback(error);
      },
      onRcptTo: (_address, _session, callback) => {
        const fault = this.#take("rcpt");
        if (fault) return callback(Object.assign(new Error(fault.message), { responseCode: fault.code }));
        return callback();
      },
      onData: (stream, session, callback) => {
        const chunks: Buffer[] = [];
        stream.on("data", (chunk: Buffer) => chunks.push(chunk));
        stream.on("end", () => {
          const fault = this.#take("data");
          if (fault) return callback(Object.assign(new Error(fault.message), { responseCode: fault.code }));
          const raw = Buffer.concat(chunks).toString("utf8");
          simpleParser(raw).then(
            (parsed) => {
              this.messages.push({
                envelope: {
                  from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
                  to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
                },
                raw,
                parsed,
                user: typeof session.user === "string" ? session.user : undefined,
              });
              callback();
            },
            (error: unknown) => callback(error as Error),
          );
        });
      },
    });
  }

  /** Starts a server; with `auth`, it requires that user and password. */
  static async start(auth?: { user: string; pass: string }): Promise<MailSink> {
    const sink = new MailSink(auth);
    await new Promise<void>((resolve) => sink.#server.listen(0, "127.0.0.1", resolve));
    sink.#port = (sink.#server.server.address() as AddressInfo).port;
    return sink;
  }

  get port(): number {
    return this.#port;
  }

  /** An `smtp://` URL for this server, with the credentials given (URL-encoded here). */
  url(auth?: { user: string; pass: string }): string {
    const credentials = auth ? `${encodeURIComponent(auth.user)}:${encodeURIComponent(auth.pass)}@` : "";
    return `smtp://${credentials}127.0.0.1:${this.#port}`;
  }

  /** Refuses the next transaction(s) with an SMTP reply. */
  injectFault(fault: MailFault): void {
    this.#faults.push({ fault, left: fault.times ?? 1 });
  }

  #take(stage: MailFault["stage"]): MailFault | undefined {
    const entry = this.#faults.find((candidate) => candidate.left > 0 && candidate.fault.stage === stage);
    if (!entry) return undefined;
    entry.left--;
    return entry.fault;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.#server.close(() => resolve()));
  }
}
