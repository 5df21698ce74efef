import { code, link, Markdown, type StageReport } from "@release-actions/core/runtime";
import type { PublishPypiSettings } from "./inputs.ts";
import type { PublishPypiResult } from "./run.ts";

/** Outputs (public API, DESIGN §5) and the job summary. */
export function report(result: PublishPypiResult, settings: PublishPypiSettings): StageReport {
  const uploaded = result.files.filter((file) => file.status === "uploaded").length;
  const outputs = {
    files: JSON.stringify(
      result.files.map(({ filename, version, sha256, status }) => ({ filename, version, sha256, status })),
    ),
    "project-url": result.projectUrl,
  };
  const summary = new Markdown()
    .heading(
      `publish-pypi: ${result.project} — ${
        settings.dryRun
          ? "checked (dry-run)"
          : `${uploaded} uploaded, ${result.files.length - uploaded} skipped`
      }`,
      3,
    )
    .table(
      ["File", "Version", "sha256", "Status"],
      result.files.map((file) => [
        code(file.filename),
        file.version,
        code(file.sha256.slice(0, 16)),
        file.status,
      ]),
    )
    .paragraph(
      `Index: ${code(settings.repositoryUrl)}; authentication: ${result.authentication}. Project: ` +
        `${link(result.projectUrl, result.projectUrl)}.`,
    )
    .paragraph(`PEP 740 attestations: ${result.attestations}.`);
  if (result.warnings.length > 0) summary.heading("Warnings", 4).list(result.warnings);
  return { outputs, summary: summary.toString() };
}
