/**
 * A stage's inputs, typed: the readers' errors name the input, a short prefix of the value and
 * the accepted values. On a runner the values come from `@actions/core`'s `getInput` and
 * secrets are masked with its `setSecret`; tests hand an environment of `INPUT_*` variables.
 */
import * as core from "@actions/core";
import { ConfigurationError, quote } from "../strategy/errors.ts";
import { maskSecret } from "./secrets.ts";

const TRUE = ["true", "True", "TRUE"];
const FALSE = ["false", "False", "FALSE"];

/** Typed access to the inputs of one step. */
export class ActionInputs {
  /** The environment the step runs in (the runner's variables, such as `SIGSTORE_*`). */
  readonly env: Readonly<Record<string, string | undefined>>;

  /** @param env the step's environment; `process.env` on a runner, where `core.getInput` reads it. */
  constructor(env: Readonly<Record<string, string | undefined>> = process.env) {
    this.env = env;
  }

  /** The trimmed value, or "" when the input is not set. */
  string(name: string): string {
    if (this.env === process.env) return core.getInput(name);
    return (this.env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] ?? "").trim();
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
    throw new ConfigurationError(`Input "${name}" must be true or false, got ${quote(value)}.`);
  }

  /** An integer within bounds; `undefined` when empty. */
  integer(name: string, min: number, max: number): number | undefined {
    const value = this.string(name);
    if (value === "") return undefined;
    const number = Number(value);
    if (!Number.isInteger(number) || number < min || number > max) {
      throw new ConfigurationError(
        `Input "${name}" must be an integer from ${min} to ${max}, got ${quote(value)}.`,
      );
    }
    return number;
  }

  /** One of the allowed values (case-sensitive); `fallback` when empty. */
  choice<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
    const value = this.string(name);
    if (value === "") return fallback;
    if (!(allowed as readonly string[]).includes(value)) {
      throw new ConfigurationError(
        `Input "${name}" must be one of ${allowed.join(", ")}, got ${quote(value)}.`,
      );
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
