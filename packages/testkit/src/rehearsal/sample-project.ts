/**
 * The sample Python project the rehearsal releases: laid out like instructlab (src layout,
 * requirements.txt capping InstructLab libraries, a hand-style CHANGELOG with `## vX.Y`
 * headings, GitHub's release.yml categories), with a static version so that open-release-pr's
 * version files are exercised too.
 */
import type { FakeGitHub, FakeRepository, Identity } from "../github/index.ts";

/** The sample project's repository in the fake GitHub. */
export const SAMPLE_REPOSITORY = "instructlab/sample-cli";

/** The files of the first release, 0.1.0. */
export const SAMPLE_FILES: Readonly<Record<string, string>> = {
  "README.md": "# sample-cli\n\nA sample command-line tool released with instructlab/release-actions.\n",
  "pyproject.toml": [
    "[build-system]",
    'requires = ["hatchling"]',
    'build-backend = "hatchling.build"',
    "",
    "[project]",
    'name = "sample-cli"',
    'version = "0.1.0"',
    'description = "A sample command-line tool released with instructlab/release-actions"',
    'readme = "README.md"',
    'requires-python = ">=3.10"',
    'dependencies = ["instructlab-sdg>=0.8.2", "click>=8.1.7,<9.0.0"]',
    "",
    "[tool.hatch.build.targets.wheel]",
    'packages = ["src/sample_cli"]',
    "",
  ].join("\n"),
  "src/sample_cli/__init__.py": '"""sample-cli."""\n\n__version__ = "0.1.0"\n',
  "src/sample_cli/cli.py": 'def main() -> None:\n    print("sample-cli")\n',
  "requirements.txt": "instructlab-sdg>=0.8.2\nclick>=8.1.7,<9.0.0\n",
  "CHANGELOG.md": "## v0.1\n\n### Features\n\n* The first release of sample-cli.\n",
  ".github/release.yml": [
    "changelog:",
    "  exclude:",
    "    labels: [skip-changelog]",
    "  categories:",
    "    - title: Breaking Changes",
    "      labels: [breaking-change]",
    "    - title: Features",
    "      labels: [enhancement]",
    "    - title: Fixes",
    "      labels: [bug]",
    "    - title: Other Changes",
    "      labels: ['*']",
    "",
  ].join("\n"),
};

/**
 * The people of the sample project: two maintainers (the core-maintainers team), a contributor,
 * and dave, who has write access without being in the team (so a test can tell "maintainer" as
 * the strategy means it from "anyone who can write").
 */
export interface SamplePeople {
  readonly alice: Identity;
  readonly bob: Identity;
  readonly carol: Identity;
  readonly dave: Identity;
}

/**
 * Creates the sample repository as it stands between releases: v0.1.0 released from its branch
 * release-v0.1, labelled pull requests merged on main since (two features, a fix), and the fix
 * backported to release-v0.1 through its own pull request. alice and bob maintain it; dave can write.
 */
export async function createSampleRepository(
  fake: FakeGitHub,
  fullName = SAMPLE_REPOSITORY,
): Promise<{ repository: FakeRepository; people: SamplePeople }> {
  const repository = await fake.createRepository(fullName, {
    files: SAMPLE_FILES,
    message: "Initial import",
  });
  const people = {
    alice: fake.addUser("alice", { name: "Alice Maintainer" }),
    bob: fake.addUser("bob", { name: "Bob Maintainer" }),
    carol: fake.addUser("carol", { name: "Carol Contributor" }),
    dave: fake.addUser("dave", { name: "Dave Writer" }),
  };
  repository.addCollaborator("alice", "maintain");
  repository.addCollaborator("bob", "write");
  repository.addCollaborator("dave", "write");
  fake.addTeam(repository.owner.login, "core-maintainers", ["alice", "bob"]);
  const released = (await repository.refSha("heads/main")) as string;
  await repository.createBranch("release-v0.1", released);
  await repository.createTag("v0.1.0", released);
  const land = (
    title: string,
    labels: string[],
    author: Identity,
    files: Record<string, string>,
    base = "main",
  ) =>
    repository.landPullRequest({
      base,
      title,
      author,
      labels,
      files,
      mergedBy: people.alice,
      approvals: [people.alice, people.bob].filter((person) => person !== author),
    });
  await land("Add a config file", ["enhancement"], people.carol, {
    "src/sample_cli/config.py": "DEFAULTS = {}\n",
  });
  await land("Add the serve command", ["enhancement"], people.bob, {
    "src/sample_cli/serve.py": "def serve() -> None: ...\n",
  });
  const fix = await land("Fix a crash on an empty config", ["bug"], people.alice, {
    "src/sample_cli/cli.py": 'def main() -> None:\n    print("sample-cli", flush=True)\n',
  });
  await land(
    `Fix a crash on an empty config (backport #${fix.number})`,
    ["bug"],
    people.alice,
    { "src/sample_cli/cli.py": 'def main() -> None:\n    print("sample-cli", flush=True)\n' },
    "release-v0.1",
  );
  return { repository, people };
}
