/**
 * The end state of a release as the reliability suite compares it (issue 15 §2): what GitHub
 * keeps (branches, tags, pull requests, issues, releases, milestones, rulesets), the files on
 * the index and the announcements sent. Two runs that did the same work have the same end state;
 * a duplicate (a second branch, PR, tag, release, milestone, upload or message) or a missing
 * write shows as a line that one has and the other has not.
 *
 * What legitimately differs between two runs of the same work is normalized here, and only that:
 * - a commit is named by its subject, its files and the number of commits in its history, not by
 *   its sha: a commit's sha covers its author and committer dates, so the same commit made a few
 *   seconds later has another sha; its files are hashed after the text normalization below (a
 *   CHANGELOG links pull requests at the fake's address, whose port differs from run to run);
 * - an annotated tag likewise by its message and the commit it names (its tagger date differs);
 * - a milestone's due date as days after `since` (the run's start day): the strategy sets due
 *   dates from the day of the run;
 * - in bodies (PRs, releases, milestones, messages) and files, the fakes' addresses
 *   (`http://127.0.0.1:<port>`, a free port each run), hex runs of 7–40 characters (shas and
 *   their abbreviations) and ISO dates and times, for the same reasons;
 * - a file on the index by its name and number of attestations: an sdist's bytes differ from
 *   build to build (its tar and gzip headers carry build times), and so do an attestation's
 *   signature and times.
 * Ids, numbers of issues and PRs, and everything else are kept as they are.
 */
import { createHash } from "node:crypto";
import type { FakeRepository } from "./github/index.ts";
import type { FakePyPI } from "./pypi/index.ts";

/** Sorted lines per section (`github acme/repo`, `pypi`, `announcements`). */
export type EndState = Readonly<Record<string, readonly string[]>>;

/** What to capture. */
export interface EndStateSources {
  readonly repositories: readonly FakeRepository[];
  readonly pypi?: FakePyPI;
  /** The messages the announcement channels received, one text per message. */
  readonly announcements?: readonly string[];
  /** The day the run started: due dates are counted from it (default: today). */
  readonly since?: Date;
}

const DAY_MS = 86_400_000;

/** Local addresses, shas and dates in free text, replaced by placeholders (see the module's comment). */
export function normalizeText(text: string | null): string {
  return JSON.stringify(
    (text ?? "")
      .replace(/https?:\/\/127\.0\.0\.1:\d+/g, "<local>")
      .replace(/\b\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?\b/g, "<date>")
      .replace(/\b[0-9a-f]{7,40}\b/g, "<sha>"),
  );
}

const digest = (text: string) => createHash("sha256").update(text).digest("hex").slice(0, 12);

/** Names commits by subject, normalized files and depth; remembers each blob's hash. */
class CommitNames {
  readonly #blobs = new Map<string, string>();
  readonly #repository: FakeRepository;

  constructor(repository: FakeRepository) {
    this.#repository = repository;
  }

  async name(sha: string): Promise<string> {
    const { git } = this.#repository;
    const commit = await git.commit(sha);
    const files: string[] = [];
    for (const entry of await git.tree(commit.tree, true)) {
      if (entry.type !== "blob") continue;
      let hash = this.#blobs.get(entry.sha);
      if (hash === undefined) {
        hash = digest(normalizeText((await git.blob(entry.sha)).toString("utf8")));
        this.#blobs.set(entry.sha, hash);
      }
      files.push(`${entry.path} ${hash}`);
    }
    const subject = commit.message.split("\n")[0] ?? "";
    return `${JSON.stringify(subject)} files ${digest(files.join("\n"))}, ${await git.count(sha)} commits`;
  }
}

async function repositoryLines(repository: FakeRepository, since: Date): Promise<string[]> {
  const lines: string[] = [];
  const commits = new CommitNames(repository);
  for (const { ref, sha, type } of await repository.git.refs("refs/")) {
    if (ref.startsWith("refs/heads/")) lines.push(`branch ${ref.slice(11)}: ${await commits.name(sha)}`);
    else if (ref.startsWith("refs/tags/")) {
      const name = ref.slice(10);
      if (type === "tag") {
        const tag = await repository.git.tag(sha);
        lines.push(
          `tag ${name} (annotated ${normalizeText(tag.message)}): ${await commits.name(tag.object)}`,
        );
      } else lines.push(`tag ${name}: ${await commits.name(sha)}`);
    }
  }
  for (const issue of repository.issues.values()) {
    const kind = issue.pull ? "PR" : "issue";
    const pull = issue.pull
      ? ` ${issue.pull.headRef} → ${issue.pull.baseRef}${issue.pull.merged ? " merged" : ""}${issue.pull.draft ? " draft" : ""}`
      : "";
    const milestone = issue.milestone
      ? ` milestone ${repository.milestones.get(issue.milestone)?.title}`
      : "";
    lines.push(
      `${kind} #${issue.number} ${issue.state} ${JSON.stringify(issue.title)}${pull}${milestone} labels [${[...issue.labels].sort().join(", ")}]`,
      `${kind} #${issue.number} body ${normalizeText(issue.body)}`,
    );
  }
  for (const release of repository.releases.values()) {
    const flags = [
      release.draft && "draft",
      release.prerelease && "prerelease",
      repository.latestReleaseId === release.id && "latest",
    ].filter(Boolean);
    lines.push(
      `release ${release.tagName} ${JSON.stringify(release.name)} [${flags.join(", ")}]`,
      `release ${release.tagName} body ${normalizeText(release.body)}`,
    );
  }
  const today = Math.floor(since.getTime() / DAY_MS);
  for (const milestone of repository.milestones.values()) {
    const due = milestone.dueOn
      ? `due day +${Math.floor(Date.parse(milestone.dueOn) / DAY_MS) - today}`
      : "no due date";
    lines.push(
      `milestone #${milestone.number} ${JSON.stringify(milestone.title)} ${milestone.state}, ${due}, ${normalizeText(milestone.description)}`,
    );
  }
  for (const ruleset of repository.rulesets.values())
    lines.push(`ruleset ${JSON.stringify(ruleset.name)} on ${ruleset.target} ${ruleset.enforcement}`);
  return lines.sort();
}

/** Captures the end state of these repositories, index and channels. */
export async function captureEndState(sources: EndStateSources): Promise<EndState> {
  const since = sources.since ?? new Date();
  const state: Record<string, string[]> = {};
  for (const repository of sources.repositories)
    state[`github ${repository.fullName}`] = await repositoryLines(repository, since);
  if (sources.pypi)
    state.pypi = sources.pypi.files
      .map((file) => `${file.filename}, ${JSON.parse(file.attestations ?? "[]").length} attestation(s)`)
      .sort();
  if (sources.announcements) state.announcements = sources.announcements.map(normalizeText).sort();
  return state;
}

/**
 * What differs between two end states, one line per difference ("- " only in `expected`,
 * "+ " only in `actual`, prefixed by the section); empty when they are the same. Lines are
 * compared as multisets, so a duplicate shows even when it is identical to the original.
 */
export function endStateDifferences(expected: EndState, actual: EndState): string[] {
  const differences: string[] = [];
  for (const section of new Set([...Object.keys(expected), ...Object.keys(actual)])) {
    const left = [...(expected[section] ?? [])];
    const right = [...(actual[section] ?? [])];
    const missing = left.filter((line) => {
      const index = right.indexOf(line);
      if (index === -1) return true;
      right.splice(index, 1);
      return false;
    });
    differences.push(
      ...missing.map((line) => `${section}: - ${line}`),
      ...right.map((line) => `${section}: + ${line}`),
    );
  }
  return differences;
}
