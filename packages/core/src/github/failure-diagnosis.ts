/**
 * What a stage's failure means, when GitHub's own words do not say it: a 404 on the repository
 * is a token that cannot see it (GitHub answers 404, not 403, to a token without access to a
 * private repository), and a request that got no answer (DNS, refused connection) is not
 * "GitHub answered 500". Both become errors that say the cause and the fix; a real bug keeps
 * its "report it".
 */
import { ConfigurationError, getErrorMessage, httpStatus, isConnectionFailure } from "../strategy/errors.ts";
import type { GitHubGateway } from "./github-gateway.ts";

/**
 * The error to report for `error`, thrown by a stage that talks to GitHub through `github`
 * at `apiUrl`. One read at most (the repository, after an unexpected 404).
 */
export async function diagnoseGitHubFailure(
  error: unknown,
  github: GitHubGateway,
  apiUrl: string,
): Promise<unknown> {
  if (error instanceof ConfigurationError) return error;
  const repository = `${github.owner}/${github.repo}`;
  if (isConnectionFailure(error)) {
    return new ConfigurationError(
      `Could not reach GitHub's API at ${apiUrl}: the request got no answer (${getErrorMessage(error)}). This is the network between the runner and GitHub, not GitHub's answer: check GITHUB_API_URL (GitHub Enterprise Server), the runner's DNS, and HTTPS_PROXY/NO_PROXY, then re-run the job.`,
      { cause: error },
    );
  }
  if (httpStatus(error) !== 404) return error;
  const visible = await github.client
    .request("GET /repos/{owner}/{repo}", { owner: github.owner, repo: github.repo })
    .then(
      () => true,
      (probe: unknown) => (httpStatus(probe) === 404 ? false : undefined),
    );
  if (visible !== false) return error;
  return new ConfigurationError(
    `The token cannot see the repository ${repository}: GitHub answers 404 (Not Found) to it, which is how GitHub answers a token that has no access to a repository. With the workflow's GITHUB_TOKEN, run the workflow in ${repository} itself; with a fine-grained token or a GitHub App token, add ${repository} to its repository access (with "contents" and the permissions this stage needs) and pass it in "token"; with a classic token, give it the "repo" scope.`,
    { cause: error },
  );
}
