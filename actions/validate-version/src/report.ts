import { code, Markdown, type StageReport } from "@release-actions/core/runtime";
import type { ValidateVersionSettings } from "./inputs.ts";
import type { ValidateVersionResult } from "./run.ts";

const STREAM_NAMES = { x: "X-stream (major)", y: "Y-stream", z: "Z-stream (patch)" } as const;

/** The sentence saying how the input was read, when its spelling differs from the normalized version. */
function normalized(input: string, version: string): string | undefined {
  const given = input.trim();
  if (given === version || /^next-[yz]$/i.test(given)) return undefined;
  return `Input "version" ${code(given.slice(0, 40))} is read as ${code(version)}, its PEP 440 normalized form: that is the version released, tagged and uploaded.`;
}

/** Outputs (names are public API, DESIGN §5) and the job summary. */
export function report(result: ValidateVersionResult, settings: ValidateVersionSettings): StageReport {
  const { plan, commit, policy } = result;
  const outputs = {
    version: plan.text,
    tag: plan.tag,
    stream: plan.stream,
    prerelease: String(plan.prerelease),
    "release-branch": plan.releaseBranch,
    "branch-exists": String(plan.branch !== undefined),
    commit: commit.sha,
    "previous-tag": plan.previous?.tag.name ?? "",
    "previous-version": plan.previous?.text ?? "",
    "make-latest": String(plan.makeLatest),
    milestone: plan.milestone,
    released: String(commit.released),
  };
  const web = (path: string) =>
    `${settings.context.serverUrl}/${settings.context.owner}/${settings.context.repo}${path}`;
  const summary = new Markdown()
    .heading(
      `validate-version: ${plan.tag} is a ${STREAM_NAMES[plan.stream]} ${plan.prerelease ? "pre-release" : "release"}`,
      3,
    )
    .paragraph(
      commit.released
        ? `**${plan.tag} is already released at this commit**: later stages report what exists.`
        : "Accepted by the release strategy.",
    )
    .table(
      ["Output", "Value"],
      Object.entries(outputs).map(([name, value]) => [code(name), value === "" ? "—" : code(value)]),
    )
    .heading("Why", 4)
    .list([
      ...(normalized(settings.version, plan.text) ? [normalized(settings.version, plan.text) as string] : []),
      ...plan.reasons,
      `Release commit: [${commit.sha.slice(0, 12)}](${web(`/commit/${commit.sha}`)}), ${commit.source}.`,
      plan.previous
        ? `Previous release: ${plan.previous.tag.name} (release notes start there).`
        : "No previous release: the notes cover the whole history.",
    ]);
  if (result.warnings.length > 0) summary.heading("Warnings", 4).list(result.warnings);
  if (result.strays.length > 0) {
    summary.details(
      `${result.strays.length} tag(s) ignored: not releases of the scheme`,
      result.strays.map((stray) => `- ${code(stray.tag.name)} ${stray.reason}`).join("\n"),
    );
  }
  summary.paragraph(
    `Policy: ${policy.source}. GitHub API requests: ${result.requests}. Read-only: this stage never writes.`,
  );
  return { outputs, summary: summary.toString() };
}
