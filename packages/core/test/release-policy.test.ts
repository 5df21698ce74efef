import { describe, expect, it } from "vitest";
import { ConfigurationError } from "../src/strategy/errors.ts";
import { DEFAULT_POLICY, parseReleasePolicy } from "../src/strategy/release-policy.ts";

const SOURCE = ".github/release-strategy.yml@abc";

describe("release policy", () => {
  it("is the InstructLab practice when the file is empty", () => {
    expect(parseReleasePolicy(null, SOURCE)).toEqual({ ...DEFAULT_POLICY, source: SOURCE });
  });

  it("reads every key", () => {
    const policy = parseReleasePolicy(
      {
        "main-branch": "trunk",
        "release-branch": "stable/{major}.{minor}",
        tag: "release-{version}",
        prereleases: ["rc"],
        "maintained-streams": 2,
        approvals: { required: 1, users: ["@alice", "bob"], "head-commit-only": true },
        milestones: { window: 3, "cadence-days": 21, title: "Release {version}" },
        "schedule-file": "RELEASES.md",
        changelog: { file: "docs/CHANGES.md", categories: ".github/changelog.yml" },
        announce: { slack: { channel: "#announce" } },
        policy: { strict: true },
      },
      SOURCE,
    );
    expect(policy).toMatchObject({
      mainBranch: "trunk",
      releaseBranch: "stable/{major}.{minor}",
      tag: "release-{version}",
      prereleases: ["rc"],
      maintainedStreams: 2,
      approvals: { required: 1, team: "core-maintainers", users: ["alice", "bob"], headCommitOnly: true },
      milestones: { window: 3, cadenceDays: 21, title: "Release {version}" },
      scheduleFile: "RELEASES.md",
      changelog: { file: "docs/CHANGES.md", categories: ".github/changelog.yml" },
      announce: { slack: { channel: "#announce" } },
      strict: true,
    });
  });

  it.each([
    [{ "maintained-stream": 2 }, /unknown key "maintained-stream"; allowed: main-branch, release-branch/],
    [
      { approvals: { reqired: 2 } },
      /unknown key "reqired" under "approvals"; allowed: required, team, users, head-commit-only/,
    ],
    [{ approvals: { required: "two" } }, /"approvals.required" must be an integer from 0 to 10, got "two"/],
    [
      { milestones: { "cadence-days": 0 } },
      /"milestones.cadence-days" must be an integer from 1 to 365, got 0/,
    ],
    [{ prereleases: ["a", "dev"] }, /"prereleases" must be a list of pre-release kinds from a, b, rc/],
    [
      { "release-branch": "release-{version}" },
      /"release-branch" must be a template using \{major\} and \{minor\}/,
    ],
    [{ tag: "v{major}" }, /"tag" must be a template using \{version\}/],
    [{ tag: "v{version}-{version}" }, /"tag" must be a template using \{version\} once each/],
    [{ "main-branch": "" }, /"main-branch" must be a non-empty string/],
    [{ policy: { strict: "yes" } }, /"policy.strict" must be true or false, got "yes"/],
    [
      { approvals: { "head-commit-only": "on" } },
      /"approvals.head-commit-only" must be true or false, got "on"/,
    ],
    [["main"], /must be a mapping/],
  ])("refuses %j naming the key and the allowed values", (document, message) => {
    expect(() => parseReleasePolicy(document, SOURCE)).toThrow(ConfigurationError);
    expect(() => parseReleasePolicy(document, SOURCE)).toThrow(message);
  });
});
