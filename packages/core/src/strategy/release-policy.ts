/**
 * The release policy: `.github/release-strategy.yml` in the user's repository, every key
 * optional, defaults = how InstructLab releases today (DESIGN §4). Validation errors name the
 * key, the value and the allowed values, because a typo here would otherwise surface as a
 * wrong branch or tag on release day.
 */
import { ConfigurationError, quote } from "./errors.ts";
import { renderTemplate, templateFields } from "./name-templates.ts";
import type { PreLabel } from "./pep440.ts";
import { refNameProblem } from "./ref-names.ts";
import { checkRepositoryPath } from "./repository-paths.ts";

/** The validated policy every stage works from. */
export interface ReleasePolicy {
  /** Where Y-streams and pre-releases are cut from. */
  readonly mainBranch: string;
  /** Template of the one branch per X.Y stream (`{major}`, `{minor}`). */
  readonly releaseBranch: string;
  /** Template of the tag of each release (`{version}`). */
  readonly tag: string;
  /** PEP 440 pre-release kinds allowed. */
  readonly prereleases: readonly PreLabel[];
  /** How many of the most recent X.Y streams take Z-stream releases without `allow-older-stream`. */
  readonly maintainedStreams: number;
  readonly approvals: {
    readonly required: number;
    /** Org team whose members count as maintainers (ignored when `users` is set). */
    readonly team: string;
    readonly users: readonly string[];
    /** Only approvals of the pull request's head commit count: a push after an approval voids it. */
    readonly headCommitOnly: boolean;
  };
  readonly milestones: { readonly window: number; readonly cadenceDays: number; readonly title: string };
  readonly scheduleFile: string;
  readonly changelog: { readonly file: string; readonly categories: string };
  /** Channels and their non-secret settings, validated by the announce stage. */
  readonly announce: Readonly<Record<string, unknown>>;
  /** `strict: true` turns the content warnings of tag-and-changelog into refusals. */
  readonly strict: boolean;
  /** Where the policy came from, for summaries: "defaults" or "path@ref". */
  readonly source: string;
}

/** The InstructLab practice (reference/instructlab-practice.md). */
export const DEFAULT_POLICY: ReleasePolicy = {
  mainBranch: "main",
  releaseBranch: "release-v{major}.{minor}",
  tag: "v{version}",
  prereleases: ["a", "b", "rc"],
  maintainedStreams: 1,
  approvals: { required: 2, team: "core-maintainers", users: [], headCommitOnly: false },
  milestones: { window: 2, cadenceDays: 14, title: "v{version}" },
  scheduleFile: "docs/release-schedule.md",
  changelog: { file: "CHANGELOG.md", categories: ".github/release.yml" },
  announce: {},
  strict: false,
  source: "defaults",
};

type Reader<T> = (value: unknown, key: string) => T;

class PolicyReader {
  readonly source: string;

  constructor(source: string) {
    this.source = source;
  }

  fail(key: string, value: unknown, expected: string): never {
    throw new ConfigurationError(`${this.source}: "${key}" must be ${expected}, got ${quote(value)}.`);
  }

  string: Reader<string> = (value, key) =>
    typeof value === "string" && value.trim() !== ""
      ? value.trim()
      : this.fail(key, value, "a non-empty string");

  integer(min: number, max: number): Reader<number> {
    return (value, key) =>
      typeof value === "number" && Number.isInteger(value) && value >= min && value <= max
        ? value
        : this.fail(key, value, `an integer from ${min} to ${max}`);
  }

  boolean: Reader<boolean> = (value, key) =>
    typeof value === "boolean" ? value : this.fail(key, value, "true or false");

  template(allowed: readonly string[], required: readonly string[]): Reader<string> {
    return (value, key) => {
      const template = this.string(value, key);
      const fields = templateFields(template);
      const unknown = fields.filter((field) => !allowed.includes(field));
      const missing = required.filter((field) => !fields.includes(field));
      if (unknown.length > 0 || missing.length > 0 || fields.length !== new Set(fields).size) {
        this.fail(
          key,
          value,
          `a template using ${required.map((f) => `{${f}}`).join(" and ")} once each (allowed: ${allowed.map((f) => `{${f}}`).join(", ")})`,
        );
      }
      return template;
    };
  }

  /** A path inside the repository (relative, no "..", one line). */
  path: Reader<string> = (value, key) =>
    checkRepositoryPath(this.string(value, key), `${this.source}: "${key}"`);

  /** A branch or tag template whose names git accepts (rendered for a final and a pre-release). */
  refTemplate(allowed: readonly string[], required: readonly string[]): Reader<string> {
    const read = this.template(allowed, required);
    return (value, key) => {
      const template = read(value, key);
      for (const pre of [undefined, { label: "rc", number: 1 }] as const) {
        const name = renderTemplate(template, { major: 0, minor: 27, patch: 0, ...(pre && { pre }) });
        const problem = refNameProblem(name);
        if (problem)
          throw new ConfigurationError(
            `${this.source}: "${key}" gives ${quote(name, 40)}, which git refuses as a branch or tag name: it ${problem}. Use a template such as release-v{major}.{minor} or v{version}.`,
          );
      }
      return template;
    };
  }

