import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { FakeGitHub } from "../../src/github/index.ts";
import { SAMPLE_FILES } from "../../src/rehearsal/sample-project.ts";
import {
  condition,
  evaluate,
  interpolate,
  runAction,
  runWorkflow,
  standInActions,
  stepStatus,
  tokenPermissions,
  triggers,
} from "../../src/runner/index.ts";
import { collect } from "../../src/runner/run-action.ts";

const FIXTURES = join(import.meta.dirname, "fixtures");
const context = {
  repository: "acme/widget",
  apiUrl: "http://127.0.0.1:1/api/v3",
  serverUrl: "http://127.0.0.1:1",
  token: "ghs_secret_token_value",
};

describe("expressions", () => {
  it("evaluates with GitHub's implementation, status functions included", () => {
    const data = { steps: { v: { outputs: { stream: "y" } } }, inputs: { minor: 27 } };
    expect(evaluate("steps.v.outputs.stream == 'y' && format('release-v0.{0}', inputs.minor)", data)).toBe(
      "release-v0.27",
    );
    expect(interpolate("tag v${{ inputs.minor }}.0 (${{ steps.v.outputs.stream }})", data)).toBe(
      "tag v27.0 (y)",
    );
    expect(condition("steps.v.outputs.stream == 'z'", data, stepStatus(false))).toBe(false);
    expect(condition(undefined, data, stepStatus(true))).toBe(false);
    expect(condition("${{ failure() }}", data, stepStatus(true))).toBe(true);
    expect(condition("always()", data, stepStatus(true))).toBe(true);
  });

  it("matches triggers with their types and branch filters", () => {
    expect(
      triggers(
        { release: { types: ["published"] } },
        { name: "release", payload: { action: "published" } },
        "refs/tags/v1",
      ),
    ).toBe(true);
    expect(
      triggers(
        { release: { types: ["published"] } },
        { name: "release", payload: { action: "created" } },
        "refs/tags/v1",
      ),
    ).toBe(false);
    expect(
      triggers(
        { pull_request: { branches: ["release-*"] } },
        { name: "pull_request", payload: { pull_request: { base: { ref: "release-v0.2" } } } },
        "",
      ),
    ).toBe(true);
    expect(triggers({ push: { tags: ["v*"] } }, { name: "push" }, "refs/heads/main")).toBe(false);
    expect(triggers(["push", "workflow_dispatch"], { name: "workflow_dispatch" }, "refs/heads/main")).toBe(
      true,
    );
  });
});

describe("runAction", () => {
  const saved = process.env.GITHUB_TOKEN;
  afterEach(() => {
    if (saved === undefined) delete process.env.GITHUB_TOKEN;
    else process.env.GITHUB_TOKEN = saved;
  });

  it("runs an action as the runner does: inputs, defaults, outputs, summary, annotations, masks", async () => {
    process.env.GITHUB_TOKEN = "from-the-developer-shell";
    const run = await runAction(join(FIXTURES, "echo-action"), {
      inputs: { message: "two\nlines" },
      context,
      secrets: [context.token],
    });
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toEqual({ message: "two\nlines", "dry-run": "false", "host-token": "" });
    expect(run.summary).toBe("### Echo\n\ntwo\nlines\n");
    expect(run.groups).toEqual(["Details"]);
    expect(run.annotations).toEqual([
      { level: "warning", message: "line one\nline two: 100%", properties: { file: "a.py", line: "3" } },
    ]);
    expect(run.masks).toEqual([context.token]);
    expect(run.leaks).toEqual([]);
  });

  it("reports a secret printed before it was masked, a failure, and an undeclared input with the runner's warning", async () => {
    const leaky = await runAction(join(FIXTURES, "echo-action"), {
      inputs: { message: "fail", leak: "true" },
      context,
    });
    expect(leaky.leaks).toEqual([context.token]);
    expect(leaky.exitCode).toBe(1);
    expect(leaky.annotations.map((annotation) => annotation.level)).toEqual(["warning", "error"]);
    // actions/runner ActionRunner.cs: the input is still passed (INPUT_MESAGE), with a warning.
    const typo = await runAction(join(FIXTURES, "echo-action"), { inputs: { mesage: "typo" }, context });
    expect(typo.annotations[0]).toEqual({
      level: "warning",
      message: "Unexpected input(s) 'mesage', valid inputs are ['message', 'dry-run', 'token', 'leak']",
      properties: {},
    });
    expect(typo.outputs.message).toBe("");
  });
});

