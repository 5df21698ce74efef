import { code, link, Markdown, type StageReport } from "@release-actions/core/runtime";
import type { AnnounceSettings } from "./inputs.ts";
import type { AnnounceResult } from "./run.ts";

/** Outputs (public API, DESIGN §5), the job summary, and the failure `fail-on-error` asks for. */
export function report(result: AnnounceResult, settings: AnnounceSettings): StageReport {
  const results = Object.fromEntries(result.results.map((entry) => [entry.channel, entry.status]));
  const failed = result.results.filter((entry) => entry.status === "failed");
  const summary = new Markdown()
    .heading(`announce: ${result.tag}${settings.dryRun ? " (dry-run)" : ""}`, 3)
    .table(
      ["Channel", "Result", "Detail"],
      result.results.map((entry) => [
        entry.channel,
        entry.status,
        entry.link ? `${entry.detail} (${link("link", entry.link)})` : entry.detail,
      ]),
    )
    .paragraph(
      `Release: ${link(result.tag, result.releaseUrl)}, ${result.highlights} highlight(s) from its notes. What was sent is recorded on the release, so a re-run reports ${code("already-sent")} instead of posting again.`,
    );
  for (const entry of result.results)
    summary.details(
      `${entry.channel}: the message${entry.status === "sent" ? " sent" : ""}`,
      `\`\`\`\`${entry.preview.language}\n${entry.preview.text}\n\`\`\`\``,
    );
  summary.paragraph(
    `Policy: ${result.policySource}. GitHub API requests: ${result.requests}.${settings.dryRun ? " Dry-run: nothing was sent or written." : ""}`,
  );
  const failure =
    failed.length > 0 && settings.failOnError
      ? `announce could not post on ${failed.length} channel(s) (fail-on-error is on; the others were tried): ${failed.map((entry) => `${entry.channel}: ${entry.detail}`).join(" ")}`
      : undefined;
  return {
    outputs: { results: JSON.stringify(results) },
    summary: summary.toString(),
    ...(failure !== undefined && { failure }),
  };
}
