/**
 * The example workflows: the rules GitHub holds them to, checked statically, then run end to
 * end against the fake GitHub with the committed bundles, each job with a token of exactly its
 * `permissions:` (the rehearsal, `npm run rehearse`, has its own file: rehearsal.test.ts).
 */
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { NoOperationTraceWriter, parseWorkflow } from "@actions/workflow-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { ACTIONS_ISSUER, type FakeGitHub, type OidcRunClaims } from "../src/github/index.ts";
import { useFakeGitHub } from "../src/github/vitest-hooks.ts";
import { FakePyPI } from "../src/pypi/index.ts";
import { createSampleRepository, SAMPLE_FILES } from "../src/rehearsal/sample-project.ts";
import {
  condition,
  hasStatusFunction,
  REPO_ROOT,
  runWorkflow,
  standInActions,
  stepStatus,
  triggers,
} from "../src/runner/index.ts";
import { collect } from "../src/runner/run-action.ts";
import { workflowContext } from "../src/stage-deps.ts";

const fakeGitHub = useFakeGitHub();
let context: Parameters<typeof runWorkflow>[1]["context"];
const EXAMPLES = join(REPO_ROOT, "workflows-examples");
const EXAMPLE_FILES = readdirSync(EXAMPLES).filter((file) => file.endsWith(".yml"));

/** The job token service: GITHUB_TOKEN as GitHub mints it, the job's permissions on its repository. */
const jobTokens = (fake: FakeGitHub) => (permissions: Readonly<Record<string, string>>, repository: string) =>
  fake.jobToken(repository, permissions as Parameters<FakeGitHub["jobToken"]>[1]);

interface JobYaml {
  needs?: string | string[];
  if?: unknown;
  permissions?: unknown;
  "timeout-minutes"?: unknown;
  steps: { run?: string; uses?: string; with?: Record<string, unknown> }[];
}
interface WorkflowYaml {
  on: unknown;
  permissions?: unknown;
  jobs: Record<string, JobYaml>;
}
const readExample = (file: string) => parse(readFileSync(join(EXAMPLES, file), "utf8")) as WorkflowYaml;
const needsOf = (job: JobYaml | undefined) => [job?.needs ?? []].flat();

/**
 * The jobs GitHub would skip on every path where an ancestor is skipped: a job with an ancestor
 * that has an if: (so can be skipped), whose own if: calls no status function (the implicit
 * success() covers the whole needs chain: actions/runner#2205) or does not check the result of
 * each of its direct needs (a bare !cancelled() would run it after a failed need).
 */
function transitiveSkipProblems(workflow: WorkflowYaml): string[] {
  const problems: string[] = [];
  for (const [name, job] of Object.entries(workflow.jobs)) {
    const ancestors = new Set<string>();
    const visit = (job: string) => {
      for (const need of needsOf(workflow.jobs[job]))
        if (!ancestors.has(need)) {
          ancestors.add(need);
          visit(need);
        }
    };
    visit(name);
    const skippable = [...ancestors].filter((ancestor) => workflow.jobs[ancestor]?.if !== undefined);
    if (skippable.length === 0) continue;
    const text = String(job.if ?? "")
      .trim()
      .replace(/^\$\{\{([\s\S]*)\}\}$/, "$1");
    if (!text || !hasStatusFunction(text, ["github", "needs", "vars", "inputs"]))
      problems.push(
        `${name}: skipped whenever ${skippable.join(" or ")} is skipped; give it an explicit if: with !cancelled()`,
      );
    else
      for (const need of needsOf(job))
        if (!text.includes(`needs.${need}.result`))
          problems.push(`${name}: its if: does not check needs.${need}.result`);
  }
  return problems;
}

