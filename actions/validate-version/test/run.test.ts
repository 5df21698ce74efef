import type { FakeGitHub, FakeRepository } from "@release-actions/testkit";
import { runnerContext, stageDeps } from "@release-actions/testkit";
import { useFakeGitHub } from "@release-actions/testkit/vitest";
import { beforeAll, describe, expect, it } from "vitest";
import type { ValidateVersionSettings } from "../src/inputs.ts";
import { report } from "../src/report.ts";
import { run } from "../src/run.ts";

const REPO = "acme/cli";
const fakeGitHub = useFakeGitHub();
let repository: FakeRepository;
const sha: Record<string, string> = {};

/**
 * main:           m1 ─ m2 ─ m3 ─ m4 ─ m5
 * release-v0.24:   └ b1 (v0.24.0) ─ b2 (v0.24.1)
 * v0.25.0 tagged on main at m2 (no release-v0.25, as instructlab did)
 * release-v0.26:             └ r1 (v0.26.0) ─ r2 (v0.26.1, stable) ─ r3
 * strays: v0.0.0 at m1, v0.25 at m2
 */
beforeAll(async () => {
  const fake = fakeGitHub();
  repository = await fake.createRepository(REPO, { files: { "README.md": "cli\n" } });
  const commit = (branch: string, name: string) =>
    repository.commit({
      branch,
      files: { [`${name}.txt`]: name },
      message: `${name} (#${Object.keys(sha).length + 1})`,
    });
  sha.m1 = await commit("main", "m1");
  await repository.createBranch("release-v0.24", sha.m1);
  sha.b1 = await commit("release-v0.24", "b1");
  await repository.createTag("v0.24.0", sha.b1);
  sha.b2 = await commit("release-v0.24", "b2");
  await repository.createTag("v0.24.1", sha.b2);
  sha.m2 = await commit("main", "m2");
  await repository.createTag("v0.25.0", sha.m2);
  sha.m3 = await commit("main", "m3");
  await repository.createBranch("release-v0.26", sha.m3);
  sha.r1 = await commit("release-v0.26", "r1");
  await repository.createTag("v0.26.0", sha.r1, { message: "v0.26.0" });
  sha.r2 = await commit("release-v0.26", "r2");
  await repository.createTag("v0.26.1", sha.r2);
  sha.r3 = await commit("release-v0.26", "r3");
  sha.m4 = await commit("main", "m4");
  sha.m5 = await commit("main", "m5");
  await repository.createTag("v0.0.0", sha.m1);
  await repository.createTag("v0.25", sha.m2);
  await repository.createTag("stable", sha.r2);
});

function settings(fake: FakeGitHub, overrides: Partial<ValidateVersionSettings>): ValidateVersionSettings {
  return {
    token: fake.defaultToken,
    config: ".github/release-strategy.yml",
    dryRun: false,
    context: runnerContext(fake, REPO),
    version: "next-y",
    commit: "",
    allowMajor: false,
    allowOlderStream: false,
    ...overrides,
  };
}

async function validate(overrides: Partial<ValidateVersionSettings>) {
  const fake = fakeGitHub();
  const deps = stageDeps(fake, REPO);
  const result = await run(settings(fake, overrides), deps);
  return {
    result,
    outputs: report(result, settings(fake, overrides)).outputs,
    summary: report(result, settings(fake, overrides)).summary,
    deps,
  };
}

