import { defineConfig } from "vitest/config";
import suite, { REHEARSAL_TEST } from "./vitest.config.ts";

// `npm run test:rehearsal`: the rehearsal's test alone, with the suite's settings and a JSON
// report of its own, which .ci/run adds to the suite's in its "N passed, N failed" line.
export default defineConfig({
  test: {
    ...suite.test,
    include: [REHEARSAL_TEST],
    exclude: [],
    reporters: ["default", ["json", { outputFile: ".vitest/rehearsal-results.json" }]],
  },
});
