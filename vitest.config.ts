import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { configDefaults, defineConfig } from "vitest/config";
import { BaseSequencer, type TestSpecification } from "vitest/node";

/**
 * The rehearsal's own test: `npm run rehearse` run as the README gives it, 25 s of both cores'
 * time. It is a proof of its own, `npm run test:rehearsal` (vitest.rehearsal.config.ts), which
 * .ci/run runs next to `npm test`: in the suite it made `npm test` 111–126 s on 2 cores.
 */
export const REHEARSAL_TEST = "packages/testkit/test/rehearsal.test.ts";

/**
 * The files that run longest, longest first. Vitest starts the files it timed on an earlier run
 * longest first, but a fresh clone (CI) has no such record and vitest then starts the largest
 * files first: the rehearsal test, a short file that ran for 25 s, started last and ran alone at
 * the end (measured on 2 cores: 149 s, against 127 s in this order).
 */
const LONGEST_FIRST = [
  "packages/testkit/test/workflows-examples.test.ts",
  "actions/tag-and-changelog/test/run.test.ts",
  "actions/open-release-pr/test/run.test.ts",
  "packages/testkit/test/proofs/kill-and-resume.test.ts",
  "actions/validate-version/test/instructlab-replay.test.ts",
];
for (const file of LONGEST_FIRST) {
  if (!existsSync(join(import.meta.dirname, file)))
    throw new Error(`vitest.config.ts: ${file} is listed in LONGEST_FIRST but does not exist`);
}

/** Vitest's order, with the files of LONGEST_FIRST moved to the front in their order. */
class LongestFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (spec: TestSpecification) => {
      const index = LONGEST_FIRST.findIndex((file) => spec.moduleId.endsWith(`/${file}`));
      return index === -1 ? LONGEST_FIRST.length : index;
    };
    return (await super.sort(files)).sort((a, b) => rank(a) - rank(b));
  }
}

// One run for the whole monorepo. The JSON report is what .ci/run reads to print its
// "N passed, N failed" line: CI must not depend on the wording of vitest's own summary.
export default defineConfig({
  test: {
    include: ["packages/*/test/**/*.test.ts", "actions/*/test/**/*.test.ts", "scripts/**/*.test.ts"],
    exclude: [...configDefaults.exclude, REHEARSAL_TEST],
    reporters: ["default", ["json", { outputFile: ".vitest/results.json" }]],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: "forks",
    // Test files share their worker's modules: GitHub's OpenAPI description (about a second to
    // load, then validators compiled per operation) and the module graph load once per worker,
    // not once per file (measured: -18 % CPU on four files of the fake GitHub). No test relies on
    // module state of its own; each file starts its own fakes.
    isolate: false,
    // Vitest's default is one worker less than the cores: one worker on a 2-core CI machine. The
    // tests wait on git, the bundles and Python much of the time: one worker more than the cores
    // keeps them busy (measured on 2 cores, idle: 2 workers 115 s, 3 workers 111 s, 4 workers 127 s).
    maxWorkers: availableParallelism() + 1,
    sequence: { sequencer: LongestFirstSequencer },
    setupFiles: [
      "actions/publish-pypi/test/sigstore-fetch-resolution.ts",
      "packages/testkit/src/bottleneck-yield.ts",
    ],
    // GitHub's workflow parser imports JSON without an import attribute, which plain Node refuses.
    server: { deps: { inline: [/@actions\/workflow-parser/] } },
  },
});