describe("runWorkflow", () => {
  it("runs jobs in needs order with outputs, env files, conditions, builtins and failure handling", async () => {
    const checkouts: string[] = [];
    const run = await runWorkflow(join(FIXTURES, "workflows", "pipeline.yml"), {
      event: { name: "workflow_dispatch" },
      inputs: { message: "world" },
      context: { ...context, ref: "refs/heads/main" },
      builtins: {
        "actions/checkout": async (step) => {
          checkouts.push(step.with.ref ?? "");
          return {};
        },
      },
    });
    expect(run.triggered).toBe(true);
    expect(run.order).toEqual(["first", "second", "third", "fourth"]);
    expect(checkouts).toEqual(["refs/heads/main"]);
    const first = run.jobs.first;
    expect(first?.result).toBe("success");
    expect(first?.outputs).toEqual({ shout: "hello, world" });
    expect(first?.steps.find((step) => step.id === "later")?.outputs).toEqual({ seen: "from-env-file" });
    expect(first?.steps.find((step) => step.id === "after")?.outputs).toEqual({ recovered: "yes" });
    expect(run.jobs.second?.result).toBe("skipped");
    const third = run.jobs.third;
    expect(third?.result).toBe("failure");
    expect(third?.steps.find((step) => step.id === "use")?.outputs).toEqual({ got: "hello, world" });
    expect(third?.steps.find((step) => step.id === "skipped")?.outcome).toBe("skipped");
    expect(third?.steps.find((step) => step.id === "cleanup")?.outputs).toEqual({ ran: "yes" });
    expect(run.jobs.fourth?.result).toBe("skipped");
    expect(run.conclusion).toBe("failure");
  });

  it("gives steps the runner machine's environment, under the runner's and the workflow's, outside the env context", async () => {
    const run = await runWorkflow(join(FIXTURES, "workflows", "runner-env.yml"), {
      event: { name: "workflow_dispatch" },
      context,
      runnerEnv: { MACHINE_SETTING: "machine", OVERRIDDEN: "machine", GITHUB_REPOSITORY: "machine/repo" },
    });
    expect(run.jobs.show?.steps[0]?.outputs).toEqual({
      machine: "machine",
      overridden: "step",
      "in-context": "",
      repository: "acme/widget",
    });
  });

  it("does not run for another event, and names an action it has no stand-in for", async () => {
    const file = join(FIXTURES, "workflows", "pipeline.yml");
    expect((await runWorkflow(file, { event: { name: "push" }, context })).triggered).toBe(false);
    await expect(
      runWorkflow(file, { event: { name: "workflow_dispatch" }, inputs: { message: "x" }, context }),
    ).rejects.toThrow(/no stand-in for "actions\/checkout@08c6903cd8c0fde910a37f88322edcfb5dd907a8"/);
  });
});

describe("job tokens", () => {
  it("a job's permissions: give its token exactly those scopes, every other none (GitHub docs, workflow syntax, permissions)", () => {
    // "If you specify the access for any of these permissions, all of those that are not specified are set to none."
    const granted = tokenPermissions({ contents: "write", "pull-requests": "read" });
    expect(granted).toMatchObject({
      metadata: "read",
      contents: "write",
      pull_requests: "read",
      issues: "none",
    });
    expect(tokenPermissions({})).toMatchObject({ contents: "none", pull_requests: "none" });
    expect(tokenPermissions("read-all")).toMatchObject({ contents: "read", issues: "read" });
    expect(tokenPermissions("write-all")).toMatchObject({ contents: "write", actions: "write" });
  });

  it("runs each job with the token its permissions: mint, as github.token and GITHUB_TOKEN", async () => {
    const asked: Record<string, string>[] = [];
    const file = join(mkdtempSync(join(tmpdir(), "tokens-")), "workflow.yml");
    writeFileSync(
      file,
      [
        "on: workflow_dispatch",
        "permissions: {}",
        "jobs:",
        "  reader:",
        "    runs-on: ubuntu-latest",
        "    permissions:",
        "      contents: read",
        "    steps:",
        "      - id: token",
        "        env:",
        "          FROM_CONTEXT: ${{ github.token }}",
        "          FROM_SECRETS: ${{ secrets.GITHUB_TOKEN }}",
        '        run: echo "seen=$FROM_CONTEXT $FROM_SECRETS" >> "$GITHUB_OUTPUT"',
        "  nothing:",
        "    runs-on: ubuntu-latest",
        "    steps:",
        "      - run: exit 0",
      ].join("\n"),
    );
    const run = await runWorkflow(file, {
      event: { name: "workflow_dispatch" },
      context,
      jobToken: (permissions) => {
        asked.push({ ...permissions });
        return `job-token-${asked.length}`;
      },
    });
    expect(run.jobs.reader?.steps[0]?.outputs).toEqual({ seen: "job-token-1 job-token-1" });
    expect(asked[0]).toMatchObject({ contents: "read", pull_requests: "none" });
    // The workflow's permissions: {} apply to the job that names none.
    expect(asked[1]).toMatchObject({ contents: "none", metadata: "read" });
  });
});

