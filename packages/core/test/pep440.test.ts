import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { comparePep440, formatPep440, normalizePep440, parsePep440 } from "../src/strategy/pep440.ts";
import { askPackaging } from "./python-packaging.ts";

const separator = fc.constantFrom("", ".", "-", "_");
const number = fc.nat({ max: 30 });
const maybeNumber = fc.option(number, { nil: undefined });
const upperOrLower = (word: string) =>
  fc.constantFrom(word, word.toUpperCase(), word[0]?.toUpperCase() + word.slice(1));

/** PEP 440 versions in every spelling the specification normalizes. */
const spelledVersion = fc
  .record({
    v: fc.constantFrom("", "v", "V"),
    epoch: fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined, freq: 8 }),
    release: fc.array(number, { minLength: 1, maxLength: 4 }),
    pre: fc.option(
      fc.record({
        sep1: separator,
        label: fc.constantFrom("a", "alpha", "b", "beta", "c", "rc", "pre", "preview").chain(upperOrLower),
        sep2: separator,
        n: maybeNumber,
      }),
      { nil: undefined },
    ),
    post: fc.option(
      fc.oneof(
        number.map((n) => `-${n}`),
        fc
          .record({
            sep1: separator,
            word: fc.constantFrom("post", "rev", "r").chain(upperOrLower),
            sep2: separator,
            n: maybeNumber,
          })
          .map(({ sep1, word, sep2, n }) => `${sep1}${word}${n === undefined ? "" : `${sep2}${n}`}`),
      ),
      { nil: undefined, freq: 3 },
    ),
    dev: fc.option(
      fc.record({ sep1: separator, word: upperOrLower("dev"), sep2: separator, n: maybeNumber }),
      { nil: undefined, freq: 3 },
    ),
    local: fc.option(fc.array(fc.stringMatching(/^[a-z0-9]{1,4}$/), { minLength: 1, maxLength: 3 }), {
      nil: undefined,
      freq: 4,
    }),
    space: fc.constantFrom("", " ", "\t"),
  })
  .map(({ v, epoch, release, pre, post, dev, local, space }) => {
    let text = `${space}${v}${epoch === undefined ? "" : `${epoch}!`}${release.join(".")}`;
    if (pre) text += `${pre.sep1}${pre.label}${pre.n === undefined ? "" : `${pre.sep2}${pre.n}`}`;
    if (post) text += post;
    if (dev) text += `${dev.sep1}${dev.word}${dev.n === undefined ? "" : `${dev.sep2}${dev.n}`}`;
    if (local) text += `+${local.join(".")}`;
    return `${text}${space}`;
  });

/** Strings near the grammar: version-like fragments glued together at random. */
const nearVersion = fc
  .array(
    fc.constantFrom(
      "1",
      "0",
      "27",
      ".",
      "-",
      "_",
      "+",
      "!",
      "a",
      "b",
      "rc",
      "c",
      "post",
      "dev",
      "v",
      "x",
      " ",
      "alpha",
      "..",
      "local",
    ),
    {
      maxLength: 10,
    },
  )
  .map((parts) => parts.join(""));

describe("PEP 440 model", () => {
  it("normalizes every spelling exactly as Python's packaging does", () => {
    const samples = fc.sample(fc.oneof(spelledVersion, nearVersion, fc.string({ maxLength: 12 })), {
      numRuns: 1500,
      seed: 440,
    });
    const { normalized } = askPackaging(samples);
    const mismatches = samples
      .map((text, i) => ({ text, ours: normalizePep440(text) ?? null, python: normalized[i] }))
      .filter(({ ours, python }) => ours !== python);
    expect(mismatches).toEqual([]);
  });

  it("normalization is idempotent", () => {
    fc.assert(
      fc.property(spelledVersion, (text) => {
        const once = normalizePep440(text);
        expect(once).toBeDefined();
        expect(normalizePep440(once as string)).toBe(once);
      }),
    );
  });

  it("orders versions as Python's packaging does", () => {
    const samples = fc
      .sample(spelledVersion, { numRuns: 600, seed: 7 })
      .map((text) => normalizePep440(text) as string);
    const ours = [...samples]
      .map((text) => parsePep440(text) as NonNullable<ReturnType<typeof parsePep440>>)
      .sort(comparePep440)
      .map(formatPep440);
    expect(ours).toEqual(askPackaging([], samples).sorted);
  });

  it("is a total order: antisymmetric and transitive", () => {
    const version = spelledVersion.map(
      (text) => parsePep440(text) as NonNullable<ReturnType<typeof parsePep440>>,
    );
    fc.assert(
      fc.property(version, version, version, (a, b, c) => {
        expect(Math.sign(comparePep440(a, b))).toBe(-Math.sign(comparePep440(b, a)));
        if (comparePep440(a, b) <= 0 && comparePep440(b, c) <= 0)
          expect(comparePep440(a, c)).toBeLessThanOrEqual(0);
      }),
    );
  });

  it.each([
    ["0.27.0-RC.1", "0.27.0rc1"],
    ["v0.18.0a7", "0.18.0a7"],
    ["1.0.0-beta", "1.0.0b0"],
    ["1.0-1", "1.0.post1"],
    ["1.0.0.DEV3", "1.0.0.dev3"],
    ["1.0+Ubuntu-1", "1.0+ubuntu.1"],
    ["01.02.03", "1.2.3"],
  ])("normalizes %s to %s", (input, expected) => {
    expect(normalizePep440(input)).toBe(expected);
  });
});
