/**
 * The example workflows, run end to end against the fake GitHub with the committed bundles,
 * and the rehearsal the README gives as the first command.
 */
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ACTIONS_ISSUER, type OidcRunClaims } from "../src/github/index.ts";
import { useFakeGitHub } from "../src/github/vitest-hooks.ts";
import { FakePyPI } from "../src/pypi/index.ts";
import { createSampleRepository, SAMPLE_FILES, SAMPLE_REPOSITORY } from "../src/rehearsal/sample-project.ts";
import { node24, REPO_ROOT, runWorkflow, standInActions } from "../src/runner/index.ts";
import { collect } from "../src/runner/run-action.ts";

const fakeGitHub = useFakeGitHub();
let context: Parameters<typeof runWorkflow>[1]["context"];

beforeAll(async () => {
  const fake = fakeGitHub();
  const { repository } = await createSampleRepository(fake);
  context = {
    repository: SAMPLE_REPOSITORY,
    apiUrl: fake.apiUrl,
    serverUrl: fake.serverUrl,
    token: fake.defaultToken,
    ref: "refs/heads/main",
    sha: (await repository.refSha("heads/main")) as string,
  };
});

describe("prepare-release.yml", () => {
  const vars = {
    RELEASE_VERSION_FILES: "pyproject.toml\nsrc/sample_cli/__init__.py",
    RELEASE_CAP_REQUIREMENTS: "requirements.txt: instructlab-sdg",
  };
  const file = join(REPO_ROOT, "workflows-examples", "prepare-release.yml");

  it("previews a Y-stream in dry-run without writing, then cuts the branch and opens the release PR", async () => {
    const fake = fakeGitHub();
    fake.clearLog();
    const preview = await runWorkflow(file, {
      event: { name: "workflow_dispatch" },
      inputs: { version: "next-y", "dry-run": true },
      vars,
      context,
    });
    expect(preview.conclusion).toBe("success");
    expect(fake.mutatingRequests()).toEqual([]);
    const y = await runWorkflow(file, {
      event: { name: "workflow_dispatch" },
      inputs: { version: "next-y" },
      vars,
      context,
    });
    expect(y.conclusion).toBe("success");
    const [validate, branch, pr] = y.jobs.prepare?.steps ?? [];
    expect(validate?.outputs).toMatchObject({
      version: "0.2.0",
      stream: "y",
      "release-branch": "release-v0.2",
      "branch-exists": "false",
    });
    expect(branch?.outputs).toMatchObject({ branch: "release-v0.2", created: "true" });
    expect(pr?.outputs).toMatchObject({
      "head-branch": "release-actions/v0.2.0",
      created: "true",
      approvals: "0/2",
    });
    expect(y.jobs.prepare?.outputs["pr-url"]).toMatch(/\/pull\/\d+$/);
    expect(y.leaks).toEqual([]);
  });

  it("opens a Z-stream's release PR on the existing branch without cutting one", async () => {
    const z = await runWorkflow(file, {
      event: { name: "workflow_dispatch" },
      inputs: { version: "next-z" },
      vars: {},
      context,
    });
    expect(z.conclusion).toBe("success");
    expect(z.jobs.prepare?.steps.map((step) => [step.name, step.outcome])).toEqual([
      ["Validate the version", "success"],
      ["Cut the release branch", "skipped"],
      ["Open the release PR", "success"],
    ]);
  });

  it("stops with the stage's error on a version the strategy refuses", async () => {
    const run = await runWorkflow(file, {
      event: { name: "workflow_dispatch" },
      inputs: { version: "0.3.0" },
      context,
    });
    expect(run.conclusion).toBe("failure");
    expect(run.jobs.prepare?.steps[0]?.action?.annotations[0]?.message).toMatch(/0.3.0 would skip 0.2.0/);
  });
});

