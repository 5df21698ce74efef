/**
 * Reads a stage's inputs the way the runner passes them (`INPUT_<NAME>` environment variables,
 * name upper-cased, spaces as underscores, dashes kept), with typed readers whose errors name
 * the input, the value and the accepted values. Dependency-free on purpose: this runs before the
 * first API request, where every module loaded delays the start (bench/results.md).
 */

import { ConfigurationError } from "../strategy/errors.ts";
import { escapeCommandData } from "./action-log.ts";

const TRUE = ["true", "True", "TRUE"];
const FALSE = ["false", "False", "FALSE"];

/** Tells the runner to mask a secret in every later log line (what `core.setSecret` does). */
export function maskSecret(
  value: string,
  write: (text: string) => void = (text) => process.stdout.write(text),
): void {
  if (value.trim() === "") return;
  write(`::add-mask::${escapeCommandData(value)}\n`);
}

/** Typed access to the inputs of one step. */
export class ActionInputs {
  readonly #env: Readonly<Record<string, string | undefined>>;

  constructor(env: Readonly<Record<string, string | undefined>>) {
    this.#env = env;
  }

  /** The trimmed value, or "" when the input is not set. */
  string(name: string): string {
    return (this.#env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] ?? "").trim();
  }

  /** The trimmed value; a ConfigurationError when it is empty. */
  required(name: string, hint: string): string {
    const value = this.string(name);
    if (value === "") throw new ConfigurationError(`Input "${name}" is required: ${hint}.`);
    return value;
  }

  /** The value, masked in the log before anything else can print it. */
  secret(name: string): string {
    const value = this.string(name);
    maskSecret(value);
    return value;
  }

  /** A YAML 1.2 boolean (true/True/TRUE, false/False/FALSE); `fallback` when empty. */
  boolean(name: string, fallback = false): boolean {
    const value = this.string(name);
    if (value === "") return fallback;
    if (TRUE.includes(value)) return true;
    if (FALSE.includes(value)) return false;
    throw new ConfigurationError(`Input "${name}" must be true or false, got "${value}".`);
  }

  /** An integer within bounds; `undefined` when empty. */
  integer(name: string, min: number, max: number): number | undefined {
    const value = this.string(name);
    if (value === "") return undefined;
    const number = Number(value);
    if (!Number.isInteger(number) || number < min || number > max) {
      throw new ConfigurationError(
        `Input "${name}" must be an integer from ${min} to ${max}, got "${value}".`,
      );
    }
    return number;
  }

  /** One of the allowed values (case-sensitive); `fallback` when empty. */
  choice<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
    const value = this.string(name);
    if (value === "") return fallback;
    if (!(allowed as readonly string[]).includes(value)) {
      throw new ConfigurationError(`Input "${name}" must be one of ${allowed.join(", ")}, got "${value}".`);
    }
    return value as T;
  }

  /** A list given one item per line or comma-separated; blanks dropped. */
  list(name: string): string[] {
    return this.string(name)
      .split(/[\n,]/)
      .map((item) => item.trim())
      .filter((item) => item !== "");
  }
}
