/**
 * GitHub Actions expressions (`${{ … }}`), evaluated with GitHub's own implementation
 * (@actions/expressions) plus the status functions a workflow runner supplies.
 */
import { data, Evaluator, Lexer, Parser } from "@actions/expressions";

/** The contexts an expression can read (github, env, inputs, steps, needs, …) as plain data. */
export type ExpressionContext = Readonly<Record<string, unknown>>;

/** The state `success()`, `failure()`, `cancelled()` and `always()` answer from. */
export interface JobStatus {
  readonly failed: boolean;
  readonly cancelled: boolean;
}

const STATUS_FUNCTIONS = ["success", "failure", "cancelled", "always"];

function toData(value: unknown): data.Dictionary {
  return JSON.parse(JSON.stringify(value ?? {}), data.reviver) as data.Dictionary;
}

/** Evaluates one expression (without the `${{ }}`) to plain data. */
export function evaluate(
  expression: string,
  context: ExpressionContext,
  status: JobStatus = { failed: false, cancelled: false },
): unknown {
  const lexed = new Lexer(expression).lex();
  const infos = STATUS_FUNCTIONS.map((name) => ({ name, minArgs: 0, maxArgs: 0 }));
  const parsed = new Parser(lexed.tokens, Object.keys(context), infos).parse();
  const functions = new Map(
    [
      ["success", !status.failed && !status.cancelled],
      ["failure", status.failed],
      ["cancelled", status.cancelled],
      ["always", true],
    ].map(([name, value]) => [
      name as string,
      { name: name as string, minArgs: 0, maxArgs: 0, call: () => new data.BooleanData(value as boolean) },
    ]),
  );
  const result = new Evaluator(parsed, toData(context), functions).evaluate();
  return JSON.parse(JSON.stringify(result, data.replacer) ?? "null");
}

/** The string GitHub substitutes for a value inside a `${{ }}` in text. */
function asText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "object") return JSON.stringify(value, null, 2);
  return String(value);
}

/** Replaces every `${{ expression }}` in a text. */
export function interpolate(text: string, context: ExpressionContext, status?: JobStatus): string {
  return text.replace(/\$\{\{([\s\S]*?)\}\}/g, (_, expression: string) =>
    asText(evaluate(expression.trim(), context, status)),
  );
}

/** Evaluates an `if:` (with or without `${{ }}`); without a status function it means `success() && (…)`. */
export function condition(value: unknown, context: ExpressionContext, status: JobStatus): boolean {
  if (value === undefined || value === null) return !status.failed && !status.cancelled;
  if (typeof value === "boolean") return value && !status.failed && !status.cancelled;
  const text = String(value)
    .trim()
    .replace(/^\$\{\{([\s\S]*)\}\}$/, "$1")
    .trim();
  const expression = /\b(success|failure|cancelled|always)\s*\(/.test(text) ? text : `success() && (${text})`;
  const result = evaluate(expression, context, status);
  return result !== false && result !== null && result !== 0 && result !== "";
}
