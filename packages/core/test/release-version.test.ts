import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ConfigurationError } from "../src/strategy/errors.ts";
import {
  compareReleaseVersions,
  formatReleaseVersion,
  parseReleaseVersion,
  readReleaseVersion,
} from "../src/strategy/release-version.ts";
import { askPackaging } from "./python-packaging.ts";

describe("release versions (X.Y.Z with a/b/rc pre-releases)", () => {
  it.each([
    ["0.27.0", "0.27.0"],
    ["v0.27.0", "0.27.0"],
    ["0.27.0-RC.1", "0.27.0rc1"],
    ["0.18.0alpha7", "0.18.0a7"],
    [" 1.2.3b ", "1.2.3b0"],
  ])("accepts %j as %s", (input, expected) => {
    expect(formatReleaseVersion(parseReleaseVersion(input))).toBe(expected);
  });

  it.each([
    ["", /version is empty/],
    ["0.27", /"0.27" has 2 release components.*for example 0.27.0/],
    ["0.27.0.1", /"0.27.0.1" has 4 release components/],
    ["0.27.0+abc", /local version label \(\+abc\).*release 0.27.0 instead/],
    ["1!0.27.0", /has an epoch/],
    ["0.27.0.post1", /post-release.*Z-stream/],
    ["0.27.0.dev1", /development release/],
    ["0.27.x", /"0.27.x" is not a PEP 440 version/],
    ["latest", /"latest" is not a PEP 440 version/],
  ])("refuses %j and says why", (input, message) => {
    expect(() => parseReleaseVersion(input)).toThrow(ConfigurationError);
    expect(() => parseReleaseVersion(input)).toThrow(message);
  });

  it("refuses every malformed string with a message naming it, and accepts only what packaging accepts", () => {
    const samples = fc.sample(
      fc.oneof(
        fc.string({ maxLength: 16 }),
        fc.stringMatching(/^v?\d{1,2}(\.\d{1,2}){0,4}([-.]?(a|b|rc|c|post|dev)\d?)?(\+\w+)?$/),
      ),
      {
        numRuns: 1000,
        seed: 27,
      },
    );
    const { normalized } = askPackaging(samples);
    samples.forEach((text, i) => {
      const reading = readReleaseVersion(text);
      if (reading.ok) {
        // Accepted only if PEP 440 agrees, with the same canonical spelling.
        expect(formatReleaseVersion(reading.version)).toBe(normalized[i]);
      } else {
        expect(reading.problem.length).toBeGreaterThan(20);
        // Quoted as JSON: a newline or a quote in the value cannot break the message.
        if (text.trim() !== "") expect(reading.problem).toContain(JSON.stringify(text.trim()));
      }
    });
  });

  it("orders pre-releases before their final release", () => {
    const order = [
      "0.26.1",
      "0.27.0a1",
      "0.27.0a2",
      "0.27.0b1",
      "0.27.0rc1",
      "0.27.0rc10",
      "0.27.0",
      "0.27.1",
      "1.0.0",
    ];
    const shuffled = [...order].reverse().map((text) => parseReleaseVersion(text));
    expect(shuffled.sort(compareReleaseVersions).map(formatReleaseVersion)).toEqual(order);
  });
});
