/**
 * The sample Python project the rehearsal releases: laid out like instructlab (src layout,
 * requirements.txt capping InstructLab libraries, a hand-style CHANGELOG with `## vX.Y`
 * headings, GitHub's release.yml categories), with a static version so that open-release-pr's
 * version files are exercised too.
 */
import type { FakeGitHub, FakeRepository } from "../github/index.ts";

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
    'license = "Apache-2.0"',
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
 * Creates the sample repository as it stands between releases: v0.1.0 released from its
 * branch release-v0.1, features merged on main since, a critical fix backported to the branch.
 */
export async function createSampleRepository(fake: FakeGitHub): Promise<FakeRepository> {
  const repository = await fake.createRepository(SAMPLE_REPOSITORY, {
    files: SAMPLE_FILES,
    message: "Initial import",
  });
  const alice = { name: "Alice Maintainer", email: fake.addUser("alice").email };
  const bob = { name: "Bob Contributor", email: fake.addUser("bob").email };
  const released = (await repository.refSha("heads/main")) as string;
  await repository.createBranch("release-v0.1", released);
  await repository.createTag("v0.1.0", released);
  await repository.commit({
    branch: "main",
    files: { "src/sample_cli/config.py": "DEFAULTS = {}\n" },
    message: "Add a config file (#2)",
    author: alice,
  });
  await repository.commit({
    branch: "main",
    files: { "src/sample_cli/serve.py": "def serve() -> None: ...\n" },
    message: "Add the serve command (#3)",
    author: bob,
  });
  await repository.commit({
    branch: "main",
    files: { "src/sample_cli/config.py": "DEFAULTS = {'model': 'granite'}\n" },
    message: "Fix a crash on an empty config (#4)",
    author: alice,
  });
  await repository.commit({
    branch: "release-v0.1",
    files: { "src/sample_cli/config.py": "DEFAULTS = {}\n" },
    message: "Fix a crash on an empty config (#5)",
    author: alice,
  });
  return repository;
}
