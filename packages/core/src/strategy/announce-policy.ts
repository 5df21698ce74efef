/**
 * The `announce.*` keys of the release policy: the non-secret settings of each channel (the Slack
 * channel, the mail's sender and list, the website's repository and file) and the wording of the
 * announcement, as templates a team can override. Secrets never come from here: they are inputs.
 *
 * ```yaml
 * announce:
 *   title: "{project} {version} is out"      # every channel
 *   intro: "..."                             # the sentence above the highlights
 *   pypi-project: instructlab                # default: the repository's name
 *   slack: { channel: "#announce", intro: "..." }
 *   discord: { username: "Release bot" }
 *   email: { from: "...", to: [...], subject: "[ANNOUNCE] {project} {version}" }
 *   website: { repository: org/website, file: content/releases.md }
 * ```
 */
import { ConfigurationError, quote } from "./errors.ts";

/** The channels an announcement goes to (DESIGN §5, input `channels`). */
export const ANNOUNCE_CHANNELS = ["slack", "discord", "email", "website"] as const;
/** One of {@link ANNOUNCE_CHANNELS}. */
export type AnnounceChannel = (typeof ANNOUNCE_CHANNELS)[number];

/** The placeholders an announcement template may use. */
export const ANNOUNCE_FIELDS = ["project", "version", "tag", "date", "url"] as const;

/** The wording of one channel's announcement. */
export interface AnnounceWording {
  /** Headline: Slack's header block, Discord's embed title, the website entry's heading. */
  readonly title: string;
  /** The sentence above the highlights. */
  readonly intro: string;
}

/** The validated `announce` section. */
export interface AnnouncePolicy {
  readonly pypiProject: string | undefined;
  /** Highlights listed per category before "and N more" (default 10). */
  readonly highlightsPerCategory: number;
  readonly wording: Readonly<Record<AnnounceChannel, AnnounceWording>>;
  readonly slack: { readonly channel: string | undefined };
  readonly discord: { readonly username: string | undefined };
  readonly email: {
    readonly from: string | undefined;
    readonly to: readonly string[];
    readonly subject: string;
  };
  readonly website: { readonly repository: string | undefined; readonly file: string | undefined };
}

/** The default wording (a team overrides it with `announce.title`, `announce.intro`, per channel too). */
export const DEFAULT_WORDING: AnnounceWording = {
  title: "{project} {version} released",
  intro: "{project} {version} is out ({date}). Highlights of this release:",
};

const DEFAULT_SUBJECT = "[ANNOUNCE] {project} {version} released";
const PLACEHOLDER = /\{([a-z-]+)\}/g;

/** Values of the template fields. */
export type AnnounceFields = Readonly<Record<(typeof ANNOUNCE_FIELDS)[number], string>>;

/** Renders an announcement template (placeholders checked by {@link parseAnnouncePolicy}). */
export function renderAnnounceTemplate(template: string, fields: AnnounceFields): string {
  return template.replace(
    PLACEHOLDER,
    (whole, name: string) => fields[name as keyof AnnounceFields] ?? whole,
  );
}

type Section = Record<string, unknown>;

class AnnounceReader {
  readonly #source: string;

  constructor(source: string) {
    this.#source = source;
  }

  fail(key: string, value: unknown, expected: string): never {
    throw new ConfigurationError(`${this.#source}: "${key}" must be ${expected}, got ${quote(value, 60)}.`);
  }

  section(value: unknown, key: string, allowed: readonly string[]): Section {
    if (value === undefined || value === null) return {};
    if (typeof value !== "object" || Array.isArray(value)) this.fail(key, value, "a mapping");
    const unknown = Object.keys(value).filter((name) => !allowed.includes(name));
    if (unknown.length > 0)
      throw new ConfigurationError(
        `${this.#source}: unknown key${unknown.length > 1 ? "s" : ""} ${unknown.map((name) => `"${name}"`).join(", ")} under "${key}"; allowed: ${allowed.join(", ")}.`,
      );
    return value as Section;
  }

