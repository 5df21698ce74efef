import { type FakeRepository, runnerContext, stageDeps } from "@release-actions/testkit";
import { useFakeGitHub } from "@release-actions/testkit/vitest";
import { beforeAll, describe, expect, it } from "vitest";
import type { CheckMilestoneSettings } from "../src/inputs.ts";
import { report } from "../src/report.ts";
import { run } from "../src/run.ts";

const fakeGitHub = useFakeGitHub();
let repository: FakeRepository;

beforeAll(async () => {
  const fake = fakeGitHub();
  repository = await fake.createRepository("acme/gate", { files: { "README.md": "gate\n" } });
  const client = stageDeps(fake, repository.fullName).github.client;
  for (const [title, due, state] of [
    ["v0.1.0", "2026-11-20", "closed"],
    ["v0.2.0", "2026-12-21", "open"],
    ["v0.3.0", "2027-01-04", "open"],
    ["v0.4.0", "2027-01-18", "open"],
    ["Backlog", undefined, "open"],
  ] as const)
    await client.request("POST /repos/{owner}/{repo}/milestones", {
      owner: "acme",
      repo: "gate",
      title,
      state,
      ...(due && { due_on: `${due}T12:00:00Z` }),
    });
});

function settings(
  pull: { milestone?: string; labels?: string[] } | undefined,
  overrides: Partial<CheckMilestoneSettings> = {},
): CheckMilestoneSettings {
  const fake = fakeGitHub();
  const event = pull
    ? {
        action: "synchronize",
        pull_request: {
          number: 12,
          milestone: pull.milestone ? { title: pull.milestone } : null,
          labels: (pull.labels ?? []).map((name) => ({ name })),
          base: { ref: "main" },
        },
      }
    : {};
  return {
    token: fake.defaultToken,
    config: ".github/release-strategy.yml",
    dryRun: false,
    context: runnerContext(fake, repository.fullName, { eventName: pull ? "pull_request" : "push", event }),
    window: undefined,
    exemptLabels: ["dependencies"],
    ...overrides,
  };
}

async function gate(pull: Parameters<typeof settings>[0], overrides: Partial<CheckMilestoneSettings> = {}) {
  const deps = stageDeps(fakeGitHub(), repository.fullName);
  const result = await run(settings(pull, overrides), deps);
  return { result, ...report(result, settings(pull, overrides)) };
}

describe("check-milestone run()", () => {
  it("passes a PR in one of the next two release milestones, in two requests", async () => {
    const { outputs, summary, result } = await gate({ milestone: "v0.3.0" });
    expect(outputs).toEqual({ milestone: "v0.3.0" });
    expect(result.requests).toBe(2);
    expect(summary).toMatch(/check-milestone: passed, \[#12\]\(.*\/pull\/12\) is in v0.3.0/);
    expect(summary).toMatch(/\| \[v0.2.0\]\(.*\) \| 2026-12-21 \|\n\| \[v0.3.0\]\(.*\) \| 2027-01-04 \|/);
  });

  it("refuses a PR without a milestone, or in one outside the window, naming the valid ones", async () => {
    await expect(gate({})).rejects.toThrow(
      /^Pull request #12 has no milestone\. Only pull requests of the next 2 releases are merged \(the release strategy\)\. Set one of the next 2 release milestones: v0.2.0 \(due 2026-12-21\), v0.3.0 \(due 2027-01-04\), or add one of the labels dependencies\.$/,
    );
    await expect(gate({ milestone: "v0.4.0" })).rejects.toThrow(
      /is in the milestone "v0.4.0", which is not one of the next 2 releases/,
    );
    await expect(gate({ milestone: "Backlog" })).rejects.toThrow(/"Backlog"/);
    await expect(gate({ milestone: "v0.1.0" })).rejects.toThrow(/"v0.1.0"/);
    expect((await gate({ milestone: "v0.4.0" }, { window: 3 })).outputs.milestone).toBe("v0.4.0");
  });

  it("lets an exempt label through without asking GitHub anything", async () => {
    const { result, summary, outputs } = await gate({ labels: ["Dependencies"] });
    expect(result).toMatchObject({ decision: "exempt", label: "dependencies", requests: 0 });
    expect(outputs).toEqual({ milestone: "" });
    expect(summary).toMatch(/passed, \[#12\]\(.*\) is exempt/);
  });

  it("reads the window from the base branch's policy, and refuses to run outside pull requests", async () => {
    await repository.commit({
      branch: "main",
      files: { ".github/release-strategy.yml": "milestones:\n  window: 1\n" },
      message: "policy",
    });
    await expect(gate({ milestone: "v0.3.0" })).rejects.toThrow(/not one of the next 1 releases/);
    await expect(gate(undefined)).rejects.toThrow(
      /run it on pull_request events .* this run's event is "push"/,
    );
  });
});
