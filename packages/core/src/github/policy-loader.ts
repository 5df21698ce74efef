/**
 * Loads the release policy from the user's repository, through the API at the workflow's
 * commit (no checkout needed). A missing file means the InstructLab defaults; any other read
 * failure is an error (see repository-file.ts).
 */
import type { Log } from "../strategy/log.ts";
import { DEFAULT_POLICY, parseReleasePolicy, type ReleasePolicy } from "../strategy/release-policy.ts";
import type { GitHubGateway } from "./github-gateway.ts";
import { readOptionalYamlFile } from "./repository-file.ts";

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
  const file = await readOptionalYamlFile(
    github,
    { path, what: "the release policy", namedBy: 'input "config"', fallback: "the default policy" },
    ref,
  );
  if (!file) {
    log.info(
      `No ${path} at ${ref.slice(0, 12) || "the default branch"}: using the default policy (the InstructLab practice).`,
    );
    return DEFAULT_POLICY;
  }
  const policy = parseReleasePolicy(file.document, file.source);
  log.info(`Release policy: ${file.source}.`);
  return policy;
}
