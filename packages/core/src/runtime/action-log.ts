/**
 * The log a stage writes while it runs, on `@actions/core`, and the one owner of the rule that
 * text which is not the project's own (inputs, policy values, PR titles, commit subjects, file
 * contents, server messages) never reaches the log in a form the runner reads as a workflow
 * command. Annotations, debug lines and group titles are single command lines whose data
 * `@actions/core` escapes (`%`, CR, LF), so nothing in them can start a command; plain lines
 * that could (`::name::…` after leading blanks, as the runner trims them, or the legacy
 * `##[name]…`) are fenced with `::stop-commands::` and a random token, as the toolkit documents
 * for echoing untrusted text: the runner runs no command until the token comes back.
 */
import * as core from "@actions/core";
import type { Log } from "../strategy/log.ts";

// The runner reads a line as a command when it starts with "::" once leading whitespace is
// trimmed (actions/runner, ActionCommand.TryParseV2) or holds the legacy "##[" form (TryParse).
const COMMAND_LIKE = /(^|[\r\n])[^\S\r\n]*::|##\[/;

/** Whether the runner could read any line of `text` as a workflow command. */
export function looksLikeCommand(text: string): boolean {
  return COMMAND_LIKE.test(text);
}

/**
 * Writes lines of text that is not the project's own to the log so that the runner executes
 * nothing in them; masked secrets in them are still masked by the runner.
 */
export function writeUntrusted(
  text: string,
  write: (text: string) => void = (t) => process.stdout.write(t),
): void {
  if (!looksLikeCommand(text)) {
    write(`${text}\n`);
    return;
  }
  const token = `release-actions-${globalThis.crypto.randomUUID()}`;
  write(`::stop-commands::${token}\n${text}\n::${token}::\n`);
}

/** The log of a stage running on a GitHub runner. */
export function createRunnerLog(): Log {
  return {
    info: (message) => writeUntrusted(message),
    debug: (message) => core.debug(message),
    warning: (message) => core.warning(message),
    notice: (message) => core.notice(message),
    group: (title, body) => core.group(title, body),
  };
}
