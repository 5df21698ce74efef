/**
 * Repository rulesets as GitHub enforces them on branches: `deletion`, `non_fast_forward`, and
 * `pull_request` (changes only through pull requests, with N approving reviews from people with
 * write access).
 */
import { HttpError } from "./http.ts";
import type { FakeRepository } from "./repository.ts";

function matches(pattern: string, ref: string, repository: FakeRepository): boolean {
  if (pattern === "~ALL") return true;
  if (pattern === "~DEFAULT_BRANCH") return ref === `refs/heads/${repository.defaultBranch}`;
  const regex = pattern
    .replace(/[.+^${}()|[\]\\]/g, "\\$&")
    .replace(/\*\*/g, "\0")
    .replace(/\*/g, "[^/]*")
    .replace(/\0/g, ".*");
  return new RegExp(`^${regex}$`).test(ref);
}

/** The rules of active rulesets that apply to a ref. */
export function rulesFor(
  repository: FakeRepository,
  ref: string,
): { type: string; parameters?: Record<string, unknown> }[] {
  return [...repository.rulesets.values()]
    .filter(
      (ruleset) =>
        ruleset.enforcement === "active" &&
        ruleset.target === (ref.startsWith("refs/tags/") ? "tag" : "branch"),
    )
    .filter((ruleset) => {
      const include = ruleset.conditions?.ref_name?.include ?? [];
      const exclude = ruleset.conditions?.ref_name?.exclude ?? [];
      return (
        include.some((pattern) => matches(pattern, ref, repository)) &&
        !exclude.some((pattern) => matches(pattern, ref, repository))
      );
    })
    .flatMap((ruleset) => ruleset.rules);
}

function violation(message: string): HttpError {
  return new HttpError(422, `Repository rule violations found\n\n${message}\n`);
}

/** Throws GitHub's rule violation for a direct change of a ref (not through a pull request merge). */
export function checkRefChange(
  repository: FakeRepository,
  ref: string,
  change: "update" | "force" | "delete",
): void {
  const types = new Set(rulesFor(repository, ref).map((rule) => rule.type));
  if (change === "delete" && types.has("deletion")) throw violation("Cannot delete this branch");
  if (change === "force" && types.has("non_fast_forward"))
    throw violation("Cannot force-push to this branch");
  if (types.has("pull_request")) throw violation("Changes must be made through a pull request.");
}

/** Throws when a pull request may not merge into its base yet (approvals, requested changes). */
export function checkMerge(repository: FakeRepository, number: number, base: string, author: string): void {
  const rule = rulesFor(repository, `refs/heads/${base}`).find(
    (candidate) => candidate.type === "pull_request",
  );
  if (!rule) return;
  const required = Number(rule.parameters?.required_approving_review_count ?? 0);
  const latest = new Map<string, string>();
  for (const review of repository.reviews.get(number) ?? []) {
    if (review.state === "COMMENTED" || review.state === "PENDING") continue;
    latest.set(review.user.login.toLowerCase(), review.state);
  }
  const writers = [...latest].filter(
    ([login]) =>
      login !== author.toLowerCase() &&
      ["admin", "maintain", "write"].includes(repository.roleOf(login) ?? ""),
  );
  if (writers.some(([, state]) => state === "CHANGES_REQUESTED"))
    throw new HttpError(405, "Repository rule violations found\n\nChanges have been requested.\n");
  const approvals = writers.filter(([, state]) => state === "APPROVED").length;
  if (approvals < required) {
    throw new HttpError(
      405,
      `Repository rule violations found\n\nAt least ${required} approving review${required === 1 ? " is" : "s are"} required by reviewers with write access.\n`,
    );
  }
}

/** A tag of a published immutable release can be neither moved nor deleted. */
export function checkImmutableTag(repository: FakeRepository, ref: string): void {
  if (!ref.startsWith("refs/tags/")) return;
  const tag = ref.slice("refs/tags/".length);
  if ([...repository.releases.values()].some((release) => release.immutable && release.tagName === tag)) {
    throw new HttpError(422, `Cannot update or delete ${tag}: it is the tag of an immutable release`);
  }
}