describe("release.yml", () => {
  const file = join(REPO_ROOT, "workflows-examples", "release.yml");
  let pypi: FakePyPI;

  beforeAll(async () => {
    pypi = await FakePyPI.start({ oidc: { key: fakeGitHub().oidc.publicKey, issuer: ACTIONS_ISSUER } });
  });

  afterAll(async () => {
    await pypi.stop();
  });

  it("releases the merge of an approved release PR and publishes its dists; ignores other merged PRs", async () => {
    const fake = fakeGitHub();
    const { repository, people } = await createSampleRepository(fake, "acme/release-yml");
    pypi.addTrustedPublisher({
      project: "sample-cli",
      repository: repository.fullName,
      workflow: "release.yml",
      environment: "pypi",
    });
    await repository.createBranch("release-v0.2", "main");
    await repository.commit({
      branch: "release-actions/v0.2.0",
      from: "release-v0.2",
      files: {
        "CHANGELOG.md": "## v0.2\n",
        "pyproject.toml": (SAMPLE_FILES["pyproject.toml"] as string).replace(
          'version = "0.1.0"',
          'version = "0.2.0"',
        ),
      },
      message: "Release v0.2.0",
    });
    const number = await repository.openPullRequest({
      head: "release-actions/v0.2.0",
      base: "release-v0.2",
      title: "Release v0.2.0",
      author: people.carol,
    });
    repository.addReview(number, people.alice, "APPROVED");
    repository.addReview(number, people.bob, "APPROVED");
    const merge = (await repository.mergePullRequest(number, { by: people.alice })) as string;
    const options = {
      // The run's commit is this repository's: the stages read the policy file at it.
      context: {
        ...context,
        repository: repository.fullName,
        sha: (await repository.refSha("heads/main")) as string,
      },
      vars: { PYPI_REPOSITORY_URL: pypi.uploadUrl },
      builtins: standInActions(fake),
      idToken: (claims: OidcRunClaims) => fake.idTokenEndpoint(claims),
    };
    const payload = (merged: boolean, head: string) => ({
      action: "closed",
      number,
      pull_request: {
        number,
        merged,
        merge_commit_sha: merge,
        head: { ref: head },
        base: { ref: "release-v0.2" },
      },
    });
    const other = await runWorkflow(file, {
      event: { name: "pull_request", payload: payload(true, "carol/some-feature") },
      ...options,
    });
    expect(other.jobs.release?.result).toBe("skipped");
    expect(other.jobs.publish?.result).toBe("skipped");
    const run = await runWorkflow(file, {
      event: { name: "pull_request", payload: payload(true, "release-actions/v0.2.0") },
      ...options,
    });
    expect(run.conclusion).toBe("success");
    expect(run.jobs.release?.outputs).toMatchObject({
      version: "0.2.0",
      tag: "v0.2.0",
      "release-url": expect.stringMatching(/releases\/tag\/v0.2.0$/),
    });
    expect(run.jobs["complete-ui-release"]?.result).toBe("skipped");
    expect(await repository.refSha("tags/v0.2.0")).toBe(merge);

    // The build job checked out the tag and built it; the publish job, the only one that can mint
    // an upload token, published its dists through trusted publishing.
    const build = run.jobs.build?.steps ?? [];
    expect(build.map((step) => [step.name, step.outcome])).toEqual([
      ["Check out the tag", "success"],
      ["Set up Python", "success"],
      ["Build the wheel and the sdist", "success"],
      ["Keep the dists for the publish job", "success"],
    ]);
    expect(build[0]?.outputs).toEqual({ ref: "v0.2.0", commit: merge });
    const publish = run.jobs.publish?.steps ?? [];
    expect(publish.map((step) => [step.name, step.outcome])).toEqual([
      ["Fetch the dists", "success"],
      ["Publish to PyPI", "success"],
    ]);
    const published = [
      ["sample_cli-0.2.0-py3-none-any.whl", "0.2.0"],
      ["sample_cli-0.2.0.tar.gz", "0.2.0"],
    ];
    expect(pypi.files.map((stored) => [stored.filename, stored.version])).toEqual(published);
    expect(JSON.parse(publish[1]?.outputs.files ?? "[]")).toMatchObject(
      published.map(([filename]) => ({ filename, version: "0.2.0", status: "uploaded" })),
    );
    expect(publish[1]?.outputs["project-url"]).toBe(`${pypi.url}/project/sample-cli/0.2.0/`);
    expect(publish[1]?.summary).toMatch(/authentication: trusted publishing/);
    expect(pypi.requests.filter((request) => request.path === "/_/oidc/mint-token")).toMatchObject([
      { status: 200 },
    ]);
    expect(run.leaks).toEqual([]);

    // Run again by hand (workflow_dispatch): everything converges, the index already has both files.
    const again = await runWorkflow(file, {
      event: { name: "workflow_dispatch" },
      inputs: { version: "0.2.0" },
      ...options,
    });
    expect(again.conclusion).toBe("success");
    expect(JSON.parse(again.jobs.publish?.steps[1]?.outputs.files ?? "[]")).toMatchObject([
      { status: "skipped" },
      { status: "skipped" },
    ]);
    expect(pypi.files).toHaveLength(2);

    // A maintainer publishes the next patch in the UI instead: the workflow checks it and fills its notes.
    const fix = await repository.landPullRequest({
      base: "release-v0.2",
      title: "Fix a regression",
      author: people.carol,
      labels: ["bug"],
      files: {
        "fix.txt": "1",
        "pyproject.toml": (SAMPLE_FILES["pyproject.toml"] as string).replace(
          'version = "0.1.0"',
          'version = "0.2.1"',
        ),
      },
      approvals: [people.alice, people.bob],
    });
    await repository.createTag("v0.2.1", fix.mergeCommit);
    const releases = repository.releases.size;
    const ui = await fetch(`${fake.apiUrl}/repos/${repository.fullName}/releases`, {
      method: "POST",
      headers: {
        authorization: `token ${fake.createToken({ login: "alice" })}`,
        "content-type": "application/json",
      },
      body: JSON.stringify({ tag_name: "v0.2.1", name: "v0.2.1", body: "" }),
    }).then((response) => response.json() as Promise<Record<string, unknown>>);
    const completed = await runWorkflow(file, {
      event: { name: "release", payload: { action: "published", release: ui } },
      ...options,
      context: { ...options.context, ref: "refs/tags/v0.2.1" },
    });
    expect(completed.jobs["complete-ui-release"]?.result).toBe("success");
    expect(completed.jobs.release?.result).toBe("skipped");
    expect(repository.releases.size).toBe(releases + 1);
    expect(repository.releases.get(Number(ui.id))?.body).toMatch(
      /### Fixes\n\n\* Fix a regression by @carol/,
    );
    // Creating the release in the UI publishes it too, as the version its tag names.
    expect(completed.jobs["complete-ui-release"]?.outputs).toMatchObject({ version: "0.2.1", tag: "v0.2.1" });
    expect(completed.jobs.publish?.result).toBe("success");
    expect(completed.jobs.build?.steps[0]?.outputs).toEqual({ ref: "v0.2.1", commit: fix.mergeCommit });
    expect(pypi.files.map((stored) => [stored.filename, stored.version]).slice(2)).toEqual([
      ["sample_cli-0.2.1-py3-none-any.whl", "0.2.1"],
      ["sample_cli-0.2.1.tar.gz", "0.2.1"],
    ]);

    // A release PR that forgot the version bump is tagged, but its 0.2.1 dists never reach the index as 0.2.2.
    const forgot = await repository.landPullRequest({
      base: "release-v0.2",
      title: "Release v0.2.2",
      author: people.carol,
      files: { "CHANGELOG.md": "## v0.2\n\n* v0.2.2\n" },
      approvals: [people.alice, people.bob],
    });
    const refused = await runWorkflow(file, {
      event: { name: "workflow_dispatch" },
      inputs: { version: "0.2.2", commit: forgot.mergeCommit },
      ...options,
    });
    expect(refused.jobs.release?.result).toBe("success");
    expect(refused.jobs.publish?.result).toBe("failure");
    expect(refused.jobs.publish?.steps[1]?.annotations.map((annotation) => annotation.message)).toEqual([
      expect.stringMatching(
        /sample_cli-0\.2\.1-py3-none-any\.whl: version 0\.2\.1, but expected-version is 0\.2\.2/,
      ),
    ]);
    expect(pypi.files).toHaveLength(4);
  });

  it("checks a version typed into the dispatch form against the strategy: no X-stream it did not prepare", async () => {
    const fake = fakeGitHub();
    const { repository } = await createSampleRepository(fake, "acme/release-yml-dispatch");
    fake.clearLog();
    const run = await runWorkflow(file, {
      event: { name: "workflow_dispatch" },
      inputs: { version: "1.0.0" },
      context: {
        ...context,
        repository: repository.fullName,
        sha: (await repository.refSha("heads/main")) as string,
      },
      builtins: standInActions(fake),
    });
    expect(run.jobs.release?.result).toBe("failure");
    expect(run.jobs.release?.steps[1]?.annotations.map((annotation) => annotation.message)).toEqual([
      expect.stringMatching(/allow-major/),
    ]);
    expect(run.jobs.publish?.result).toBe("skipped");
    expect(fake.mutatingRequests()).toEqual([]);
  });
});

