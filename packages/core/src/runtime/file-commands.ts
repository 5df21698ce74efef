/**
 * How a stage hands its results to the runner: outputs appended to GITHUB_OUTPUT in the heredoc
 * form (`name<<delimiter`, a random delimiter, as @actions/core writes them) and the job summary
 * appended to GITHUB_STEP_SUMMARY. Written here rather than through @actions/core, whose import
 * brings its HTTP client (undici: about 1 MB of every bundle) for nothing a stage uses.
 */
import { appendFile } from "node:fs/promises";
import { EOL } from "node:os";
import { escapeCommandData } from "./action-log.ts";

/**
 * Sets the step's outputs. Outside a runner (no GITHUB_OUTPUT) they are printed as the legacy
 * `set-output` commands, as @actions/core does.
 */
export async function writeOutputs(
  outputs: Readonly<Record<string, string>>,
  env: Readonly<Record<string, string | undefined>>,
  write: (text: string) => void = (text) => process.stdout.write(text),
): Promise<void> {
  const file = env.GITHUB_OUTPUT;
  for (const [name, value] of Object.entries(outputs)) {
    if (file) {
      // The global Web Crypto, not node:crypto: nothing to load before the stage's first request.
      const delimiter = `ghadelimiter_${globalThis.crypto.randomUUID()}`;
      await appendFile(file, `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`);
    } else {
      write(`${EOL}::set-output name=${name}::${escapeCommandData(value)}${EOL}`);
    }
  }
}

/** Appends markdown to the job summary, when the runner gave the step one. */
export async function appendStepSummary(
  markdown: string,
  env: Readonly<Record<string, string | undefined>>,
): Promise<void> {
  if (env.GITHUB_STEP_SUMMARY) await appendFile(env.GITHUB_STEP_SUMMARY, markdown);
}
