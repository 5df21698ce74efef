import {
  createSampleRepository,
  type FakeRepository,
  runnerContext,
  stageDeps,
} from "@release-actions/testkit";
import { useFakeGitHub } from "@release-actions/testkit/vitest";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { CreateReleaseBranchSettings } from "../src/inputs.ts";
import { report } from "../src/report.ts";
import { run } from "../src/run.ts";

const fakeGitHub = useFakeGitHub();
let repository: FakeRepository;
let counter = 0;

/** The sample project; each test starts from a copy. */
let template: FakeRepository;

beforeAll(async () => {
  ({ repository: template } = await createSampleRepository(fakeGitHub(), "acme/branch-template"));
});

beforeEach(() => {
  repository = fakeGitHub().copyRepository(template, `acme/branch-${++counter}`);
});

function settings(overrides: Partial<CreateReleaseBranchSettings> = {}): CreateReleaseBranchSettings {
  const fake = fakeGitHub();
  return {
    token: fake.defaultToken,
    config: ".github/release-strategy.yml",
    dryRun: false,
    context: runnerContext(fake, repository.fullName),
    version: "0.2.0",
    commit: "",
    protect: false,
    allowMajor: false,
    ...overrides,
  };
}

async function cut(overrides: Partial<CreateReleaseBranchSettings> = {}, token?: string) {
  const deps = stageDeps(fakeGitHub(), repository.fullName, {
    dryRun: overrides.dryRun ?? false,
    ...(token && { token }),
  });
  const result = await run(settings(overrides), deps);
  return { result, ...report(result, settings(overrides)) };
}

