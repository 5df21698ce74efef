/**
 * Recreates a real repository's history (shared/fixtures/instructlab-history.json: the commit
 * graph with dates and subjects, the branches, the tags) in a fake repository. Trees are
 * synthetic, so shas differ from the real ones: the seed maps them both ways.
 */
import { readFileSync, rmSync } from "node:fs";
import { fastImportData } from "./fast-import.ts";
import { gitDate } from "./git-store.ts";
import type { Identity } from "./identities.ts";
import type { FakeRepository } from "./repository.ts";

/** A history export: refs and the commit graph reachable from them. */
export interface HistoryData {
  readonly repository: string;
  readonly branches: Readonly<Record<string, string>>;
  readonly tags: readonly {
    readonly name: string;
    readonly sha: string;
    readonly branches?: readonly string[];
  }[];
  readonly commits: readonly {
    readonly sha: string;
    readonly parents: readonly string[];
    readonly date: string;
    readonly subject: string;
  }[];
}

/** The pull request a commit subject names: merge commits and squash/rebase titles ending in (#N). */
export function pullOfSubject(
  subject: string,
): { number: number; title: string; author: string | undefined } | undefined {
  const merge = /^Merge pull request #(\d+) from ([^/\s]+)\/(\S+)/.exec(subject);
  if (merge) return { number: Number(merge[1]), title: merge[3] as string, author: merge[2] };
  const squash = /^(.*?)\s*\(#(\d+)\)\s*$/.exec(subject);
  return squash ? { number: Number(squash[2]), title: squash[1] as string, author: undefined } : undefined;
}

/** The seeded repository and the two-way sha mapping. */
export interface HistorySeed {
  readonly repository: FakeRepository;
  /** The fake sha of a real commit. */
  fake(realSha: string): string;
  /** The real sha of a fake commit. */
  real(fakeSha: string): string | undefined;
  /** The fake commit a real tag points to. */
  tag(name: string): string;
}

/** Parents before children, whatever order the export lists commits in. */
function topologicalOrder(commits: HistoryData["commits"]): HistoryData["commits"][number][] {
  const bySha = new Map(commits.map((commit) => [commit.sha, commit]));
  const done = new Set<string>();
  const order: HistoryData["commits"][number][] = [];
  for (const start of commits) {
    const stack: [string, boolean][] = [[start.sha, false]];
    while (stack.length > 0) {
      const [sha, expanded] = stack.pop() as [string, boolean];
      if (done.has(sha)) continue;
      const commit = bySha.get(sha);
      if (!commit) continue;
      if (expanded) {
        done.add(sha);
        order.push(commit);
        continue;
      }
      stack.push([sha, true]);
      for (const parent of commit.parents) if (!done.has(parent)) stack.push([parent, false]);
    }
  }
  return order;
}

/**
 * Imports the graph with `git fast-import` (seconds for thousands of commits), then creates the
 * branches and lightweight tags unless `refs: false` (a replay adds refs as it walks).
 */
export async function seedHistory(
  repository: FakeRepository,
  history: HistoryData,
  options: { refs?: boolean; pulls?: { author: (login: string) => Identity } } = {},
): Promise<HistorySeed> {
  const order = topologicalOrder(history.commits);
  const known = new Set(order.map((commit) => commit.sha));
  const mark = new Map(order.map((commit, index) => [commit.sha, index + 1]));
  const chunks: (string | Buffer)[] = [];
  for (const commit of order) {
    const parents = commit.parents.filter((parent) => known.has(parent));
    const who = `History Seed <seed@example.com> ${gitDate(commit.date)}`;
    chunks.push(
      // A root commit starts the import branch afresh.
      parents.length === 0 ? "reset refs/seed/import\n" : "",
      "commit refs/seed/import\n",
      `mark :${mark.get(commit.sha)}\n`,
      `author ${who}\ncommitter ${who}\n`,
      fastImportData(commit.subject),
      parents.length > 0 ? `from :${mark.get(parents[0] as string)}\n` : "",
      ...parents.slice(1).map((parent) => `merge :${mark.get(parent)}\n`),
      "M 100644 inline ORIGINAL_COMMIT\n",
      fastImportData(commit.sha),
      "\n",
    );
  }
  const marksFile = `${repository.git.path}/seed-marks`;
  await repository.git.git(["fast-import", "--quiet", `--export-marks=${marksFile}`], {
    input: Buffer.concat(chunks.map((chunk) => Buffer.from(chunk))),
  });
  const byMark = new Map(
    readFileSync(marksFile, "utf8")
      .split("\n")
      .filter((line) => line !== "")
      .map((line) => line.split(" ") as [string, string]),
  );
  rmSync(marksFile);
  const toFake = new Map<string, string>();
  const toReal = new Map<string, string>();
  for (const commit of order) {
    const fakeSha = byMark.get(`:${mark.get(commit.sha)}`) as string;
    toFake.set(commit.sha, fakeSha);
    toReal.set(fakeSha, commit.sha);
  }
  const fake = (realSha: string) => {
    const sha = toFake.get(realSha);
    if (!sha) throw new Error(`The history has no commit ${realSha}`);
    return sha;
  };
  const commands = ["delete refs/seed/import"];
  if (options.refs !== false) {
    for (const [branch, sha] of Object.entries(history.branches))
      commands.push(`update refs/heads/${branch} ${fake(sha)}`);
    for (const tag of history.tags) commands.push(`update refs/tags/${tag.name} ${fake(tag.sha)}`);
  }
  await repository.git.updateRefs(commands);
  if (options.pulls) {
    // One merged pull request per PR number the subjects name, merged by its first commit
    // (cherry-picks that keep the "(#N)" come later).
    for (const commit of order) {
      const pull = pullOfSubject(commit.subject);
      if (!pull || repository.issues.has(pull.number)) continue;
      const sha = toFake.get(commit.sha) as string;
      const date = new Date(commit.date).toISOString().replace(/\.\d{3}Z$/, "Z");
      const issue = repository.createIssue({
        number: pull.number,
        title: pull.title,
        user: options.pulls.author(pull.author ?? "instructlab-contributor"),
        createdAt: date,
        pull: {
          headRef: `seed/pr-${pull.number}`,
          headSha: sha,
          baseRef: "main",
          draft: false,
          merged: true,
          mergedAt: date,
          mergedBy: options.pulls.author("mergify[bot]"),
          mergeCommitSha: sha,
          requestedReviewers: [],
          requestedTeams: [],
        },
      });
      Object.assign(issue, { state: "closed", closedAt: date, updatedAt: date });
    }
  }
  const tags = new Map(history.tags.map((tag) => [tag.name, tag.sha]));
  return {
    repository,
    fake,
    real: (fakeSha) => toReal.get(fakeSha),
    tag: (name) => {
      const sha = tags.get(name);
      if (!sha) throw new Error(`The history has no tag ${name}`);
      return fake(sha);
    },
  };
}
