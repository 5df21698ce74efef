/**
 * Issue 15, Deliver 2: fast-check over the policy file (`.github/release-strategy.yml`). Parsing
 * any document gives a policy or a ConfigurationError of at most 2 kB (a short prefix of the bad
 * value); a writing stage (create-release-branch) given a hostile policy through the fake GitHub
 * either converges or refuses before its first write.
 */
import { ConfigurationError, parseReleasePolicy } from "@release-actions/core/strategy";
import {
  createSampleRepository,
  type FakeRepository,
  runnerContext,
  stageDeps,
} from "@release-actions/testkit";
import { useFakeGitHub } from "@release-actions/testkit/vitest";
import fc from "fast-check";
import { load } from "js-yaml";
import { beforeAll, expect, it } from "vitest";
import { stringify } from "yaml";
import { run } from "../../../../actions/create-release-branch/src/run.ts";
import { HOSTILE_STRINGS, refusalProblems, yamlAliasBomb } from "../../src/hostile-values.ts";

const SOURCE = ".github/release-strategy.yml@0123456789ab";

/** A value a policy key may hold: hostile text, numbers past 2^53, lists, mappings, nulls. */
const policyValue: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    fc.constantFrom(...HOSTILE_STRINGS),
    fc.constantFrom("release-v{major}.{minor}", "v{version}", "main", "../../release-v{major}.{minor}"),
    fc.constantFrom(0, -1, 3, 2 ** 53 + 2, 1e300, Number.NaN, true, false, null),
    fc.string({ maxLength: 20 }),
    fc.array(tie("value"), { maxLength: 3 }),
    fc.dictionary(
      fc.constantFrom("required", "team", "users", "window", "title", "file", "strict", "x"),
      tie("value"),
      {
        maxKeys: 3,
      },
    ),
  ),
})).value;

const TOP_KEYS = [
  "main-branch",
  "release-branch",
  "tag",
  "prereleases",
  "maintained-streams",
  "approvals",
  "milestones",
  "schedule-file",
  "changelog",
  "announce",
  "policy",
  "unknown-key",
];
const policyDocument = fc.oneof(
  fc.dictionary(fc.constantFrom(...TOP_KEYS), policyValue, { maxKeys: 4 }),
  policyValue,
);

/** What parsing `document` did wrong, or [] when it gave a policy or refused well. */
function parseProblems(document: unknown): string[] {
  try {
    parseReleasePolicy(document, SOURCE);
    return [];
  } catch (error) {
    if (!(error instanceof ConfigurationError))
      return [`not a ConfigurationError: ${String(error).slice(0, 200)}`];
    return refusalProblems(error.message).map((problem) => `${problem}: ${error.message.slice(0, 80)}`);
  }
}

it("any policy document parses or is refused with a short ConfigurationError (fast-check)", () => {
  fc.assert(
    fc.property(policyDocument, (document) => {
      expect(parseProblems(document)).toEqual([]);
    }),
    { numRuns: 500, seed: 15 },
  );
});

it.each(["release-branch", "tag", "approvals", "milestones", "announce", "changelog"])(
  "a ~1 KB YAML alias bomb under %s is refused with a short message",
  (key) => {
    const bomb = yamlAliasBomb(key);
    expect(bomb.length).toBeLessThan(1100);
    const document = load(bomb) as Record<string, unknown>;
    // Only the key under test: the anchors' own keys would be refused as unknown first.
    expect(parseProblems({ [key]: document[key] })).toEqual([]);
  },
);

const fakeGitHub = useFakeGitHub();
let repository: FakeRepository;

beforeAll(async () => {
  ({ repository } = await createSampleRepository(fakeGitHub(), "acme/policy-property"));
});

it("create-release-branch with a hostile policy converges or refuses before any write (fast-check)", async () => {
  const fake = fakeGitHub();
  await fc.assert(
    fc.asyncProperty(
      fc.dictionary(fc.constantFrom(...TOP_KEYS), policyValue, { maxKeys: 3 }),
      async (policy) => {
        await repository.commit({
          branch: "main",
          files: { ".github/release-strategy.yml": stringify(policy) },
          message: "policy",
        });
        fake.clearLog();
        const deps = stageDeps(fake, repository.fullName);
        const settings = {
          token: fake.defaultToken,
          config: ".github/release-strategy.yml",
          dryRun: false,
          context: runnerContext(fake, repository.fullName),
          version: "0.2.0",
          commit: "",
          protect: false,
          allowMajor: false,
        };
        try {
          await run(settings, deps);
        } catch (error) {
          expect({
            refusal:
              error instanceof ConfigurationError
                ? refusalProblems(error.message)
                : String(error).slice(0, 200),
            writes: fake.mutatingRequests().map((request) => `${request.method} ${request.path}`),
          }).toEqual({ refusal: [], writes: [] });
        }
      },
    ),
    { numRuns: 8, seed: 15 },
  );
});
