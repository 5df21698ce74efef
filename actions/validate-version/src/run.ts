import {
  checkReleaseContinuity,
  loadReleaseHistory,
  loadReleasePolicy,
  locateReleaseCommit,
  type ReleaseCommit,
} from "@release-actions/core/github";
import type { StageDeps } from "@release-actions/core/runtime";
import {
  planRelease,
  type ReleasePlan,
  type ReleasePolicy,
  type StrayTag,
} from "@release-actions/core/strategy";
import type { ValidateVersionSettings } from "./inputs.ts";

/** The decision validate-version reports. */
export interface ValidateVersionResult {
  readonly plan: ReleasePlan;
  readonly commit: ReleaseCommit;
  readonly policy: ReleasePolicy;
  /** Tags under the tag prefix that are not releases of the scheme, and why. */
  readonly strays: readonly StrayTag[];
  /** The plan's warnings and those of the release commit. */
  readonly warnings: readonly string[];
  readonly requests: number;
}

/** Checks the requested version against the strategy and the repository. Read-only. */
export async function run(
  settings: ValidateVersionSettings,
  { github, log }: StageDeps,
): Promise<ValidateVersionResult> {
  const policy = await log.group("Release policy", () =>
    loadReleasePolicy(github, settings.config, settings.context.sha, log),
  );
  const history = await log.group("Releases and branches", async () => {
    const loaded = await loadReleaseHistory(github, policy);
    log.info(
      `${loaded.releases.length} releases, latest ${loaded.latestFinal()?.tag.name ?? "none"}; ${loaded.branches.size} release branches.`,
    );
    return loaded;
  });
  if (history.strays.length > 0) {
    log.warning(
      `Ignored ${history.strays.length} tag(s) that are not releases: ${history.strays.map((stray) => `${stray.tag.name} ${stray.reason}`).join("; ")}.`,
    );
  }
  const plan = planRelease(
    {
      version: settings.version,
      allowMajor: settings.allowMajor,
      allowOlderStream: settings.allowOlderStream,
    },
    history,
  );
  const { commit, warnings } = await log.group("Release commit", async () => {
    const located = await locateReleaseCommit(github, plan, settings.commit, policy.mainBranch);
    return { commit: located, warnings: await checkReleaseContinuity(github, plan, located) };
  });
  for (const warning of [...plan.warnings, ...warnings]) log.warning(warning);
  log.info(`${plan.tag}: ${plan.stream.toUpperCase()}-stream release at ${commit.sha} (${commit.source}).`);
  return {
    plan,
    commit,
    policy,
    strays: history.strays,
    warnings: [...plan.warnings, ...warnings],
    requests: github.requestCount,
  };
}
