/**
 * The policy names branches, tags and milestones with templates such as `release-v{major}.{minor}`
 * and `v{version}`. This module renders them and reads names back, so that the same template
 * that creates `v0.27.0` also recognizes it among the repository's tags.
 */
import { formatReleaseVersion, type ReleaseVersion } from "./release-version.ts";

/** The placeholders a template may use. */
export type TemplateField = "major" | "minor" | "patch" | "version";

const PLACEHOLDER = /\{([a-z]+)\}/g;

/** The placeholders used by a template, in order (unknown names included, for validation). */
export function templateFields(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((match) => match[1] as string);
}

/** Renders a template for a version: `release-v{major}.{minor}` + 0.27.1 → `release-v0.27`. */
export function renderTemplate(template: string, version: ReleaseVersion): string {
  const values: Record<TemplateField, string> = {
    major: String(version.major),
    minor: String(version.minor),
    patch: String(version.patch),
    version: formatReleaseVersion(version),
  };
  return template.replace(PLACEHOLDER, (whole, name: string) => values[name as TemplateField] ?? whole);
}

/** The literal text before the first placeholder: the prefix to list matching refs with. */
export function templatePrefix(template: string): string {
  const index = template.indexOf("{");
  return index === -1 ? template : template.slice(0, index);
}

/**
 * For a template with exactly one `{version}` placeholder (tags, milestone titles), returns the
 * text that stands in its place in `name`, or undefined when `name` does not fit the template.
 */
export function extractVersionText(template: string, name: string): string | undefined {
  const [before, after, ...rest] = template.split("{version}");
  if (before === undefined || after === undefined || rest.length > 0) return undefined;
  if (!name.startsWith(before) || !name.endsWith(after) || name.length <= before.length + after.length)
    return undefined;
  return name.slice(before.length, name.length - after.length);
}