  section(value: unknown, key: string, allowedKeys: readonly string[]): Record<string, unknown> {
    if (value === undefined || value === null) return {};
    if (typeof value !== "object" || Array.isArray(value)) {
      if (key === "")
        throw new ConfigurationError(`${this.source} must be a mapping of policy keys, got ${quote(value)}.`);
      this.fail(key, value, "a mapping");
    }
    const entries = value as Record<string, unknown>;
    const unknown = Object.keys(entries).filter((name) => !allowedKeys.includes(name));
    if (unknown.length > 0) {
      const where = key === "" ? "" : ` under "${key}"`;
      throw new ConfigurationError(
        `${this.source}: unknown key${unknown.length > 1 ? "s" : ""} ${unknown.map((k) => `"${k}"`).join(", ")}${where}; allowed: ${allowedKeys.join(", ")}.`,
      );
    }
    return entries;
  }

  optional<T>(entries: Record<string, unknown>, key: string, path: string, read: Reader<T>, fallback: T): T {
    return entries[key] === undefined || entries[key] === null ? fallback : read(entries[key], path);
  }
}

const PRE_LABELS: readonly PreLabel[] = ["a", "b", "rc"];
const TOP_KEYS = [
  "main-branch",
  "release-branch",
  "tag",
  "prereleases",
  "maintained-streams",
  "approvals",
  "milestones",
  "schedule-file",
  "changelog",
  "announce",
  "policy",
];

/**
 * Validates a parsed `.github/release-strategy.yml` document and fills in the defaults.
 * @param document the YAML document as plain data (undefined or null for an empty file)
 * @param source where it came from, used to prefix every error ("path@ref")
 */
export function parseReleasePolicy(document: unknown, source: string): ReleasePolicy {
  const reader = new PolicyReader(source);
  const top = reader.section(document, "", TOP_KEYS);
  const get = <T>(
    entries: Record<string, unknown>,
    key: string,
    path: string,
    read: Reader<T>,
    fallback: T,
  ) => reader.optional(entries, key, path, read, fallback);
  const approvals = reader.section(top.approvals, "approvals", [
    "required",
    "team",
    "users",
    "head-commit-only",
  ]);
  const milestones = reader.section(top.milestones, "milestones", ["window", "cadence-days", "title"]);
  const changelog = reader.section(top.changelog, "changelog", ["file", "categories"]);
  const strictness = reader.section(top.policy, "policy", ["strict"]);
  const defaults = DEFAULT_POLICY;

  const prereleases = get(
    top,
    "prereleases",
    "prereleases",
    (value, key) => {
      if (!Array.isArray(value) || value.some((label) => !PRE_LABELS.includes(label))) {
        reader.fail(
          key,
          value,
          `a list of pre-release kinds from ${PRE_LABELS.join(", ")} (an empty list allows none)`,
        );
      }
      return value as PreLabel[];
    },
    defaults.prereleases,
  );
  const users = get(
    approvals,
    "users",
    "approvals.users",
    (value, key) => {
      if (!Array.isArray(value) || value.some((user) => typeof user !== "string" || user.trim() === "")) {
        reader.fail(key, value, "a list of GitHub logins");
      }
      return (value as string[]).map((user) => user.trim().replace(/^@/, ""));
    },
    defaults.approvals.users,
  );

  return {
    mainBranch: get(top, "main-branch", "main-branch", reader.string, defaults.mainBranch),
    releaseBranch: get(
      top,
      "release-branch",
      "release-branch",
      reader.refTemplate(["major", "minor"], ["major", "minor"]),
      defaults.releaseBranch,
    ),
    tag: get(top, "tag", "tag", reader.refTemplate(["version"], ["version"]), defaults.tag),
    prereleases,
    maintainedStreams: get(
      top,
      "maintained-streams",
      "maintained-streams",
      reader.integer(1, 100),
      defaults.maintainedStreams,
    ),
    approvals: {
      required: get(
        approvals,
        "required",
        "approvals.required",
        reader.integer(0, 10),
        defaults.approvals.required,
      ),
      team: get(approvals, "team", "approvals.team", reader.string, defaults.approvals.team),
      users,
      headCommitOnly: get(
        approvals,
        "head-commit-only",
        "approvals.head-commit-only",
        reader.boolean,
        defaults.approvals.headCommitOnly,
      ),
    },
    milestones: {
      window: get(
        milestones,
        "window",
        "milestones.window",
        reader.integer(1, 10),
        defaults.milestones.window,
      ),
      cadenceDays: get(
        milestones,
        "cadence-days",
        "milestones.cadence-days",
        reader.integer(1, 365),
        defaults.milestones.cadenceDays,
      ),
      title: get(
        milestones,
        "title",
        "milestones.title",
        reader.template(["version", "major", "minor", "patch"], ["version"]),
        defaults.milestones.title,
      ),
    },
    scheduleFile: get(top, "schedule-file", "schedule-file", reader.path, defaults.scheduleFile),
    changelog: {
      file: get(changelog, "file", "changelog.file", reader.path, defaults.changelog.file),
      categories: get(
        changelog,
        "categories",
        "changelog.categories",
        reader.path,
        defaults.changelog.categories,
      ),
    },
    announce: reader.section(top.announce, "announce", [
      "slack",
      "discord",
      "email",
      "website",
      "title",
      "intro",
      "pypi-project",
      "highlights",
    ]),
    strict: get(strictness, "strict", "policy.strict", reader.boolean, defaults.strict),
    source,
  };
}
