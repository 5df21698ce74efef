/**
 * Loads the release policy from the user's repository, through the API at the workflow's
 * commit (no checkout needed). A missing file means the InstructLab defaults.
 */
import type { Log } from "./action-log.ts";
import { ConfigurationError, getErrorMessage } from "./errors.ts";
import type { GitHubGateway } from "./github-gateway.ts";
import { DEFAULT_POLICY, parseReleasePolicy, type ReleasePolicy } from "./release-policy.ts";

/**
 * Reads and validates the policy file at `ref`.
 * @param path the `config` input (default `.github/release-strategy.yml`)
 * @param ref the commit the workflow runs at
 */
export async function loadReleasePolicy(
  github: GitHubGateway,
  path: string,
  ref: string,
  log: Log,
): Promise<ReleasePolicy> {
  const text = await github.getFileText(path, ref);
  if (text === undefined) {
    log.info(
      `No ${path} at ${ref.slice(0, 12) || "the default branch"}: using the default policy (the InstructLab practice).`,
    );
    return DEFAULT_POLICY;
  }
  const source = `${path}@${ref.slice(0, 12)}`;
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
