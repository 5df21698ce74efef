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
    setupFiles: ["actions/publish-pypi/test/sigstore-fetch-resolution.ts"],
    // GitHub's workflow parser imports JSON without an import attribute, which plain Node refuses.
    server: { deps: { inline: [/@actions\/workflow-parser/] } },
  },
});
