import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import {
  condition,
  evaluate,
  interpolate,
  runAction,
  runWorkflow,
  triggers,
} from "../../src/runner/index.ts";

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
    expect(condition("steps.v.outputs.stream == 'z'", data, { failed: false, cancelled: false })).toBe(false);
    expect(condition(undefined, data, { failed: true, cancelled: false })).toBe(false);
    expect(condition("${{ failure() }}", data, { failed: true, cancelled: false })).toBe(true);
    expect(condition("always()", data, { failed: true, cancelled: false })).toBe(true);
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

  it("reports a secret printed before it was masked, a failure, and undeclared inputs", async () => {
    const leaky = await runAction(join(FIXTURES, "echo-action"), {
      inputs: { message: "fail", leak: "true" },
      context,
    });
    expect(leaky.leaks).toEqual([context.token]);
    expect(leaky.exitCode).toBe(1);
    expect(leaky.annotations.map((annotation) => annotation.level)).toEqual(["warning", "error"]);
    await expect(
      runAction(join(FIXTURES, "echo-action"), { inputs: { mesage: "typo" }, context }),
    ).rejects.toThrow(/declares no input mesage/);
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

  it("does not run for another event, and names an action it has no stand-in for", async () => {
    const file = join(FIXTURES, "workflows", "pipeline.yml");
    expect((await runWorkflow(file, { event: { name: "push" }, context })).triggered).toBe(false);
    await expect(
      runWorkflow(file, { event: { name: "workflow_dispatch" }, inputs: { message: "x" }, context }),
    ).rejects.toThrow(/no stand-in for "actions\/checkout@08c6903cd8c0fde910a37f88322edcfb5dd907a8"/);
  });
});
