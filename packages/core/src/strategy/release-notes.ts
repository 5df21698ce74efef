/**
 * The one notes model of a release, from which the GitHub release body, the CHANGELOG section
 * and the announcements are rendered. A pull request belongs to the range when its merge
 * commit does (merge, squash and rebase merges alike); commits on the range's first-parent line
 * that no pull request brought are listed as direct commits. Pull requests left out of the notes
 * (the release PRs) still brought their commits: those are never direct commits.
 */
import { type Categorizable, categorize, type NotesConfig } from "./release-notes-config.ts";
import type { Stream } from "./version-policy.ts";

/** A commit of the range (from the compare API). */
export interface RangeCommit {
  readonly sha: string;
  readonly parents: readonly string[];
  /** The commit's tree (lets a stage build on the range's head without reading it again). */
  readonly tree?: string;
  readonly message: string;
  readonly authorLogin: string | undefined;
  readonly authorName: string;
  readonly date: string;
}

/** A merged pull request. */
export interface MergedPull {
  readonly number: number;
  readonly title: string;
  readonly url: string;
  readonly author: { readonly login: string; readonly type?: string };
  readonly labels: readonly string[];
  readonly mergeCommitSha: string;
  /** The head commit when merged: on the first-parent line when the base was fast-forwarded to it. */
  readonly headSha?: string;
  readonly mergedAt: string;
}

/** What the notes are built from. */
export interface NotesInput {
  readonly tag: string;
  readonly previousTag: string | undefined;
  readonly compareUrl: string | undefined;
  /** The head commit of the range (its first-parent line is walked for direct commits). */
  readonly head: string;
  readonly commits: readonly RangeCommit[];
  /** Merged pull requests; those whose merge commit is not in the range are ignored. */
  readonly pulls: readonly MergedPull[];
  /** Merged pull requests left out of the notes (the release PRs), whose commits are not direct. */
  readonly skippedPulls?: readonly MergedPull[];
  readonly config: NotesConfig;
  readonly stream?: Stream;
  /** Whether a login's first contribution is in this release. */
  readonly isNewContributor?: (login: string) => boolean;
}

/** A section of the notes. */
export interface NotesSection {
  readonly title: string;
  readonly pulls: readonly MergedPull[];
}

/** The notes model. */
export interface ReleaseNotes {
  readonly tag: string;
  readonly previousTag: string | undefined;
  readonly compareUrl: string | undefined;
  /** In the configuration's order; empty sections left out. */
  readonly sections: readonly NotesSection[];
  /** Every pull request of the range, lowest number first. */
  readonly pulls: readonly MergedPull[];
  /** Pull requests that fit no category (GitHub's notes leave them out). */
  readonly unlisted: readonly MergedPull[];
  /** Pull requests `changelog.exclude` removes. */
  readonly excluded: readonly MergedPull[];
  /** Commits of the first-parent line no pull request brought, listed or skipped (direct pushes). */
  readonly directCommits: readonly RangeCommit[];
  readonly newContributors: readonly { readonly login: string; readonly pull: MergedPull }[];
  /** The commits of the range, oldest first. */
  readonly commits: readonly RangeCommit[];
  /** What does not fit the strategy: breaking changes in Y/Z-streams, features in Z-streams. */
  readonly contentWarnings: readonly string[];
}

/** How a category reads against the strategy. */
function categoryKind(title: string, labels: readonly string[]): "breaking" | "feature" | undefined {
  const words = [title, ...labels].join(" ");
  if (/break/i.test(words)) return "breaking";
  if (/feat|enhanc/i.test(words)) return "feature";
  return undefined;
}

function asCategorizable(pull: MergedPull): Categorizable {
  return { labels: pull.labels, author: pull.author.login };
}

/** Builds the notes model of a range. */
export function buildReleaseNotes(input: NotesInput): ReleaseNotes {
  const inRange = new Map(input.commits.map((commit) => [commit.sha, commit]));
  const pulls = input.pulls
    .filter((pull) => inRange.has(pull.mergeCommitSha))
    .sort((a, b) => a.number - b.number);
  const broughtByPulls = new Set(
    [...pulls, ...(input.skippedPulls ?? [])].flatMap((pull) => [
      pull.mergeCommitSha,
      ...(pull.headSha ? [pull.headSha] : []),
    ]),
  );

  const directCommits: RangeCommit[] = [];
  for (
    let commit = inRange.get(input.head);
    commit;
    commit = commit.parents[0] ? inRange.get(commit.parents[0]) : undefined
  ) {
    if (!broughtByPulls.has(commit.sha)) directCommits.push(commit);
  }
  directCommits.reverse();

  const byTitle = new Map<string, MergedPull[]>();
  const unlisted: MergedPull[] = [];
  const excluded: MergedPull[] = [];
  for (const pull of pulls) {
    const place = categorize(asCategorizable(pull), input.config);
    if (place === "excluded") excluded.push(pull);
    else if (place === undefined) unlisted.push(pull);
    else byTitle.set(place, [...(byTitle.get(place) ?? []), pull]);
  }
  const titles =
    input.config.categories.length > 0
      ? input.config.categories.map((category) => category.title)
      : ["What's Changed"];
  const sections = [...new Set(titles)]
    .filter((title) => byTitle.has(title))
    .map((title) => ({ title, pulls: byTitle.get(title) ?? [] }));

  const seen = new Set<string>();
  const newContributors = pulls
    .filter(
      (pull) =>
        input.isNewContributor?.(pull.author.login) &&
        !seen.has(pull.author.login) &&
        seen.add(pull.author.login),
    )
    .map((pull) => ({ login: pull.author.login, pull }));

  const contentWarnings: string[] = [];
  if (input.stream === "y" || input.stream === "z") {
    for (const section of sections) {
      const category = input.config.categories.find((candidate) => candidate.title === section.title);
      const kind = categoryKind(section.title, category?.labels ?? []);
      const list = section.pulls.map((pull) => `#${pull.number}`).join(", ");
      if (kind === "breaking") {
        contentWarnings.push(
          `${section.title}: ${list}. A ${input.stream === "y" ? "Y-stream keeps backward compatibility" : "Z-stream is for critical bug and documentation fixes"}; breaking changes belong in an X-stream.`,
        );
      } else if (kind === "feature" && input.stream === "z") {
        contentWarnings.push(
          `${section.title}: ${list}. A Z-stream is for critical bug and documentation fixes; features wait for the next Y-stream.`,
        );
      }
    }
  }
  return {
    tag: input.tag,
    previousTag: input.previousTag,
    compareUrl: input.compareUrl,
    sections,
    pulls,
    unlisted,
    excluded,
    directCommits,
    newContributors,
    commits: input.commits,
    contentWarnings,
  };
}
