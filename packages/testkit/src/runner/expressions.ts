/**
 * GitHub Actions expressions (`${{ … }}`), evaluated with GitHub's own implementation
 * (@actions/expressions) plus the status functions a workflow runner supplies.
 */
import { data, Evaluator, type Expr, Lexer, Parser } from "@actions/expressions";
import { Binary, FunctionCall, Grouping, IndexAccess, Logical, Unary } from "@actions/expressions/ast";

/** The contexts an expression can read (github, env, inputs, steps, needs, …) as plain data. */
export type ExpressionContext = Readonly<Record<string, unknown>>;

/**
 * What the status functions answer where the expression is evaluated. For a step, from the
 * job's status so far ({@link stepStatus}); for a job, from the results of its whole `needs`
 * chain and the run's cancellation (run-workflow.ts). `always()` is always true.
 */
export interface JobStatus {
  readonly success: boolean;
  readonly failure: boolean;
  readonly cancelled: boolean;
}

/** A step's status functions: `success()` while no earlier step failed and the job is not cancelled. */
export function stepStatus(failed: boolean, cancelled = false): JobStatus {
  return { success: !failed && !cancelled, failure: failed, cancelled };
}

const STATUS_FUNCTIONS = ["success", "failure", "cancelled", "always"];

function toData(value: unknown): data.Dictionary {
  return JSON.parse(JSON.stringify(value ?? {}), data.reviver) as data.Dictionary;
}

function parse(expression: string, context: ExpressionContext): Expr {
  const lexed = new Lexer(expression).lex();
  const infos = STATUS_FUNCTIONS.map((name) => ({ name, minArgs: 0, maxArgs: 0 }));
  return new Parser(lexed.tokens, Object.keys(context), infos).parse();
}

/** Evaluates one expression (without the `${{ }}`) to plain data. */
export function evaluate(
  expression: string,
  context: ExpressionContext,
  status: JobStatus = stepStatus(false),
): unknown {
  const parsed = parse(expression, context);
  const functions = new Map(
    [
      ["success", status.success],
      ["failure", status.failure],
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

/**
 * True when the parsed expression calls a status function anywhere (`!cancelled()` counts; a
 * string literal `'success()'` does not; names are case-insensitive), as GitHub decides whether
 * to add its implicit `success() &&` (actions/runner, src/Sdk/WorkflowParser/Conversion/
 * WorkflowTemplateConverter.cs, ConvertToIfCondition: `node.Traverse().Any(x => x is Function …)`).
 */
function callsStatusFunction(node: Expr): boolean {
  if (node instanceof FunctionCall)
    return (
      STATUS_FUNCTIONS.includes(node.functionName.lexeme.toLowerCase()) || node.args.some(callsStatusFunction)
    );
  if (node instanceof Unary) return callsStatusFunction(node.expr);
  if (node instanceof Binary) return callsStatusFunction(node.left) || callsStatusFunction(node.right);
  if (node instanceof Logical) return node.args.some(callsStatusFunction);
  if (node instanceof Grouping) return callsStatusFunction(node.group);
  if (node instanceof IndexAccess) return callsStatusFunction(node.expr) || callsStatusFunction(node.index);
  return false;
}

/** True when an `if:` expression (without `${{ }}`) calls a status function (see callsStatusFunction). */
export function hasStatusFunction(expression: string, contexts: readonly string[]): boolean {
  return callsStatusFunction(parse(expression, Object.fromEntries(contexts.map((name) => [name, {}]))));
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

/**
 * Evaluates an `if:` (with or without `${{ }}`). An empty one means `success()`; one that calls
 * no status function means `success() && (…)` (GitHub's ConvertToIfCondition, cited above).
 */
export function condition(value: unknown, context: ExpressionContext, status: JobStatus): boolean {
  const text =
    value === undefined || value === null
      ? ""
      : String(value)
          .trim()
          .replace(/^\$\{\{([\s\S]*)\}\}$/, "$1")
          .trim();
  if (text === "") return status.success;
  const expression = callsStatusFunction(parse(text, context)) ? text : `success() && (${text})`;
  const result = evaluate(expression, context, status);
  return result !== false && result !== null && result !== 0 && result !== "";
}
