/**
 * GitHub's configuration of generated release notes (`.github/release.yml`), read with
 * GitHub's semantics: `changelog.exclude` drops pull requests by label or author; each pull
 * request goes to the first category whose `labels` it has (any of them; `"*"` matches all)
 * unless that category's own `exclude` rules it out; with categories configured, a pull request
 * matching none is left out of GitHub's notes (reported here, instead of vanishing).
 */
import { ConfigurationError, describeValue } from "./errors.ts";

/** Labels and authors a rule applies to. */
export interface NotesFilter {
  readonly labels: readonly string[];
  readonly authors: readonly string[];
}

/** A section of the notes. */
export interface NotesCategory {
  readonly title: string;
  readonly labels: readonly string[];
  readonly exclude: NotesFilter;
}

/** The parsed configuration. */
export interface NotesConfig {
  readonly exclude: NotesFilter;
  /** Empty: no categories, every pull request under one "What's Changed" list. */
  readonly categories: readonly NotesCategory[];
  /** Where it came from, for summaries. */
  readonly source: string;
}

/**
 * InstructLab's CHANGELOG sections (Breaking Changes, Features, Fixes) from conventional labels,
 * plus a catch-all, used when the repository has no `.github/release.yml`.
 */
export const DEFAULT_NOTES_CONFIG: NotesConfig = {
  exclude: { labels: ["skip-changelog", "ignore-for-release"], authors: [] },
  categories: [
    {
      title: "Breaking Changes",
      labels: ["breaking-change", "breaking"],
      exclude: { labels: [], authors: [] },
    },
    { title: "Features", labels: ["enhancement", "feature"], exclude: { labels: [], authors: [] } },
    { title: "Fixes", labels: ["bug", "fix", "bugfix"], exclude: { labels: [], authors: [] } },
    { title: "Documentation", labels: ["documentation", "docs"], exclude: { labels: [], authors: [] } },
    { title: "Other Changes", labels: ["*"], exclude: { labels: [], authors: [] } },
  ],
  source: "defaults",
};

function stringList(value: unknown, where: string, source: string): string[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value) || value.some((item) => typeof item !== "string" && typeof item !== "number")) {
    throw new ConfigurationError(
      `${source}: "${where}" must be a list of names, got ${describeValue(value)}.`,
    );
  }
  return value.map(String);
}

function filter(value: unknown, where: string, source: string): NotesFilter {
  if (value === undefined || value === null) return { labels: [], authors: [] };
  if (typeof value !== "object" || Array.isArray(value))
    throw new ConfigurationError(`${source}: "${where}" must be a mapping with labels and authors.`);
  const { labels, authors, ...rest } = value as Record<string, unknown>;
  const unknown = Object.keys(rest);
  if (unknown.length > 0)
    throw new ConfigurationError(
      `${source}: unknown key "${unknown[0]}" under "${where}"; allowed: labels, authors.`,
    );
  return {
    labels: stringList(labels, `${where}.labels`, source),
    authors: stringList(authors, `${where}.authors`, source),
  };
}

/** Validates a parsed release.yml document. */
export function parseNotesConfig(document: unknown, source: string): NotesConfig {
  const changelog = (document as { changelog?: unknown } | null | undefined)?.changelog;
  if (changelog === undefined || changelog === null)
    throw new ConfigurationError(
      `${source} has no "changelog" key: see GitHub's format for .github/release.yml.`,
    );
  if (typeof changelog !== "object" || Array.isArray(changelog))
    throw new ConfigurationError(`${source}: "changelog" must be a mapping.`);
  const { exclude, categories, ...rest } = changelog as Record<string, unknown>;
  if (Object.keys(rest).length > 0)
    throw new ConfigurationError(
      `${source}: unknown key "${Object.keys(rest)[0]}" under "changelog"; allowed: exclude, categories.`,
    );
  if (categories !== undefined && !Array.isArray(categories))
    throw new ConfigurationError(`${source}: "changelog.categories" must be a list.`);
  return {
    exclude: filter(exclude, "changelog.exclude", source),
    categories: ((categories ?? []) as unknown[]).map((entry, index) => {
      const where = `changelog.categories[${index}]`;
      const category = (entry ?? {}) as Record<string, unknown>;
      if (typeof category.title !== "string" || category.title.trim() === "")
        throw new ConfigurationError(`${source}: "${where}.title" must be a non-empty string.`);
      const labels = stringList(category.labels, `${where}.labels`, source);
      if (labels.length === 0)
        throw new ConfigurationError(`${source}: "${where}.labels" must list at least one label (or "*").`);
      return {
        title: category.title.trim(),
        labels,
        exclude: filter(category.exclude, `${where}.exclude`, source),
      };
    }),
    source,
  };
}

const has = (names: readonly string[], name: string) =>
  names.some((candidate) => candidate.toLowerCase() === name.toLowerCase());

/** A pull request as the configuration judges it. */
export interface Categorizable {
  readonly labels: readonly string[];
  readonly author: string;
}

/**
 * Where a pull request goes: `"excluded"` (changelog.exclude), a category title, or `undefined`
 * when categories exist and none takes it.
 */
export function categorize(pull: Categorizable, config: NotesConfig): string | "excluded" | undefined {
  const ruledOut = (rule: NotesFilter) =>
    has(rule.authors, pull.author) || pull.labels.some((label) => has(rule.labels, label));
  if (ruledOut(config.exclude)) return "excluded";
  if (config.categories.length === 0) return "What's Changed";
  for (const category of config.categories) {
    if (ruledOut(category.exclude)) continue;
    if (category.labels.includes("*") || pull.labels.some((label) => has(category.labels, label)))
      return category.title;
  }
  return undefined;
}
