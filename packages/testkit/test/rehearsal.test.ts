/**
 * The rehearsal the README gives as the first command, run as a maintainer runs it (its own
 * process, the committed bundles, the example workflows). A proof of its own, out of `npm test`:
 * `npm run test:rehearsal` (vitest.rehearsal.config.ts), which .ci/run runs after `npm test`.
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { node24, REPO_ROOT } from "../src/runner/index.ts";
import { collect } from "../src/runner/run-action.ts";

describe("npm run rehearse", { timeout: 600_000 }, () => {
  it("rehearses the Z-stream and the Y-stream release up to PyPI, attested, and says it passed", async () => {
    const result = await collect(
      node24(),
      [join(REPO_ROOT, "packages", "testkit", "src", "rehearsal", "main.ts")],
      {
        env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "/tmp" },
        cwd: REPO_ROOT,
        timeoutMs: 300_000,
      },
    );
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    // The Z-stream, then the Y-stream as a pre-release promoted to its final (issue 10).
    for (const version of ["0.1.1", "0.2.0rc1", "0.2.0"]) {
      expect(result.stdout).toContain(
        `PyPI (fake) has sample-cli ${version}: sample_cli-${version}-py3-none-any.whl, sample_cli-${version}.tar.gz`,
      );
      for (const file of [`sample_cli-${version}-py3-none-any.whl`, `sample_cli-${version}.tar.gz`])
        expect(result.stdout).toContain(`✔ ${file}: PEP 740 attestation verified (mock Sigstore trust root)`);
    }
    // Signed through the runner's Sigstore, so no "attestations ignored" warning.
    expect(result.stdout).not.toMatch(/no PEP 740 attestations were made/);
    expect(result.stdout).toMatch(/publish-pypi: sample-cli — 2 uploaded, 0 skipped/);
    // The Y-stream announced on every channel once; the second run posts nothing.
    expect(result.stdout).toContain(
      'announce › results {"slack":"already-sent","discord":"already-sent","email":"already-sent","website":"already-sent"}',
    );
    expect(result.stdout).toMatch(/Rehearsal passed: .*; 6 files on the index\./);
    // Milestones after the Y-stream, and the gate refusing a PR without one (issue 13).
    expect(result.stdout).toMatch(
      /rotate-milestones: v0\.3\.0, v0\.4\.0 open[\s\S]*`docs\/release-schedule\.md`: pull request opened/,
    );
    // The failure summary shows the refusal in a code block.
    expect(result.stdout).toMatch(/check-milestone: failed\s+```\s+Pull request #\d+ has no milestone\./);
  });
});
