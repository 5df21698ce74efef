import { describe, expect, it } from "vitest";
import { type BranchRef, ReleaseHistory } from "../src/strategy/release-history.ts";
import { DEFAULT_POLICY, parseReleasePolicy, type ReleasePolicy } from "../src/strategy/release-policy.ts";
import { planRelease, ReleaseRefusedError, type ReleaseRequest } from "../src/strategy/version-policy.ts";

const sha = (name: string) => Buffer.from(name).toString("hex").padEnd(40, "0").slice(0, 40);

/** A repository with these tags (lightweight) and release branches. */
function history(
  tags: string[],
  branches: string[] = [],
  policy: ReleasePolicy = DEFAULT_POLICY,
): ReleaseHistory {
  const branchRefs: BranchRef[] = branches.map((name) => ({ name, sha: sha(name) }));
  return ReleaseHistory.fromRefs(
    policy,
    tags.map((name) => ({ name, sha: sha(name), type: "commit" })),
    branchRefs,
  );
}

const request = (version: string, flags: Partial<ReleaseRequest> = {}): ReleaseRequest => ({
  version,
  allowMajor: false,
  allowOlderStream: false,
  ...flags,
});

// instructlab around April 2025: 0.25.0 tagged on main, 0.26 branch cut, older 0.24 line.
const TAGS = [
  "v0.23.0",
  "v0.23.1",
  "v0.24.0",
  "v0.24.1",
  "v0.24.2",
  "v0.24.3",
  "v0.25.0",
  "v0.26.0a1",
  "v0.26.0",
  "v0.26.1",
];
const BRANCHES = ["release-v0.23", "release-v0.24", "release-v0.26"];
const repo = history(TAGS, BRANCHES);