describe("validate-version run()", () => {
  it("accepts the next Y-stream from the head of main, in at most five requests", async () => {
    const { outputs, summary, result } = await validate({ version: "next-y" });
    expect(outputs).toEqual({
      version: "0.27.0",
      tag: "v0.27.0",
      stream: "y",
      prerelease: "false",
      "release-branch": "release-v0.27",
      "branch-exists": "false",
      commit: sha.m5,
      "previous-tag": "v0.26.1",
      "previous-version": "0.26.1",
      "make-latest": "true",
      milestone: "v0.27.0",
      released: "false",
    });
    expect(result.requests).toBeLessThanOrEqual(5);
    expect(summary).toContain("release-v0.27 does not exist yet: it will be cut from main");
    expect(summary).toMatch(/v0.0.0.*placeholder/);
    expect(fakeGitHub().mutatingRequests()).toEqual([]);
  });

  it("warns in the log and the summary about stray tags under the tag prefix, and never reads others", async () => {
    const { summary, deps, result } = await validate({ version: "next-y" });
    expect(deps.log.messages("warning")).toContainEqual(
      expect.stringMatching(
        /^Ignored 2 tag\(s\) that are not releases: v0\.0\.0 is a placeholder \(0\.0\.0\), not a release; v0\.25 is not a release of the X\.Y\.Z scheme: "0\.25" has 2 release components/,
      ),
    );
    expect(summary).toContain("2 tag(s) ignored: not releases of the scheme");
    expect(summary).toMatch(/- `v0\.25` is not a release of the X\.Y\.Z scheme/);
    expect(result.strays.map((stray) => stray.tag.name)).toEqual(["v0.0.0", "v0.25"]);
    expect(summary).not.toContain("stable");
  });

  it("accepts the next Z-stream at the head of its release branch", async () => {
    const { outputs } = await validate({ version: "next-z" });
    expect(outputs).toMatchObject({
      version: "0.26.2",
      stream: "z",
      "release-branch": "release-v0.26",
      "branch-exists": "true",
      commit: sha.r3,
      "previous-tag": "v0.26.1",
    });
  });

  it("accepts a pre-release on a commit of main given by a short sha", async () => {
    const { outputs } = await validate({ version: "0.27.0-RC.1", commit: (sha.m4 as string).slice(0, 10) });
    expect(outputs).toMatchObject({
      version: "0.27.0rc1",
      tag: "v0.27.0rc1",
      prerelease: "true",
      commit: sha.m4,
      "make-latest": "false",
      milestone: "v0.27.0",
    });
  });

  it("reports an existing release at its tag (annotated tags are peeled) as released", async () => {
    const { outputs } = await validate({ version: "0.26.0" });
    expect(outputs).toMatchObject({
      released: "true",
      commit: sha.r1,
      stream: "y",
      "previous-tag": "v0.25.0",
    });
    const explicit = await validate({ version: "0.26.1", commit: sha.r2 });
    expect(explicit.outputs.released).toBe("true");
  });

  it("accepts a patch of an older stream with allow-older-stream, never as latest", async () => {
    const { outputs, result } = await validate({ version: "0.24.2", allowOlderStream: true });
    expect(outputs).toMatchObject({
      stream: "z",
      "make-latest": "false",
      commit: sha.b2,
      "previous-tag": "v0.24.1",
    });
    expect(result.plan.warnings.join()).toMatch(/allow-older-stream/);
  });

  it("reads the policy file at the workflow's commit", async () => {
    const fake = fakeGitHub();
    const policyCommit = await repository.commit({
      branch: "policy",
      from: "main",
      files: { ".github/release-strategy.yml": "tag: release-{version}\n" },
      message: "policy",
    });
    const deps = stageDeps(fake, REPO);
    const result = await run(
      settings(fake, { version: "0.1.0", context: runnerContext(fake, REPO, { sha: policyCommit }) }),
      deps,
    );
    expect(result.plan.tag).toBe("release-0.1.0");
    expect(result.policy.source).toBe(`.github/release-strategy.yml@${policyCommit.slice(0, 12)}`);
    await repository.git.deleteRef("refs/heads/policy");
  });

  it.each<[string, Partial<ValidateVersionSettings>, RegExp]>([
    ["a local version", { version: "0.27.0+abc" }, /local version label \(\+abc\)/],
    ["a malformed version", { version: "0.27" }, /"0.27" has 2 release components/],
    ["a gap", { version: "0.28.0" }, /0.28.0 would skip 0.27.0/],
    ["a Z-stream gap", { version: "0.26.3" }, /0.26.3 would skip 0.26.2/],
    ["a downgrade", { version: "0.23.0" }, /0.23.0 is not above the latest release 0.26.1 \(v0.26.1\)/],
    [
      "a pre-release after its final release",
      { version: "0.26.1rc1" },
      /pre-release of 0.26.1, which is already released/,
    ],
    ["an X-stream without allow-major", { version: "1.0.0" }, /X-stream release.*Set allow-major: true/],
    [
      "a patch of an older stream without allow-older-stream",
      { version: "0.24.2" },
      /patches the 0.24 stream.*Set allow-older-stream: true/,
    ],
    [
      "a Z-stream with no branch",
      { version: "0.25.1", allowOlderStream: true },
      /0.25.1 is a Z-stream release, but its branch release-v0.25 does not exist/,
    ],
    [
      "a tag at another commit",
      { version: "0.26.1", commit: "r1" },
      /v0.26.1 already exists at .{12}, not at .{12}.*A release tag is never moved/,
    ],
    [
      "a Y-stream commit off main",
      { version: "0.27.0", commit: "r3" },
      /is not on main. release-v0.27 does not exist yet, so 0.27.0 is cut from main/,
    ],
    [
      "a Z-stream commit off its branch",
      { version: "0.26.2", commit: "m5" },
      /is not on release-v0.26. release-v0.26 exists, so every release of the 0.26 stream is made on it/,
    ],
    [
      "an unknown commit",
      { version: "0.27.0", commit: "no-such-branch" },
      /Input "commit": "no-such-branch" is not a commit, branch or tag of acme\/cli/,
    ],
  ])("refuses %s, with zero writes", async (_, overrides, message) => {
    const fake = fakeGitHub();
    const commit = overrides.commit && sha[overrides.commit] ? sha[overrides.commit] : overrides.commit;
    await expect(validate({ ...overrides, ...(commit && { commit }) })).rejects.toThrow(message);
    expect(fake.mutatingRequests()).toEqual([]);
  });

  it("retries a failing request and survives a secondary rate limit", async () => {
    const fake = fakeGitHub();
    fake.injectFault({ operationId: "git/list-matching-refs", fault: { status: 502 } });
    fake.injectFault({ operationId: "repos/get-content", fault: { secondaryRateLimit: { retryAfter: 1 } } });
    fake.injectFault({ operationId: "git/get-ref", fault: { drop: true } });
    const { outputs, deps } = await validate({ version: "next-y" });
    expect(outputs.version).toBe("0.27.0");
    expect(fake.requests.filter((request) => request.fault)).toHaveLength(3);
    expect(deps.log.messages("warning").join()).toMatch(/secondary rate limit/);
  });
});