describe("example workflows: the rules GitHub and the project hold them to", () => {
  it.each(EXAMPLE_FILES)("%s passes GitHub's workflow parser", (file) => {
    const content = readFileSync(join(EXAMPLES, file), "utf8");
    const result = parseWorkflow({ name: file, content }, new NoOperationTraceWriter());
    expect(result.context.errors.getErrors().map((error) => error.message)).toEqual([]);
  });

  it("the transitive-needs check flags the job GitHub would skip (release.yml's old publish job)", () => {
    const old: WorkflowYaml = {
      on: "push",
      jobs: {
        release: { if: "github.event_name == 'push'", steps: [] },
        ui: { if: "github.event_name == 'release'", steps: [] },
        build: {
          needs: ["release", "ui"],
          if: "!cancelled() && needs.release.result == 'success'",
          steps: [],
        },
        publish: { needs: ["build"], steps: [] },
        reckless: { needs: ["build"], if: "!cancelled()", steps: [] },
      },
    };
    expect(transitiveSkipProblems(old)).toEqual([
      "build: its if: does not check needs.ui.result",
      "publish: skipped whenever build or release or ui is skipped; give it an explicit if: with !cancelled()",
      "reckless: its if: does not check needs.build.result",
    ]);
  });

  it.each(EXAMPLE_FILES)(
    "%s: every job with a skippable ancestor has an explicit if: (actions/runner#2205)",
    (file) => {
      expect(transitiveSkipProblems(readExample(file))).toEqual([]);
    },
  );

  /**
   * Each job's permissions, reviewed: what its steps need and nothing more (the end-to-end runs
   * below prove they are enough: each job runs with a token of exactly these). A new job, or a
   * wider grant, fails here until it is added on purpose.
   */
  const PERMISSIONS: Record<string, Record<string, Record<string, string>>> = {
    "prepare-release.yml": {
      prepare: { contents: "write", "pull-requests": "write", issues: "write" },
    },
    "release.yml": {
      release: { contents: "write", "pull-requests": "read" },
      "complete-ui-release": { contents: "write", "pull-requests": "read" },
      build: { contents: "read" },
      publish: { "id-token": "write" },
      "attach-and-publish": { contents: "write", "pull-requests": "read" },
      announce: { contents: "write" },
      milestones: { contents: "write", issues: "write", "pull-requests": "write" },
    },
    "milestones.yml": {
      rotate: { contents: "write", issues: "write", "pull-requests": "write" },
    },
    "milestone-gate.yml": {
      milestone: { contents: "read", issues: "read" },
    },
  };

  it.each(EXAMPLE_FILES)("%s: minimal permissions, declared per job, none at the workflow level", (file) => {
    const workflow = readExample(file);
    expect(workflow.permissions).toEqual({});
    for (const [name, job] of Object.entries(workflow.jobs))
      expect(job.permissions, `${file} ${name}: add its reviewed permissions to the table`).toEqual(
        PERMISSIONS[file]?.[name],
      );
  });

  it.each(EXAMPLE_FILES)(
    "%s: an App token asks for the job's own permissions, plus members: read only",
    (file) => {
      for (const [name, job] of Object.entries(readExample(file).jobs))
        for (const step of job.steps.filter((step) =>
          step.uses?.startsWith("actions/create-github-app-token@"),
        )) {
          const asked = Object.fromEntries(
            Object.entries(step.with ?? {})
              .filter(([key]) => key.startsWith("permission-"))
              .map(([key, level]) => [key.slice("permission-".length), level]),
          );
          expect(asked, name).toEqual({ ...(job.permissions as object), members: "read" });
        }
    },
  );

  it.each(EXAMPLE_FILES)("%s: every job has a timeout-minutes", (file) => {
    for (const [name, job] of Object.entries(readExample(file).jobs)) {
      expect(job["timeout-minutes"], name).toBeTypeOf("number");
      expect(job["timeout-minutes"] as number, name).toBeLessThanOrEqual(60);
    }
  });

  it.each(EXAMPLE_FILES)(
    "%s: third-party actions are pinned by commit sha with a version comment",
    (file) => {
      const lines = readFileSync(join(EXAMPLES, file), "utf8").split("\n");
      const uses = lines.filter((line) => /^\s*(- )?uses:/.test(line));
      expect(uses.length).toBeGreaterThan(0);
      for (const line of uses.filter((line) => !line.includes("instructlab/release-actions/")))
        expect(line.trim()).toMatch(/uses: [\w.-]+\/[\w./-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+$/);
    },
  );

  it.each(EXAMPLE_FILES)(
    "%s: checkouts keep no credentials for later steps (persist-credentials: false)",
    (file) => {
      for (const [name, job] of Object.entries(readExample(file).jobs))
        for (const step of job.steps.filter((step) => step.uses?.startsWith("actions/checkout@")))
          expect(step.with?.["persist-credentials"], name).toBe(false);
    },
  );

  it.each(EXAMPLE_FILES)("%s: no expression in a run: script (values reach it through env:)", (file) => {
    for (const [name, job] of Object.entries(readExample(file).jobs))
      for (const step of job.steps) if (step.run !== undefined) expect(step.run, name).not.toContain("${{");
  });
});

beforeAll(async () => {
  const fake = fakeGitHub();
  const { repository } = await createSampleRepository(fake);
  context = await workflowContext(fake, repository);
});

// Each run spawns the committed bundles several times: a few seconds idle, far more on a loaded machine.
const E2E = { timeout: 600_000 };

describe("prepare-release.yml", E2E, () => {
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
      jobToken: jobTokens(fake),
    });
    expect(preview.conclusion).toBe("success");
    expect(fake.mutatingRequests()).toEqual([]);
    const y = await runWorkflow(file, {
      event: { name: "workflow_dispatch" },
      inputs: { version: "next-y" },
      vars,
      context,
      jobToken: jobTokens(fake),
    });
    expect(y.conclusion).toBe("success");
    const [, validate, branch, pr] = y.jobs.prepare?.steps ?? [];
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

  it("opens a Z-stream's release PR on the existing branch without cutting one; run again, it creates nothing", async () => {
    const fake = fakeGitHub();
    const options = {
      event: { name: "workflow_dispatch" },
      inputs: { version: "next-z" },
      vars: {},
      context,
      jobToken: jobTokens(fake),
    };
    const z = await runWorkflow(file, options);
    expect(z.conclusion).toBe("success");
    expect(z.jobs.prepare?.steps.map((step) => [step.name, step.outcome])).toEqual([
      ["Token that can read the maintainers team (optional)", "skipped"],
      ["Validate the version", "success"],
      ["Cut the release branch", "skipped"],
      ["Open the release PR", "success"],
    ]);
    fake.clearLog();
    const again = await runWorkflow(file, options);
    expect(again.conclusion).toBe("success");
    expect(again.jobs.prepare?.steps.at(-1)?.outputs.created).toBe("false");
    expect(fake.mutatingRequests().map((request) => `${request.method} ${request.path}`)).toEqual([]);
  });

  it("prepares an X-stream only when the form's allow-major box is ticked", async () => {
    const fake = fakeGitHub();
    const options = { event: { name: "workflow_dispatch" }, context, jobToken: jobTokens(fake) };
    fake.clearLog();
    const refused = await runWorkflow(file, { ...options, inputs: { version: "1.0.0", "dry-run": true } });
    expect(refused.conclusion).toBe("failure");
    expect(refused.jobs.prepare?.steps[1]?.action?.annotations[0]?.message).toMatch(/allow-major/);
    expect(refused.jobs.prepare?.steps[2]?.outcome).toBe("skipped");
    const allowed = await runWorkflow(file, {
      ...options,
      inputs: { version: "1.0.0", "allow-major": true, "dry-run": true },
    });
    expect(allowed.conclusion).toBe("success");
    expect(allowed.jobs.prepare?.steps[1]?.outputs).toMatchObject({ version: "1.0.0", stream: "x" });
    // create-release-branch gets the flag too: it checks the stream again before cutting.
    expect(allowed.jobs.prepare?.steps[2]?.outputs).toMatchObject({ branch: "release-v1.0" });
    expect(fake.mutatingRequests()).toEqual([]);
    // allow-older-stream reaches validate-version the same way, from the form only.
    const validate = readExample("prepare-release.yml").jobs.prepare?.steps.find((step) =>
      step.uses?.includes("/validate-version@"),
    );
    expect(validate?.with).toMatchObject({
      "allow-major": "${{ inputs.allow-major }}",
      "allow-older-stream": "${{ inputs.allow-older-stream }}",
    });
  });

  it("stops with the stage's error on a version the strategy refuses", async () => {
    const run = await runWorkflow(file, {
      event: { name: "workflow_dispatch" },
      inputs: { version: "0.3.0" },
      context,
    });
    expect(run.conclusion).toBe("failure");
    expect(run.jobs.prepare?.steps[1]?.action?.annotations[0]?.message).toMatch(/0.3.0 would skip 0.2.0/);
  });
});

