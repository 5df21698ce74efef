/**
 * The log a stage writes while it runs. Stages receive it as a dependency so that `run()` stays
 * testable; the runner implementation speaks the workflow-command protocol directly on stdout
 * (the same lines @actions/core writes), which keeps @actions/core and its HTTP client out of
 * the start-up path (see bench/results.md).
 */
import type { Log } from "../strategy/log.ts";

/** Escapes a workflow command's message the way the runner decodes it. */
export function escapeCommandData(value: string): string {
  return value.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

/** Writes one workflow command line (`::name::message`). */
export function issueCommand(name: string, message: string, write: (line: string) => void): void {
  write(`::${name}::${escapeCommandData(message)}\n`);
}

/** The log of a stage running on a GitHub runner. */
export function createRunnerLog(write: (text: string) => void = (text) => process.stdout.write(text)): Log {
  return {
    info: (message) => write(`${message}\n`),
    debug: (message) => issueCommand("debug", message, write),
    warning: (message) => issueCommand("warning", message, write),
    notice: (message) => issueCommand("notice", message, write),
    async group(title, body) {
      issueCommand("group", title, write);
      try {
        return await body();
      } finally {
        write("::endgroup::\n");
      }
    },
  };
}