  string(section: Section, name: string, key: string): string | undefined {
    const value = section[name];
    if (value === undefined || value === null) return undefined;
    if (typeof value !== "string" || value.trim() === "") this.fail(key, value, "a non-empty string");
    return value.trim();
  }

  template(section: Section, name: string, key: string): string | undefined {
    const template = this.string(section, name, key);
    if (template === undefined) return undefined;
    const unknown = [...template.matchAll(PLACEHOLDER)]
      .map((match) => match[1] as string)
      .filter((field) => !(ANNOUNCE_FIELDS as readonly string[]).includes(field));
    if (unknown.length > 0)
      this.fail(
        key,
        template,
        `a template using only ${ANNOUNCE_FIELDS.map((field) => `{${field}}`).join(", ")}`,
      );
    return template;
  }

  addresses(section: Section, name: string, key: string): string[] {
    const value = section[name];
    if (value === undefined || value === null) return [];
    const list = typeof value === "string" ? value.split(",") : value;
    if (!Array.isArray(list) || list.some((item) => typeof item !== "string" || !item.includes("@")))
      this.fail(key, value, "an address or a list of addresses");
    return (list as string[]).map((item) => item.trim());
  }
}

/**
 * Validates the policy's `announce` section (already checked for its top-level keys by the
 * policy parser) and fills in the defaults.
 * @param section `ReleasePolicy.announce`
 * @param source where the policy came from, prefixed to every error
 */
export function parseAnnouncePolicy(
  section: Readonly<Record<string, unknown>>,
  source: string,
): AnnouncePolicy {
  const reader = new AnnounceReader(source);
  const top = reader.section(section, "announce", [
    ...ANNOUNCE_CHANNELS,
    "title",
    "intro",
    "pypi-project",
    "highlights",
  ]);
  const slack = reader.section(top.slack, "announce.slack", ["channel", "title", "intro"]);
  const discord = reader.section(top.discord, "announce.discord", ["username", "title", "intro"]);
  const email = reader.section(top.email, "announce.email", ["from", "to", "subject", "title", "intro"]);
  const website = reader.section(top.website, "announce.website", ["repository", "file", "title", "intro"]);
  const shared: AnnounceWording = {
    title: reader.template(top, "title", "announce.title") ?? DEFAULT_WORDING.title,
    intro: reader.template(top, "intro", "announce.intro") ?? DEFAULT_WORDING.intro,
  };
  const wording = (channel: AnnounceChannel, entries: Section): AnnounceWording => ({
    title: reader.template(entries, "title", `announce.${channel}.title`) ?? shared.title,
    intro: reader.template(entries, "intro", `announce.${channel}.intro`) ?? shared.intro,
  });
  const highlights = top.highlights;
  if (
    highlights !== undefined &&
    (!Number.isInteger(highlights) || (highlights as number) < 1 || (highlights as number) > 50)
  )
    reader.fail("announce.highlights", highlights, "an integer from 1 to 50");
  const repository = reader.string(website, "repository", "announce.website.repository");
  if (repository !== undefined && !/^[\w.-]+\/[\w.-]+$/.test(repository))
    reader.fail("announce.website.repository", repository, "owner/name");
  return {
    pypiProject: reader.string(top, "pypi-project", "announce.pypi-project"),
    highlightsPerCategory: (highlights as number | undefined) ?? 10,
    wording: {
      slack: wording("slack", slack),
      discord: wording("discord", discord),
      email: wording("email", email),
      website: wording("website", website),
    },
    slack: { channel: reader.string(slack, "channel", "announce.slack.channel") },
    discord: { username: reader.string(discord, "username", "announce.discord.username") },
    email: {
      from: reader.string(email, "from", "announce.email.from"),
      to: reader.addresses(email, "to", "announce.email.to"),
      subject: reader.template(email, "subject", "announce.email.subject") ?? DEFAULT_SUBJECT,
    },
    website: { repository, file: reader.string(website, "file", "announce.website.file") },
  };
}
