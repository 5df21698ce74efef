/**
 * Sends the mail through the SMTP server of `smtp-url` with nodemailer, loaded only here (a
 * chunk of its own: runs without the email channel never load it). `smtp://` requires STARTTLS
 * unless the server is on this machine (a local relay); `smtps://` is TLS from the start.
 * A transaction the server refused with a temporary reply (4xx, RFC 5321 §4.2.1) or a connection
 * that never opened did not deliver anything, so it is tried again; anything else is not.
 */
import type { EmailMessage } from "./email-message.ts";
import type { SmtpServer } from "./inputs.ts";

/** A mail that was not sent, in words safe for the summary. */
export class MailError extends Error {
  override name = "MailError";
}

const ATTEMPTS = 3;

function isLoopback(host: string): boolean {
  return host === "localhost" || host === "::1" || /^127\./.test(host);
}

/** Sends the mail; returns what the server said when it took it. */
export async function sendEmail(
  server: SmtpServer,
  envelope: { readonly from: string; readonly to: readonly string[] },
  message: EmailMessage,
  sleep: (ms: number) => Promise<void>,
): Promise<string> {
  // The mailer and its SMTP transport only: nodemailer's index also bundles the pool, sendmail,
  // SES and stream transports and the well-known services list.
  const [{ default: Mailer }, { default: SMTPTransport }] = await Promise.all([
    import("nodemailer/lib/mailer"),
    import("nodemailer/lib/smtp-transport"),
  ]);
  const transport = new Mailer(
    new SMTPTransport({
      host: server.host,
      port: server.port,
      secure: server.secure,
      requireTLS: !server.secure && !isLoopback(server.host),
      ...(server.user !== undefined && { auth: { user: server.user, pass: server.password ?? "" } }),
      connectionTimeout: 30_000,
      greetingTimeout: 30_000,
      socketTimeout: 60_000,
    }),
  );
  try {
    for (let attempt = 1; ; attempt++) {
      try {
        const info = await transport.sendMail({
          from: envelope.from,
          to: [...envelope.to],
          subject: message.subject,
          text: message.text,
          html: message.html,
          messageId: message.messageId,
          headers: { ...message.headers },
        });
        const rejected = (info.rejected ?? []).length;
        return `accepted for ${(info.accepted ?? []).length} recipient(s)${rejected > 0 ? `, refused for ${rejected}` : ""}`;
      } catch (error) {
        const { responseCode, command, code } = error as {
          responseCode?: unknown;
          command?: unknown;
          code?: unknown;
        };
        const temporary = typeof responseCode === "number" && responseCode >= 400 && responseCode < 500;
        const neverOpened = command === "CONN" || code === "ECONNECTION" || code === "EDNS";
        if ((temporary || neverOpened) && attempt < ATTEMPTS) {
          await sleep(2000 * attempt);
          continue;
        }
        throw new MailError(describe(error));
      }
    }
  } finally {
    transport.close();
  }
}

/** nodemailer's error, without anything the server echoed beyond its reply code. */
function describe(error: unknown): string {
  const { responseCode, command, code } = error as {
    responseCode?: unknown;
    command?: unknown;
    code?: unknown;
  };
  if (code === "EAUTH")
    return `the SMTP server refused the login${typeof responseCode === "number" ? ` (${responseCode})` : ""}: check the user and password in smtp-url.`;
  if (typeof responseCode === "number")
    return `the SMTP server refused the mail (${responseCode}${typeof command === "string" ? ` at ${command.split(" ")[0]}` : ""}).`;
  if (code === "ETLS" || code === "ESOCKET")
    return `could not open a TLS connection to the SMTP server (${String(code)}): smtp:// needs STARTTLS, smtps:// TLS on its port.`;
  return `could not send through the SMTP server (${typeof code === "string" ? code : "no answer"}).`;
}