describe("validate-version: what a release commit carries over (issue 10 §4)", () => {
  it("refuses a Z-stream whose commit does not contain the previous release of its stream", async () => {
    // r1 is on release-v0.26 but before v0.26.1 (r2): 0.26.2 there would drop 0.26.1's fixes.
    await expect(validate({ version: "0.26.2", commit: sha.r1 })).rejects.toThrow(
      /^[0-9a-f]{12} \(input "commit".*\) does not contain v0\.26\.1 \([0-9a-f]{12}\), the previous release of the 0\.26 stream: 0\.26\.2 would silently drop the fixes 0\.26\.1 shipped\./,
    );
    expect((await validate({ version: "0.26.2", commit: sha.r3 })).outputs.commit).toBe(sha.r3);
  });

  it("accepts a version a stray tag names under PEP 440 only at that tag's commit, and says so", async () => {
    // v0.27 names 0.27.0 (trailing zeros do not count), as instructlab's v0.25 names 0.25.0.
    await repository.createTag("v0.27", sha.m4 as string);
    try {
      for (const version of ["0.27.0", "next-y"]) {
        await expect(validate({ version, commit: sha.m5 }), version).rejects.toThrow(
          /^0\.27\.0 cannot be released at [0-9a-f]{12}: the tag v0\.27 already names 0\.27\.0: under PEP 440 trailing zeros do not count .* Release 0\.27\.0 at v0\.27's commit/,
        );
      }
      const { summary } = await validate({ version: "0.27.0", commit: sha.m4 });
      expect(summary).toMatch(
        /#### Warnings\n\n- The tag v0\.27 already names 0\.27\.0: .*both name one release/,
      );
    } finally {
      await repository.git.deleteRef("refs/tags/v0.27");
    }
  });

  it("says in the summary how an input spelled otherwise was normalized, and never 'pre-release release'", async () => {
    const { summary } = await validate({ version: "0.27.0-RC.1", commit: sha.m4 });
    expect(summary).toContain(
      'Input "version" `0.27.0-RC.1` is read as `0.27.0rc1`, its PEP 440 normalized form',
    );
    expect(summary).toMatch(/^### validate-version: v0\.27\.0rc1 is a Y-stream pre-release\n/);
    expect((await validate({ version: "next-y" })).summary).not.toMatch(/is read as/);
  });
});
