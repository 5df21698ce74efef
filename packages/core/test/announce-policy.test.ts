import { describe, expect, it } from "vitest";
import { parseAnnouncePolicy, renderAnnounceTemplate } from "../src/strategy/announce-policy.ts";
import { parseReleasePolicy } from "../src/strategy/release-policy.ts";

const SOURCE = ".github/release-strategy.yml@abc";

describe("announce.* in the policy", () => {
  it("defaults every wording and leaves the channels' settings to the inputs", () => {
    const policy = parseAnnouncePolicy({}, SOURCE);
    expect(policy.wording.slack.title).toBe("{project} {version} released");
    expect(policy.email).toEqual({
      from: undefined,
      to: [],
      subject: "[ANNOUNCE] {project} {version} released",
    });
    expect(policy.highlightsPerCategory).toBe(10);
  });

  it("takes shared wording, per-channel overrides and the channels' non-secret settings", () => {
    const { announce } = parseReleasePolicy(
      {
        announce: {
          title: "{project} {version} is here",
          "pypi-project": "instructlab",
          slack: { channel: "#announce", intro: "New: {version} ({date})" },
          email: { from: "r@example.org", to: "a@example.org, b@example.org" },
          website: { repository: "instructlab/website", file: "releases.md" },
        },
      },
      SOURCE,
    );
    const policy = parseAnnouncePolicy(announce, SOURCE);
    expect(policy.wording.discord.title).toBe("{project} {version} is here");
    expect(policy.wording.slack.intro).toBe("New: {version} ({date})");
    expect(policy.slack.channel).toBe("#announce");
    expect(policy.email.to).toEqual(["a@example.org", "b@example.org"]);
    expect(policy.pypiProject).toBe("instructlab");
    expect(
      renderAnnounceTemplate(policy.wording.slack.intro, {
        project: "cli",
        version: "0.27.0",
        tag: "v0.27.0",
        date: "2026-12-06",
        url: "u",
      }),
    ).toBe("New: 0.27.0 (2026-12-06)");
  });

  it("names the key of a mistake: unknown key, unknown placeholder, a secret in the policy", () => {
    expect(() => parseAnnouncePolicy({ slack: { webhook: "https://hooks.slack.com/x" } }, SOURCE)).toThrow(
      `${SOURCE}: unknown key "webhook" under "announce.slack"; allowed: channel, title, intro.`,
    );
    expect(() => parseAnnouncePolicy({ title: "{name} out" }, SOURCE)).toThrow(
      /"announce.title" must be a template using only \{project\}, \{version\}, \{tag\}, \{date\}, \{url\}/,
    );
    expect(() => parseAnnouncePolicy({ website: { repository: "not a repo" } }, SOURCE)).toThrow(
      /"announce.website.repository" must be owner\/name/,
    );
  });
});