describe("stand-in actions", () => {
  it("create-github-app-token mints the App's installation token with the permissions asked, never more than installed", async () => {
    const github = await FakeGitHub.start();
    try {
      const app = {
        clientId: "Iv1.x",
        privateKey: "key",
        slug: "releaser",
        permissions: { contents: "write", members: "read" } as const,
      };
      const create = standInActions(github, { apps: [app] })["actions/create-github-app-token"];
      const step = { env: {}, workspace: tmpdir(), context };
      const made = await create?.({
        ...step,
        with: { "client-id": "Iv1.x", "private-key": "key", "permission-members": "read" },
      });
      expect(made?.outputs).toMatchObject({ "app-slug": "releaser", token: expect.stringMatching(/^ghs_/) });
      github.addTeam("acme", "core", ["alice"]);
      const members = (token: string) =>
        fetch(`${github.apiUrl}/orgs/acme/teams/core/members`, {
          headers: { authorization: `token ${token}` },
        });
      expect((await members(made?.outputs?.token ?? "")).status).toBe(200);
      // The workflow's GITHUB_TOKEN never has members: read.
      expect((await members(github.defaultToken)).status).toBe(403);
      await expect(
        create?.({
          ...step,
          with: { "client-id": "Iv1.x", "private-key": "key", "permission-issues": "write" },
        }),
      ).rejects.toThrow(/has no issues: write/);
      await expect(
        create?.({ ...step, with: { "client-id": "Iv1.x", "private-key": "other" } }),
      ).rejects.toThrow(/no installation/);
    } finally {
      await github.stop();
    }
  });

  it("check out the fake repository at a ref and build it with Python's build, or the testkit's builder without it", async () => {
    const github = await FakeGitHub.start();
    try {
      const repository = await github.createRepository("acme/sample", { files: SAMPLE_FILES });
      const tagged = (await repository.refSha("heads/main")) as string;
      await repository.createTag("v0.1.0", tagged);
      await repository.commit({ branch: "main", files: { "later.txt": "x\n" }, message: "Later" });
      const actions = standInActions(github);
      const workspace = mkdtempSync(join(tmpdir(), "stand-in-"));
      const step = {
        with: { ref: "v0.1.0" },
        env: {},
        workspace,
        context: { ...context, repository: "acme/sample" },
      };
      expect(await actions["actions/checkout"]?.(step)).toEqual({
        outputs: { ref: "v0.1.0", commit: tagged },
      });
      expect(existsSync(join(workspace, "pyproject.toml"))).toBe(true);
      expect(existsSync(join(workspace, "later.txt"))).toBe(false);
      await expect(actions["actions/checkout"]?.({ ...step, with: { ref: "v9" } })).rejects.toThrow(
        /acme\/sample has no ref or commit "v9"/,
      );

      const [bin = ""] = (await actions["actions/setup-python"]?.(step))?.path ?? [];
      const python = (args: string[], env: Record<string, string> = {}) =>
        collect(join(bin, "python"), args, {
          env: { PATH: process.env.PATH ?? "", HOME: workspace, ...env },
          cwd: workspace,
          timeoutMs: 120_000,
        });
      const built = ["sample_cli-0.1.0-py3-none-any.whl", "sample_cli-0.1.0.tar.gz"];
      const debian = await python(["-m", "build"]);
      expect(debian.code, debian.stderr).toBe(0);
      expect(debian.stdout).toMatch(/^::notice .*::python -m build ran Debian's python3-build/m);
      expect(readdirSync(join(workspace, "dist")).sort()).toEqual(built);
      rmSync(join(workspace, "dist"), { recursive: true });
      const testkit = await python(["-m", "build"], { TESTKIT_PYTHON: join(workspace, "no-python3") });
      expect(testkit.code, testkit.stderr).toBe(0);
      expect(testkit.stdout).toMatch(
        /^::notice .*::python3-build or python3-hatchling is not installed: the testkit's builder/m,
      );
      expect(readdirSync(join(workspace, "dist")).sort()).toEqual(built);

      expect(await python(["-m", "pip", "install", "--upgrade", "build"])).toMatchObject({ code: 0 });
      expect(await python(["-m", "pip", "install", "requests"])).toMatchObject({
        code: 2,
        stderr: expect.stringMatching(/offline: cannot install requests/),
      });
      expect(await python(["-c", "print(1)"])).toMatchObject({ code: 2 });
    } finally {
      await github.stop();
    }
  });
});
