/**
 * A large release range for the request-count benchmarks, imported in one `git fast-import`
 * through the fake's history seeding: a root commit tagged v0.1.0, then `commits` commits on
 * main of which `pulls` are merges of pull requests (each with its one branch commit) and the
 * rest direct pushes, a minute apart; every merged pull request is recorded in the fake.
 */
import type { FakeGitHub, FakeRepository, HistoryData } from "@release-actions/testkit";

const CONTRIBUTORS = 40;

function history(commits: number, pulls: number): HistoryData {
  const direct = commits - 2 * pulls;
  if (direct < 0) throw new Error(`${pulls} pull requests need at least ${2 * pulls} commits`);
  const start = Date.parse("2026-01-01T00:00:00Z");
  const list: { sha: string; parents: string[]; date: string; subject: string }[] = [];
  const add = (parents: string[], subject: string) => {
    const sha = `c${list.length}`;
    list.push({ sha, parents, date: new Date(start + list.length * 60_000).toISOString(), subject });
    return sha;
  };
  let head = add([], "Initial import");
  const root = head;
  let pushed = 0;
  for (let pull = 1; pull <= pulls; pull++) {
    const branch = add([head], `Change ${pull}`);
    head = add(
      [head, branch],
      `Merge pull request #${pull} from contributor-${pull % CONTRIBUTORS}/change-${pull}`,
    );
    // Spread the direct pushes evenly between the merges.
    for (; pushed < Math.round((direct * pull) / pulls); pushed++)
      head = add([head], `Direct push ${pushed + 1}`);
  }
  for (; pushed < direct; pushed++) head = add([head], `Direct push ${pushed + 1}`);
  return {
    repository: "synthetic",
    branches: { main: head },
    tags: [{ name: "v0.1.0", sha: root }],
    commits: list,
  };
}

/** Creates `fullName` with v0.1.0 and a range of `commits` commits and `pulls` merged PRs after it. */
export async function syntheticRange(
  fake: FakeGitHub,
  fullName: string,
  commits: number,
  pulls: number,
): Promise<FakeRepository> {
  const { repository } = await fake.seedHistory(fullName, history(commits, pulls), { pulls: true });
  return repository;
}