describe("release.yml", E2E, () => {
  const file = join(REPO_ROOT, "workflows-examples", "release.yml");
  let pypi: FakePyPI;

  beforeAll(async () => {
    pypi = await FakePyPI.start({ oidc: { key: fakeGitHub().oidc.publicKey, issuer: ACTIONS_ISSUER } });
  });

  afterAll(async () => {
    await pypi.stop();
  });

  // Seven runs of the release workflow (23.9 s in CI under the full suite's load): 120 s keeps
  // the limit over three times that.
  it("releases the merge of an approved release PR and publishes its dists; ignores other merged PRs", async () => {
    const fake = fakeGitHub();
    const { repository, people } = await createSampleRepository(fake, "acme/release-yml");
    repository.immutableReleases = true;
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
      context: await workflowContext(fake, repository),
      vars: { PYPI_REPOSITORY_URL: pypi.uploadUrl },
      builtins: standInActions(fake),
      idToken: (claims: OidcRunClaims) => fake.idTokenEndpoint(claims),
      jobToken: jobTokens(fake),
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
    expect(run.jobs.release?.outputs).toMatchObject({ version: "0.2.0", tag: "v0.2.0", commit: merge });
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
      ["Keep the published dists and their attestations", "success"],
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

    // The release job left a draft; once PyPI had the dists, attach-and-publish put the same files
    // on it and published it (immutable releases take no file once published). This index is
    // neither PyPI nor TestPyPI, so no attestations were made (the rehearsal attaches them).
    expect(run.jobs["attach-and-publish"]?.outputs["release-url"]).toMatch(/releases\/tag\/v0.2.0$/);
    const v020 = [...repository.releases.values()].find((release) => release.tagName === "v0.2.0");
    expect(v020).toMatchObject({ draft: false, immutable: true });
    expect(v020?.assets.map((asset) => [asset.name, asset.digest])).toEqual(
      pypi.files.map((stored) => [stored.filename, `sha256:${stored.sha256}`]),
    );

    // The same event again (a re-run of the run): nothing is created, nothing uploaded twice.
    fake.clearLog();
    const uploads = pypi.requests.filter((request) => request.path.startsWith("/legacy")).length;
    const rerun = await runWorkflow(file, {
      event: { name: "pull_request", payload: payload(true, "release-actions/v0.2.0") },
      ...options,
    });
    expect(rerun.jobs.publish?.result).toBe("success");
    expect(fake.mutatingRequests().map((request) => `${request.method} ${request.path}`)).toEqual([]);
    expect(pypi.requests.filter((request) => request.path.startsWith("/legacy")).length).toBe(uploads);
    expect(pypi.files).toHaveLength(2);

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
    const uiEvent = {
      event: {
        name: "release",
        payload: { action: "published", release: ui, sender: { login: "alice", type: "User" } },
      },
      ...options,
      context: { ...options.context, ref: "refs/tags/v0.2.1" },
    };
    const completed = await runWorkflow(file, uiEvent);
    expect(completed.jobs["complete-ui-release"]?.result).toBe("success");
    expect(completed.jobs.release?.result).toBe("skipped");
    expect(completed.jobs["attach-and-publish"]?.result).toBe("skipped");
    expect(repository.releases.size).toBe(releases + 1);
    // Published before its dists were built, and immutable: its summary says what it lacks and why.
    expect(completed.jobs["complete-ui-release"]?.steps.at(-1)?.summary).toMatch(
      /Not attached: the wheel, the sdist and their PEP 740 attestations.*releases are immutable.*release through the workflow instead/s,
    );
    expect(repository.releases.get(Number(ui.id))?.assets).toEqual([]);
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
    // The UI path run again: its notes are filled, the index has both files; nothing is written.
    fake.clearLog();
    const uiAgain = await runWorkflow(file, uiEvent);
    expect(uiAgain.jobs.publish?.result).toBe("success");
    expect(fake.mutatingRequests().map((request) => `${request.method} ${request.path}`)).toEqual([]);
    expect(pypi.files).toHaveLength(4);

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
    // The release stays a draft: nothing is published that PyPI does not have.
    expect(refused.jobs["attach-and-publish"]?.result).toBe("skipped");
    expect([...repository.releases.values()].find((release) => release.tagName === "v0.2.2")?.draft).toBe(
      true,
    );
    expect(refused.jobs.publish?.steps[1]?.annotations.map((annotation) => annotation.message)).toEqual([
      expect.stringMatching(
        /sample_cli-0\.2\.1-py3-none-any\.whl: version 0\.2\.1, but expected-version is 0\.2\.2/,
      ),
    ]);
    expect(pypi.files).toHaveLength(4);
  }, 120_000);

  it("assumes no branch or tag name: triggers for any base branch, reads the version from any tag template", async () => {
    const workflow = readExample("release.yml");
    // No branches/tags filter on any trigger: the policy's main-branch, release-branch and tag decide.
    for (const spec of Object.values(workflow.on as Record<string, Record<string, unknown> | null>))
      expect(Object.keys(spec ?? {}).filter((key) => /branches|tags|paths/.test(key))).toEqual([]);
    const closed = (base: string, head: string) => ({
      name: "pull_request",
      payload: { action: "closed", pull_request: { merged: true, base: { ref: base }, head: { ref: head } } },
    });
    const releaseIf = (event: ReturnType<typeof closed>) =>
      condition(
        workflow.jobs.release?.if,
        {
          github: { event_name: event.name, event: event.payload },
          inputs: {},
          vars: {},
          needs: {},
        },
        stepStatus(false),
      );
    for (const [base, head] of [
      ["develop", "release-actions/0.2.0"],
      ["stable/0.2", "release-actions/sample-cli-v0.2.0"],
      ["release-v0.2", "release-actions/v0.2.0"],
    ] as const) {
      expect(triggers(workflow.on, closed(base, head), ""), base).toBe(true);
      expect(releaseIf(closed(base, head)), head).toBe(true);
    }
    expect(releaseIf(closed("main", "carol/release-actions/v1"))).toBe(false);
    // The "Read the version" script gives the version for every tag template.
    const script = workflow.jobs.release?.steps.find((step) => step.run?.includes("HEAD_REF"))?.run ?? "";
    for (const [head, version] of [
      ["release-actions/v0.2.0", "0.2.0"],
      ["release-actions/0.2.0rc1", "0.2.0rc1"],
      ["release-actions/sample-cli-v0.2.0", "0.2.0"],
    ] as const) {
      const output = join(mkdtempSync(join(tmpdir(), "read-version-")), "output");
      const result = await collect("bash", ["-eo", "pipefail", "-c", script], {
        env: { PATH: process.env.PATH ?? "", HEAD_REF: head, REQUESTED: "", GITHUB_OUTPUT: output },
        cwd: REPO_ROOT,
        timeoutMs: 10_000,
      });
      expect(result.code, result.stderr).toBe(0);
      expect(readFileSync(output, "utf8").trim(), head).toBe(`version=${version}`);
    }
    // A release the workflow's own App published starts the workflow again: the UI path ignores it.
    const uiIf = (type: string) =>
      condition(
        workflow.jobs["complete-ui-release"]?.if,
        { github: { event_name: "release", event: { sender: { type } } }, inputs: {}, vars: {}, needs: {} },
        stepStatus(false),
      );
    expect([uiIf("User"), uiIf("Bot")]).toEqual([true, false]);
  });

  it("counts the real maintainers team through the optional GitHub App token", async () => {
    const fake = fakeGitHub();
    const { repository, people } = await createSampleRepository(fake, "acme/release-yml-app");
    // dave can write to the repository but is not in core-maintainers.
    const dave = fake.addUser("dave");
    repository.addCollaborator("dave", "write");
    const landed = await repository.landPullRequest({
      base: "release-v0.1",
      title: "Release v0.1.1",
      author: people.carol,
      files: {
        "CHANGELOG.md": "## v0.1\n",
        "pyproject.toml": (SAMPLE_FILES["pyproject.toml"] as string).replace(
          'version = "0.1.0"',
          'version = "0.1.1"',
        ),
      },
      approvals: [people.alice, dave],
    });
    const app = {
      clientId: "Iv1.release",
      privateKey: "-----BEGIN PRIVATE KEY-----fake",
      slug: "acme-release",
      permissions: { contents: "write", pull_requests: "write", issues: "write", members: "read" } as const,
    };
    const options = {
      event: { name: "workflow_dispatch" },
      inputs: { version: "0.1.1", commit: landed.mergeCommit },
      context: await workflowContext(fake, repository),
      builtins: standInActions(fake, { apps: [app] }),
      jobToken: jobTokens(fake),
    };
    // With the App: the team is read, dave's approval does not count, 1/2 is refused before any write.
    fake.clearLog();
    const withApp = await runWorkflow(file, {
      ...options,
      vars: { RELEASE_APP_CLIENT_ID: app.clientId },
      secrets: { RELEASE_APP_PRIVATE_KEY: app.privateKey },
    });
    expect(withApp.jobs.release?.steps[0]?.outcome).toBe("success");
    expect(withApp.jobs.release?.result).toBe("failure");
    const refusal =
      withApp.jobs.release?.steps.at(-1)?.annotations.map((annotation) => annotation.message) ?? [];
    expect(refusal.join("\n")).not.toMatch(/Cannot read the team/);
    expect(refusal.join("\n")).toMatch(/approv/i);
    expect(fake.mutatingRequests()).toEqual([]);
    expect(withApp.leaks).toEqual([]);
    // Without it, GITHUB_TOKEN cannot read the team: writers count, and the log says so.
    const without = await runWorkflow(file, options);
    expect(without.jobs.release?.steps[0]?.outcome).toBe("skipped");
    expect(
      without.jobs.release?.steps.at(-1)?.annotations.map((annotation) => annotation.message),
    ).toContainEqual(expect.stringMatching(/Cannot read the team/));
  });

  it("checks a version typed into the dispatch form against the strategy: no X-stream it did not prepare", async () => {
    const fake = fakeGitHub();
    const { repository } = await createSampleRepository(fake, "acme/release-yml-dispatch");
    fake.clearLog();
    const run = await runWorkflow(file, {
      event: { name: "workflow_dispatch" },
      inputs: { version: "1.0.0" },
      context: await workflowContext(fake, repository),
      builtins: standInActions(fake),
    });
    expect(run.jobs.release?.result).toBe("failure");
    expect(run.jobs.release?.steps[2]?.annotations.map((annotation) => annotation.message)).toEqual([
      expect.stringMatching(/allow-major/),
    ]);
    expect(run.jobs.publish?.result).toBe("skipped");
    expect(fake.mutatingRequests()).toEqual([]);
  });
});
