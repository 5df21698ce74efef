/**
 * The runner's protocol with a step: workflow commands on stdout (`::error::…`) and file
 * commands (GITHUB_OUTPUT, GITHUB_ENV: `name=value` or `name<<DELIMITER` heredocs), decoded the
 * way the runner decodes them.
 */

/** An annotation or log command a step issued. */
export interface Annotation {
  readonly level: "error" | "warning" | "notice" | "debug";
  readonly message: string;
  readonly properties: Readonly<Record<string, string>>;
}

/** Any other command the runner carried out (set-output, set-env, add-path, save-state, echo, …). */
export interface OtherCommand {
  readonly name: string;
  readonly message: string;
  readonly properties: Readonly<Record<string, string>>;
}

/** What a step said through workflow commands. */
export interface CommandLog {
  readonly annotations: Annotation[];
  readonly masks: string[];
  readonly groups: string[];
  /** Every other command the runner would carry out, e.g. a `set-output` printed to stdout. */
  readonly commands: OtherCommand[];
  /** stdout without the command lines, with masked values replaced by `***` like the runner. */
  readonly visible: string;
}

/**
 * The commands the runner registers (actions/runner src/Runner.Worker/ActionCommandManager.cs:
 * its command extensions and `stop-commands`); names are compared ignoring case, and a line
 * naming anything else is plain text.
 */
const REGISTERED = new Set([
  "stop-commands",
  "set-env",
  "set-output",
  "save-state",
  "add-mask",
  "add-path",
  "add-matcher",
  "remove-matcher",
  "debug",
  "warning",
  "error",
  "notice",
  "group",
  "endgroup",
  "echo",
]);

// actions/runner src/Runner.Common/ActionCommand.cs: the data escapes (`%25`, `%0D`, `%0A`) and
// the property escapes (those and `%3A`, `%2C`) of the `::` form; `%3B` and `%5D` of the legacy form.
function decode(value: string, extra: readonly [string, string][] = []): string {
  let text = value.replace(/%0D/gi, "\r").replace(/%0A/gi, "\n");
  for (const [escaped, token] of extra) text = text.split(escaped).join(token);
  return text.replace(/%25/g, "%");
}
const PROPERTY_ESCAPES: readonly [string, string][] = [
  ["%3A", ":"],
  ["%2C", ","],
];
const LEGACY_ESCAPES: readonly [string, string][] = [
  ["%3B", ";"],
  ["%5D", "]"],
];

interface ParsedCommand {
  readonly name: string;
  readonly properties: Record<string, string>;
  readonly message: string;
}

function readProperties(
  text: string,
  separator: string,
  escapes: readonly [string, string][],
): Record<string, string> {
  const properties: Record<string, string> = {};
  for (const pair of text.split(separator).filter(Boolean)) {
    const at = pair.indexOf("=");
    // The runner splits on the first "=" dropping empty parts: "a=" and "=b" set nothing.
    if (at > 0 && at < pair.length - 1) properties[pair.slice(0, at)] = decode(pair.slice(at + 1), escapes);
  }
  return properties;
}

/**
 * One line as the runner reads it (ActionCommand.TryParseV2, then the legacy TryParse): `::name
 * props::data` once leading whitespace is trimmed, or `##[name props]data` anywhere in the line.
 */
function parseCommand(line: string, registered: ReadonlySet<string>): ParsedCommand | undefined {
  const trimmed = line.trimStart();
  if (trimmed.startsWith("::")) {
    const end = trimmed.indexOf("::", 2);
    if (end >= 0) {
      const info = trimmed.slice(2, end);
      const space = info.indexOf(" ");
      const name = space < 0 ? info : info.slice(0, space);
      if (registered.has(name.toLowerCase())) {
        const properties =
          space < 0 ? {} : readProperties(info.slice(space + 1).trim(), ",", PROPERTY_ESCAPES);
        return { name: name.toLowerCase(), properties, message: decode(trimmed.slice(end + 2)) };
      }
    }
  }
  const prefix = line.indexOf("##[");
  const close = prefix < 0 ? -1 : line.indexOf("]", prefix);
  if (close < 0) return undefined;
  const info = line.slice(prefix + 3, close);
  const space = info.indexOf(" ");
  const name = space < 0 ? info : info.slice(0, space);
  if (!registered.has(name.toLowerCase())) return undefined;
  const properties = space < 0 ? {} : readProperties(info.slice(space + 1), ";", LEGACY_ESCAPES);
  return { name: name.toLowerCase(), properties, message: decode(line.slice(close + 1), LEGACY_ESCAPES) };
}

/**
 * Parses the workflow commands of a step's stdout as the runner does
 * (ActionCommandManager.TryProcessCommand): between `::stop-commands::<token>` and a command
 * named `<token>` (any case), nothing else is a command.
 */
export function parseWorkflowCommands(stdout: string): CommandLog {
  const annotations: Annotation[] = [];
  const masks: string[] = [];
  const groups: string[] = [];
  const commands: OtherCommand[] = [];
  const visible: string[] = [];
  let stopToken: string | undefined;
  for (const line of stdout.split(/\r?\n/)) {
    if (stopToken !== undefined) {
      const resume = parseCommand(line, new Set([...REGISTERED, stopToken.toLowerCase()]));
      if (resume?.name === stopToken.toLowerCase()) stopToken = undefined;
      else visible.push(line);
      continue;
    }
    const command = parseCommand(line, REGISTERED);
    if (!command) {
      visible.push(line);
      continue;
    }
    const { name, message, properties } = command;
    if (name === "error" || name === "warning" || name === "notice" || name === "debug")
      annotations.push({ level: name, message, properties });
    else if (name === "add-mask") masks.push(message);
    else if (name === "group") groups.push(message);
    else if (name === "stop-commands") stopToken = message;
    else if (name !== "endgroup") commands.push({ name, message, properties });
  }
  let text = visible.join("\n");
  for (const mask of masks) if (mask !== "") text = text.split(mask).join("***");
  return { annotations, masks, groups, commands, visible: text };
}

/**
 * A step's outputs as the runner keeps them: a `::set-output` printed to stdout still sets one
 * (deprecated, not removed: actions/runner SetOutputCommandExtension), and the GITHUB_OUTPUT
 * file, read when the step ends, wins over it.
 */
export function stepOutputs(log: CommandLog, outputFile: string): Record<string, string> {
  const printed = log.commands
    .filter((command) => command.name === "set-output" && command.properties.name)
    .map((command) => [command.properties.name as string, command.message]);
  return { ...Object.fromEntries(printed), ...parseFileCommands(outputFile) };
}

/** Parses a GITHUB_OUTPUT or GITHUB_ENV file. */
export function parseFileCommands(content: string): Record<string, string> {
  const values: Record<string, string> = {};
  const lines = content.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] ?? "").replace(/\r$/, "");
    if (line === "") continue;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc?.[1] && heredoc[2]) {
      const body: string[] = [];
      for (i++; i < lines.length && (lines[i] ?? "").replace(/\r$/, "") !== heredoc[2]; i++)
        body.push((lines[i] ?? "").replace(/\r$/, ""));
      if (i >= lines.length)
        throw new Error(`Unterminated file command: ${heredoc[1]}<<${heredoc[2]} has no closing delimiter`);
      values[heredoc[1]] = body.join("\n");
      continue;
    }
    const index = line.indexOf("=");
    if (index <= 0) throw new Error(`Malformed file command line: ${line}`);
    values[line.slice(0, index)] = line.slice(index + 1);
  }
  return values;
}
