/**
 * Secrets the stage told the runner to mask. The runner masks them in the log, but not in the
 * job summary or the outputs: what the stage writes there goes through {@link redact}.
 */
import * as core from "@actions/core";

const secrets = new Set<string>();

/** Tells the runner to mask a secret in every later log line (`core.setSecret`), and remembers it. */
export function maskSecret(value: string): void {
  if (value.trim() === "") return;
  secrets.add(value);
  // The runner masks each line of a multi-line secret on its own.
  for (const line of value.split(/\r?\n/)) if (line.trim() !== "") secrets.add(line);
  core.setSecret(value);
}

/** `text` with every masked secret replaced by `***`, as the runner shows the log. */
export function redact(text: string): string {
  let result = text;
  for (const secret of [...secrets].sort((a, b) => b.length - a.length))
    result = result.split(secret).join("***");
  return result;
}