describe("npm run rehearse", () => {
  // As long as the rehearsal may take (collect's timeout): both releases, then the announcement,
  // whose GitHub writes are spaced as GitHub asks (1 s, 3 s for pull requests).
  it("rehearses the Z-stream and the Y-stream release up to PyPI, attested, and says it passed", {
    timeout: 300_000,
  }, async () => {
    const result = await collect(
      node24(),
      [join(REPO_ROOT, "packages", "testkit", "src", "rehearsal", "main.ts")],
      {
        env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "/tmp" },
        cwd: REPO_ROOT,
        timeoutMs: 300_000,
      },
    );
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    for (const version of ["0.1.1", "0.2.0"]) {
      expect(result.stdout).toContain(
        `PyPI (fake) has sample-cli ${version}: sample_cli-${version}-py3-none-any.whl, sample_cli-${version}.tar.gz`,
      );
      for (const file of [`sample_cli-${version}-py3-none-any.whl`, `sample_cli-${version}.tar.gz`])
        expect(result.stdout).toContain(`✔ ${file}: PEP 740 attestation verified (mock Sigstore trust root)`);
    }
    // Signed through the runner's Sigstore, so no "attestations ignored" warning.
    expect(result.stdout).not.toMatch(/no PEP 740 attestations were made/);
    expect(result.stdout).toMatch(/publish-pypi: sample-cli — 2 uploaded, 0 skipped/);
    // The Y-stream announced on every channel once; the second run posts nothing.
    expect(result.stdout).toContain(
      'announce › results {"slack":"already-sent","discord":"already-sent","email":"already-sent","website":"already-sent"}',
    );
    expect(result.stdout).toMatch(/Rehearsal passed: .*; 4 files on the index\./);
  });
});