describe("create-release-branch run()", () => {
  it("cuts release-vX.Y from the head of main, then reports it as existing", async () => {
    const main = await repository.refSha("heads/main");
    const first = await cut();
    expect(first.outputs).toEqual({ branch: "release-v0.2", commit: main, created: "true" });
    expect(await repository.refSha("heads/release-v0.2")).toBe(main);
    const second = await cut();
    expect(second.outputs).toEqual({ branch: "release-v0.2", commit: main, created: "false" });
    expect(second.summary).toMatch(/release-v0.2 already existed/);
  });

  it("cuts from a given commit of main, and accepts a later run whose branch contains it", async () => {
    const older = (await repository.git.log(["main"], { maxCount: 2 }))[1]?.sha as string;
    expect((await cut({ commit: older })).outputs.commit).toBe(older);
    await repository.commit({ branch: "release-v0.2", files: { "fix.txt": "x" }, message: "backport" });
    expect((await cut({ commit: older })).outputs.created).toBe("false");
  });

  it("refuses an existing branch that does not contain the commit, naming both", async () => {
    const branch = (await repository.git.log(["main"], { maxCount: 3 }))[2]?.sha as string;
    await repository.createBranch("release-v0.2", branch);
    const head = (await repository.refSha("heads/main")) as string;
    await expect(cut({ commit: head })).rejects.toThrow(
      new RegExp(
        `release-v0.2 already exists at ${branch.slice(0, 12)} and does not contain ${head.slice(0, 12)}`,
      ),
    );
  });

  it("reports a branch another run created between its read and its write", async () => {
    const fake = fakeGitHub();
    const main = (await repository.refSha("heads/main")) as string;
    fake.injectFault({
      operationId: "git/create-ref",
      fault: { before: () => repository.createBranch("release-v0.2", main).then(() => undefined) },
    });
    const { result, outputs } = await cut();
    expect(result.outcome).toBe("created by another run");
    expect(outputs.created).toBe("false");
  });

  it("protects the branch with one ruleset, kept in step on re-runs", async () => {
    const fake = fakeGitHub();
    const admin = fake.createToken({
      login: "release-bot",
      permissions: { contents: "write", administration: "write" },
    });
    const { result } = await cut({ protect: true }, admin);
    expect(result.ruleset).toBe("created");
    const [ruleset] = [...repository.rulesets.values()];
    expect(ruleset).toMatchObject({
      name: "release-v0.2 (release-actions)",
      enforcement: "active",
      conditions: { ref_name: { include: ["refs/heads/release-v0.2"] } },
    });
    expect(ruleset?.rules.map((rule) => rule.type)).toEqual(["deletion", "non_fast_forward", "pull_request"]);
    expect(ruleset?.rules[2]?.parameters?.required_approving_review_count).toBe(2);
    expect((await cut({ protect: true }, admin)).result.ruleset).toBe("unchanged");
    ruleset?.rules.splice(2, 1);
    expect((await cut({ protect: true }, admin)).result.ruleset).toBe("updated");
    expect(repository.rulesets.size).toBe(1);
  });

  it.each([
    ["git/create-ref", "lost"],
    ["repos/create-repo-ruleset", "lost"],
    ["repos/create-repo-ruleset", "cut"],
  ] as const)(
    "creates one branch and one ruleset when the answer to %s is %s (issue 15)",
    async (operationId, kind) => {
      const fake = fakeGitHub();
      const admin = fake.createToken({
        login: "release-bot",
        permissions: { contents: "write", administration: "write" },
      });
      fake.injectFault({ operationId, fault: kind === "lost" ? { lostAnswer: true } : { cut: true } });
      const { result } = await cut({ protect: true }, admin);
      expect(result.ruleset).toBe("created");
      expect(result.outcome).toBe(operationId === "git/create-ref" ? "created by another run" : "created");
      expect([...repository.rulesets.values()].map((ruleset) => ruleset.name)).toEqual([
        "release-v0.2 (release-actions)",
      ]);
      expect(await repository.refSha("heads/release-v0.2")).toBe(await repository.refSha("heads/main"));
    },
  );

  it("refuses protect: true with the workflow's token before it creates the branch", async () => {
    const fake = fakeGitHub();
    fake.clearLog();
    await expect(cut({ protect: true })).rejects.toThrow(
      /protect: true needs a token that can manage rulesets.*GitHub answered 403.*set protect: false/,
    );
    // GitHub lets any token that can read the repository list its rulesets (metadata: read):
    // only the write tells, and it comes before the branch.
    expect(
      fake.requests
        .filter((request) => request.operationId?.includes("ruleset"))
        .map((request) => [request.operationId, request.status]),
    ).toEqual([
      ["repos/get-repo-rulesets", 200],
      ["repos/create-repo-ruleset", 403],
    ]);
    expect(fake.mutatingRequests().map((request) => request.operationId)).toEqual([
      "repos/create-repo-ruleset",
    ]);
    expect(await repository.refSha("heads/release-v0.2")).toBeUndefined();
    expect(repository.rulesets.size).toBe(0);
  });

  it("cuts and protects on a re-run with an admin token after the workflow's token was refused", async () => {
    const fake = fakeGitHub();
    const admin = fake.createToken({
      login: "release-bot",
      permissions: { contents: "write", administration: "write" },
    });
    await expect(cut({ protect: true })).rejects.toThrow(/needs a token that can manage rulesets/);
    const { result, outputs } = await cut({ protect: true }, admin);
    expect(outputs.created).toBe("true");
    expect(result.ruleset).toBe("created");
    expect(repository.rulesets.size).toBe(1);
  });

  it("applies a missing ruleset to a branch that already exists (re-runs converge)", async () => {
    const fake = fakeGitHub();
    const admin = fake.createToken({
      login: "release-bot",
      permissions: { contents: "write", administration: "write" },
    });
    expect((await cut()).outputs.created).toBe("true");
    expect(repository.rulesets.size).toBe(0);
    const { result, outputs } = await cut({ protect: true }, admin);
    expect(outputs.created).toBe("false");
    expect(result.ruleset).toBe("created");
    expect([...repository.rulesets.values()][0]?.conditions?.ref_name?.include).toEqual([
      "refs/heads/release-v0.2",
    ]);
  });

  it("sends no ruleset request when protect is false", async () => {
    const fake = fakeGitHub();
    fake.clearLog();
    await cut();
    expect(fake.requests.filter((request) => request.operationId?.includes("ruleset"))).toEqual([]);
  });

  it("writes nothing in dry-run", async () => {
    const fake = fakeGitHub();
    fake.clearLog();
    const { outputs, summary } = await cut({ dryRun: true });
    expect(fake.mutatingRequests()).toEqual([]);
    expect(outputs.created).toBe("false");
    expect(summary).toMatch(/would be created \(dry-run\)/);
    expect(await repository.refSha("heads/release-v0.2")).toBeUndefined();
  });

  it.each<[string, Partial<CreateReleaseBranchSettings>, RegExp]>([
    [
      "a Z-stream",
      { version: "0.1.1" },
      /0.1.1 is a Z-stream release: its branch release-v0.1 already exists.*stream != 'z'/,
    ],
    ["an X-stream without allow-major", { version: "1.0.0" }, /Set allow-major: true/],
    ["a commit off main", { commit: "release-v0.1" }, /is not on main/],
  ])("refuses %s with zero writes", async (_, overrides, message) => {
    const fake = fakeGitHub();
    fake.clearLog();
    await expect(cut(overrides)).rejects.toThrow(message);
    expect(fake.mutatingRequests()).toEqual([]);
  });
});
