/**
 * The ruleset `protect: true` puts on a release branch: changes only through pull requests
 * with the policy's number of approvals, no force-pushes, no deletion. One ruleset per branch,
 * found again by name on a re-run and updated only when its rules differ.
 */
import { type GitHubGateway, writeOnce } from "@release-actions/core/github";
import { ConfigurationError, httpStatus } from "@release-actions/core/strategy";

/** What happened to the branch's ruleset. */
export type RulesetOutcome = "created" | "updated" | "unchanged" | "would create" | "would update";

/** The ruleset as it is sent to `POST/PUT /repos/{owner}/{repo}/rulesets`. */
export function releaseBranchRuleset(branch: string, requiredApprovals: number) {
  return {
    name: `${branch} (release-actions)`,
    target: "branch" as const,
    enforcement: "active" as const,
    conditions: { ref_name: { include: [`refs/heads/${branch}`], exclude: [] as string[] } },
    rules: [
      { type: "deletion" as const },
      { type: "non_fast_forward" as const },
      {
        type: "pull_request" as const,
        parameters: {
          required_approving_review_count: requiredApprovals,
          dismiss_stale_reviews_on_push: true,
          require_code_owner_review: false,
          require_last_push_approval: false,
          required_review_thread_resolution: false,
        },
      },
    ],
  };
}

interface RulesetView {
  enforcement: string;
  conditions?: { ref_name?: { include?: string[] } } | null;
  rules?: { type: string; parameters?: unknown }[];
}

/** True when an existing ruleset already enforces what `releaseBranchRuleset` asks for. */
function enforces(ruleset: RulesetView, branch: string, requiredApprovals: number): boolean {
  const types = new Set(ruleset.rules?.map((rule) => rule.type));
  const pullRequest = ruleset.rules?.find((rule) => rule.type === "pull_request")?.parameters as
    | { required_approving_review_count?: number }
    | undefined;
  return (
    ruleset.enforcement === "active" &&
    (ruleset.conditions?.ref_name?.include ?? []).includes(`refs/heads/${branch}`) &&
    types.has("deletion") &&
    types.has("non_fast_forward") &&
    pullRequest?.required_approving_review_count === requiredApprovals
  );
}

function needsAdmin(error: unknown): never {
  throw new ConfigurationError(
    `protect: true needs a token that can manage rulesets (repository "administration: write"; the ` +
      `workflow's GITHUB_TOKEN cannot): GitHub answered ${httpStatus(error)}. Pass a fine-grained token ` +
      `or a GitHub App token in "token", or set protect: false and protect release branches in the ` +
      `repository settings.`,
  );
}

/** Creates or updates the branch's ruleset so that it matches the policy. */
export async function ensureBranchRuleset(
  github: GitHubGateway,
  branch: string,
  requiredApprovals: number,
): Promise<RulesetOutcome> {
  const wanted = releaseBranchRuleset(branch, requiredApprovals);
  const where = { owner: github.owner, repo: github.repo };
  const findRuleset = async () => {
    try {
      const existing = await github.client.paginate("GET /repos/{owner}/{repo}/rulesets", {
        ...where,
        per_page: 100,
        includes_parents: false,
      });
      return existing.find((ruleset) => ruleset.name === wanted.name);
    } catch (error) {
      if (httpStatus(error) === 403 || httpStatus(error) === 404) needsAdmin(error);
      throw error;
    }
  };
  const current = await findRuleset();
  try {
    if (!current) {
      if (github.dryRun) return "would create";
      // Sent once: re-sent after a lost answer, it would make a second ruleset of the same name.
      await writeOnce<unknown>({
        send: async (noRetry) =>
          (
            await github.client.request("POST /repos/{owner}/{repo}/rulesets", {
              ...where,
              ...wanted,
              ...noRetry,
            })
          ).data,
        find: findRuleset,
      });
      return "created";
    }
    const { data } = await github.client.request("GET /repos/{owner}/{repo}/rulesets/{ruleset_id}", {
      ...where,
      ruleset_id: current.id,
    });
    if (enforces(data, branch, requiredApprovals)) return "unchanged";
    if (github.dryRun) return "would update";
    await github.client.request("PUT /repos/{owner}/{repo}/rulesets/{ruleset_id}", {
      ...where,
      ruleset_id: current.id,
      ...wanted,
    });
    return "updated";
  } catch (error) {
    if (httpStatus(error) === 403 || httpStatus(error) === 404) needsAdmin(error);
    throw error;
  }
}
