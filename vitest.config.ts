import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";

// One run for the whole monorepo. The JSON report is what .ci/run reads to print its
// "N passed, N failed" line: CI must not depend on the wording of vitest's own summary.
export default defineConfig({
  test: {
    include: ["packages/*/test/**/*.test.ts", "actions/*/test/**/*.test.ts", "scripts/**/*.test.ts"],
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
    // keeps them busy (measured on 2 cores, idle: 2 workers 138 s, 3 workers 128 s, 4 workers 138 s).
    maxWorkers: availableParallelism() + 1,
    setupFiles: [
      "actions/publish-pypi/test/sigstore-fetch-resolution.ts",
      "packages/testkit/src/bottleneck-yield.ts",
    ],
    // GitHub's workflow parser imports JSON without an import attribute, which plain Node refuses.
    server: { deps: { inline: [/@actions\/workflow-parser/] } },
  },
});
