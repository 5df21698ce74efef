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

/** What a step said through workflow commands. */
export interface CommandLog {
  readonly annotations: Annotation[];
  readonly masks: string[];
  readonly groups: string[];
  /** stdout without the command lines, with masked values replaced by `***` like the runner. */
  readonly visible: string;
}

function decode(value: string, property = false): string {
  let text = value.replace(/%0D/gi, "\r").replace(/%0A/gi, "\n");
  if (property) text = text.replace(/%3A/gi, ":").replace(/%2C/gi, ",");
  return text.replace(/%25/g, "%");
}

/** Parses the workflow commands of a step's stdout. */
export function parseWorkflowCommands(stdout: string): CommandLog {
  const annotations: Annotation[] = [];
  const masks: string[] = [];
  const groups: string[] = [];
  const visible: string[] = [];
  let stopToken: string | undefined;
  for (const line of stdout.split(/\r?\n/)) {
    const match = /^::([a-z-]+)(?: ([^:]*))?::(.*)$/.exec(line);
    if (stopToken !== undefined) {
      if (match?.[1] === stopToken) stopToken = undefined;
      else visible.push(line);
      continue;
    }
    if (!match) {
      visible.push(line);
      continue;
    }
    const [, name = "", rawProperties = "", rawMessage = ""] = match;
    const message = decode(rawMessage);
    const properties = Object.fromEntries(
      rawProperties
        .split(",")
        .filter((pair) => pair.includes("="))
        .map((pair) => [pair.slice(0, pair.indexOf("=")), decode(pair.slice(pair.indexOf("=") + 1), true)]),
    );
    if (name === "error" || name === "warning" || name === "notice" || name === "debug")
      annotations.push({ level: name, message, properties });
    else if (name === "add-mask") masks.push(message);
    else if (name === "group") groups.push(message);
    else if (name === "stop-commands") stopToken = rawMessage;
    else if (name !== "endgroup") visible.push(line);
  }
  let text = visible.join("\n");
  for (const mask of masks) if (mask !== "") text = text.split(mask).join("***");
  return { annotations, masks, groups, visible: text };
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