describe("planRelease", () => {
  it("plans a Y-stream cut from main while its branch does not exist", () => {
    const plan = planRelease(request("0.27.0"), repo);
    expect(plan).toMatchObject({
      text: "0.27.0",
      tag: "v0.27.0",
      stream: "y",
      prerelease: false,
      releaseBranch: "release-v0.27",
      branch: undefined,
      commitBranch: "main",
      makeLatest: true,
      milestone: "v0.27.0",
      existing: undefined,
    });
    expect(plan.previous?.tag.name).toBe("v0.26.1");
    expect(plan.reasons.join("\n")).toMatch(/release-v0.27 does not exist yet: it will be cut from main/);
  });

  it("makes every release of a stream on its branch once the branch exists", () => {
    const plan = planRelease(request("0.27.0"), history(TAGS, [...BRANCHES, "release-v0.27"]));
    expect(plan.commitBranch).toBe("release-v0.27");
    expect(plan.branch?.name).toBe("release-v0.27");
  });

  it("resolves next-y and next-z from the latest final release", () => {
    expect(planRelease(request("next-y"), repo).text).toBe("0.27.0");
    expect(planRelease(request("NEXT-Z"), repo)).toMatchObject({
      text: "0.26.2",
      stream: "z",
      commitBranch: "release-v0.26",
    });
    expect(() => planRelease(request("next-y"), history([]))).toThrow(
      /next-y counts from the latest release.*Give the first version explicitly/,
    );
  });

  it("plans pre-releases: not latest, milestone of their final, notes from the previous pre-release", () => {
    const plan = planRelease(request("0.27.0rc2"), history([...TAGS, "v0.27.0rc1"], BRANCHES));
    expect(plan).toMatchObject({
      stream: "y",
      prerelease: true,
      makeLatest: false,
      milestone: "v0.27.0",
      commitBranch: "main",
    });
    expect(plan.previous?.tag.name).toBe("v0.27.0rc1");
    // A final release's notes skip the pre-releases: they start at the last final release.
    expect(
      planRelease(request("0.27.0"), history([...TAGS, "v0.27.0rc1"], BRANCHES)).previous?.tag.name,
    ).toBe("v0.26.1");
  });

  it("starts the notes of a Y-stream at the last patch of the previous stream, and of a Z-stream at the previous patch", () => {
    expect(planRelease(request("0.25.0"), history(TAGS.slice(0, 6), BRANCHES)).previous?.tag.name).toBe(
      "v0.24.3",
    );
    expect(planRelease(request("0.24.4"), history(TAGS.slice(0, 6), BRANCHES)).previous?.tag.name).toBe(
      "v0.24.3",
    );
  });

  it("accepts a patch of an older stream only with allow-older-stream, and never marks it latest", () => {
    expect(() => planRelease(request("0.24.4"), repo)).toThrow(
      /0.24.4 patches the 0.24 stream, but the most recent stream is 0.26 \(v0.26.1\) and maintained-streams is 1.*Set allow-older-stream: true/,
    );
    const plan = planRelease(request("0.24.4", { allowOlderStream: true }), repo);
    expect(plan).toMatchObject({ stream: "z", makeLatest: false, commitBranch: "release-v0.24" });
    expect(plan.warnings.join()).toMatch(/Allowed by allow-older-stream/);
  });

  it("lets maintained-streams widen the Z-stream window", () => {
    const policy = parseReleasePolicy({ "maintained-streams": 3 }, "test");
    expect(planRelease(request("0.24.4"), history(TAGS, BRANCHES, policy)).stream).toBe("z");
  });

  it("requires allow-major for an X-stream", () => {
    expect(() => planRelease(request("1.0.0"), repo)).toThrow(
      /1.0.0 is an X-stream release.*total re-architecture. Set allow-major: true.*or release 0.27.0 instead/,
    );
    expect(planRelease(request("1.0.0rc1", { allowMajor: true }), repo)).toMatchObject({
      stream: "x",
      releaseBranch: "release-v1.0",
    });
  });

  it.each([
    [
      "0.28.0",
      /0.28.0 would skip 0.27.0: after 0.26.1 the next Y-stream release is 0.27.0 \(and the next X-stream release 1.0.0\)/,
    ],
    ["2.0.0", /2.0.0 would skip 0.27.0/],
    [
      "0.22.0",
      /0.22.0 is not above the latest release 0.26.1 \(v0.26.1\). The next Y-stream release is 0.27.0, the next Z-stream release 0.26.2/,
    ],
    ["0.26.3", /0.26.3 would skip 0.26.2: the next Z-stream release of 0.26 after 0.26.1 is 0.26.2/],
    ["0.26.1rc1", /0.26.1rc1 is a pre-release of 0.26.1, which is already released \(v0.26.1\)/],
    ["0.27.1", /0.27.1 would skip 0.27.0, which has not been released/],
    ["0.26.0b1", /pre-release of 0.26.0, which is already released/],
  ])("refuses %s", (version, message) => {
    expect(() => planRelease(request(version), repo)).toThrow(ReleaseRefusedError);
    expect(() => planRelease(request(version), repo)).toThrow(message);
  });

  it("refuses a Z-stream whose release branch does not exist (instructlab tagged v0.25.0 on main)", () => {
    const before026 = history(TAGS.slice(0, 7), BRANCHES);
    expect(() => planRelease(request("0.25.1"), before026)).toThrow(
      /0.25.1 is a Z-stream release, but its branch release-v0.25 does not exist. Z-streams are released from their X.Y branch: create release-v0.25/,
    );
  });

  it("refuses a pre-release below an existing one, and kinds the policy does not allow", () => {
    const withRc2 = history([...TAGS, "v0.27.0rc2"], BRANCHES);
    expect(() => planRelease(request("0.27.0rc1"), withRc2)).toThrow(
      /0.27.0rc1 is lower than the existing pre-release v0.27.0rc2/,
    );
    const rcOnly = history(
      TAGS,
      BRANCHES,
      parseReleasePolicy({ prereleases: ["rc"] }, ".github/release-strategy.yml@abc"),
    );
    expect(() => planRelease(request("0.27.0a1"), rcOnly)).toThrow(
      /"a" pre-release, and the policy allows rc \("prereleases" in .github\/release-strategy.yml@abc\)/,
    );
  });

  it("recognizes a re-run: the existing tag is reported and not counted against the version", () => {
    const plan = planRelease(request("0.26.1"), repo);
    expect(plan.existing?.tag.name).toBe("v0.26.1");
    expect(plan).toMatchObject({ stream: "z", makeLatest: true, tag: "v0.26.1" });
    expect(plan.previous?.tag.name).toBe("v0.26.0");
  });

  it("judges an existing release against the releases below it, so re-running an older release reports it", () => {
    const plan = planRelease(request("0.25.0"), repo);
    expect(plan).toMatchObject({
      stream: "y",
      makeLatest: false,
      existing: expect.objectContaining({ text: "0.25.0" }),
    });
    expect(plan.previous?.tag.name).toBe("v0.24.3");
    expect(planRelease(request("0.26.0a1"), repo)).toMatchObject({
      stream: "y",
      prerelease: true,
      existing: expect.anything(),
    });
  });

  it("treats the first release of a repository as the start of a stream", () => {
    expect(planRelease(request("0.1.0"), history([])).stream).toBe("y");
    expect(() => planRelease(request("0.1.1"), history([]))).toThrow(
      /no release yet, so there is nothing to patch: release 0.1.0 first/,
    );
  });

  it("gives one answer to what the first release is (issue 10 §4: the messages pointed at each other)", () => {
    const answers = ["0.0.0", "0.0.1", "0.0.2rc1"].map((version) => {
      try {
        planRelease(request(version), history([]));
        return `${version} accepted`;
      } catch (error) {
        return (error as Error).message;
      }
    });
    expect(answers).toEqual([
      expect.stringMatching(
        /^0\.0\.0 is a placeholder, not a release: the first release of a project is 0\.1\.0\.$/,
      ),
      expect.stringMatching(/^0\.0\.1 is a Z-stream release, .*: release 0\.1\.0 first\.$/),
      expect.stringMatching(/^0\.0\.2rc1 is a Z-stream release, .*: release 0\.1\.0 first\.$/),
    ]);
    expect(planRelease(request("0.1.0"), history([])).text).toBe("0.1.0");
  });

  it("flags a version a stray tag already names under PEP 440 (v0.25 names 0.25.0)", () => {
    const withStray = history(["v0.24.0", "v0.25"], ["release-v0.24"]);
    for (const version of ["0.25.0", "next-y"])
      expect(
        planRelease(request(version), withStray).sameVersionTags.map((tag) => tag.name),
        version,
      ).toEqual(["v0.25"]);
    expect(planRelease(request("0.24.1"), withStray).sameVersionTags).toEqual([]);
    // Once v0.25.0 is the release of the scheme (instructlab has both), a re-run of it is judged as before.
    expect(planRelease(request("0.25.0"), history(["v0.24.0", "v0.25", "v0.25.0"])).sameVersionTags).toEqual(
      [],
    );
  });

  it("follows the policy's templates for tags, branches and milestones", () => {
    const policy = parseReleasePolicy(
      {
        tag: "release-{version}",
        "release-branch": "stable/{major}.{minor}",
        milestones: { title: "Release {version}" },
      },
      "test",
    );
    const custom = history(["release-1.4.0", "release-1.4.1", "v9.9.9"], ["stable/1.4"], policy);
    expect(custom.strays.map((stray) => stray.tag.name)).toEqual(["v9.9.9"]);
    expect(planRelease(request("next-z"), custom)).toMatchObject({
      tag: "release-1.4.2",
      commitBranch: "stable/1.4",
      milestone: "Release 1.4.2",
    });
  });

  it("reports tags outside the scheme as strays instead of releases", () => {
    const strays = history([
      "v0.0.0",
      "v0.25",
      "v0.25.0",
      "v0.3.1.post1",
      "v0.25.0-final",
      "v1.0.0+local",
    ]).strays;
    expect(strays.map((stray) => [stray.tag.name, stray.reason])).toEqual([
      ["v0.0.0", "is a placeholder (0.0.0), not a release"],
      ["v0.25", expect.stringMatching(/has 2 release components/)],
      ["v0.3.1.post1", expect.stringMatching(/is a post-release/)],
      ["v0.25.0-final", expect.stringMatching(/is not a PEP 440 version/)],
      ["v1.0.0+local", expect.stringMatching(/local version label/)],
    ]);
  });
});
