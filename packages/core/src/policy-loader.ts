/**
 * Loads the release policy from the user's repository, through the API at the workflow's
 * commit (no checkout needed). A missing file means the InstructLab defaults; a file GitHub
 * would not give (no permission, an outage that outlasted the retries) is an error, never a
 * silent fall-back to the defaults.
 */
import type { Log } from "./action-log.ts";
import { ConfigurationError, getErrorMessage, httpStatus } from "./errors.ts";
import type { GitHubGateway } from "./github-gateway.ts";
import { DEFAULT_POLICY, parseReleasePolicy, type ReleasePolicy } from "./release-policy.ts";

/** Why the policy file could not be read, naming the `config` input and what to do. */
function readFailure(path: string, at: string, error: unknown): Error {
  const status = httpStatus(error);
  const what = `Could not read the release policy ${path} (input "config") at ${at}: GitHub answered ${status ?? "with an error"} (${getErrorMessage(error)}).`;
  if (status === 401 || status === 403) {
    return new ConfigurationError(
      `${what} The token needs "contents: read": add it to the job's permissions, or pass a token that has it in the "token" input.`,
    );
  }
  return new Error(
    `${what} The default policy is used only when the file does not exist; run the job again once GitHub answers, or set "config" to the policy file's path.`,
    { cause: error },
  );
}

/**
 * Reads and validates the policy file at `ref`.
 * @param path the `config` input (default `.github/release-strategy.yml`)
 * @param ref the commit the workflow runs at; empty: the default branch
 */
export async function loadReleasePolicy(
  github: GitHubGateway,
  path: string,
  ref: string,
  log: Log,
): Promise<ReleasePolicy> {
  const at = ref.slice(0, 12) || "the default branch";
  let text: string | undefined;
  try {
    text = await github.getFileText(path, ref);
  } catch (error) {
    if (error instanceof ConfigurationError) throw error;
    throw readFailure(path, at, error);
  }
  if (text === undefined) {
    log.info(`No ${path} at ${at}: using the default policy (the InstructLab practice).`);
    return DEFAULT_POLICY;
  }
  const source = ref ? `${path}@${ref.slice(0, 12)}` : `${path} on the default branch`;
  // Loaded only when a policy file exists: most runs never pay for the YAML parser.
  const { load } = await import("js-yaml");
  let document: unknown;
  try {
    document = load(text, { filename: path });
  } catch (error) {
    throw new ConfigurationError(`${source} is not valid YAML: ${getErrorMessage(error)}`);
  }
  const policy = parseReleasePolicy(document, source);
  log.info(`Release policy: ${source}.`);
  return policy;
}
