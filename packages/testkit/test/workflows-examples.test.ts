/**
 * The example workflows, run end to end against the fake GitHub with the committed bundles,
 * and the rehearsal the README gives as the first command.
 */
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { useFakeGitHub } from "../src/github/vitest-hooks.ts";
import { createSampleRepository, SAMPLE_REPOSITORY } from "../src/rehearsal/sample-project.ts";
import { node24, REPO_ROOT, runWorkflow } from "../src/runner/index.ts";
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
  it("validates a Y-stream and a Z-stream of the sample project", async () => {
    const file = join(REPO_ROOT, "workflows-examples", "prepare-release.yml");
    const y = await runWorkflow(file, {
      event: { name: "workflow_dispatch" },
      inputs: { version: "next-y" },
      context,
    });
    expect(y.conclusion).toBe("success");
    expect(y.jobs.prepare?.steps[0]?.outputs).toMatchObject({
      version: "0.2.0",
      stream: "y",
      "release-branch": "release-v0.2",
      "branch-exists": "false",
    });
    const z = await runWorkflow(file, {
      event: { name: "workflow_dispatch" },
      inputs: { version: "next-z" },
      context,
    });
    expect(z.jobs.prepare?.steps[0]?.outputs).toMatchObject({
      version: "0.1.1",
      stream: "z",
      "branch-exists": "true",
    });
    expect(y.leaks).toEqual([]);
    expect(z.leaks).toEqual([]);
  });

  it("stops with the stage's error on a version the strategy refuses", async () => {
    const run = await runWorkflow(join(REPO_ROOT, "workflows-examples", "prepare-release.yml"), {
      event: { name: "workflow_dispatch" },
      inputs: { version: "0.3.0" },
      context,
    });
    expect(run.conclusion).toBe("failure");
    expect(run.jobs.prepare?.steps[0]?.action?.annotations[0]?.message).toMatch(/0.3.0 would skip 0.2.0/);
  });
});

describe("npm run rehearse", () => {
  it("rehearses the release and says it passed", async () => {
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
    expect(result.stdout).toMatch(/Rehearsal passed/);
  });
});
