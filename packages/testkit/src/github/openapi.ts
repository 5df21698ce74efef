/**
 * GitHub's official OpenAPI description (@octokit/openapi, api.github.com), loaded once per
 * process and used to route and validate every request the fake receives and every response it
 * sends. Validators compile lazily, on the first use of each operation.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import addFormats from "ajv-formats";
import { OpenAPIBackend, type Operation } from "openapi-backend";

/** What a validation found wrong, in ajv's words. */
export interface SchemaError {
  readonly instancePath: string;
  readonly message?: string;
  readonly params?: unknown;
}

/** An operation of the description, as the fake routes it. */
export interface MatchedOperation {
  readonly operationId: string;
  readonly method: string;
  readonly path: string;
  readonly raw: unknown;
}

/** The request shape the validator works on. */
export interface ApiRequest {
  method: string;
  path: string;
  query: Record<string, string | string[]>;
  headers: Record<string, string | string[] | undefined>;
  body?: unknown;
}

// Two quirks of the description, fixed once at load:
// - some schemas are `nullable: true` without a `type`, which ajv refuses;
// - a nullable enum does not list null among its values, so null is refused;
// - many `oneOf`s list branches that overlap (basic-error and repository-rule-violation-error
//   both accept any error body), so "exactly one" can never hold: they are read as `anyOf`.
function rewriteQuirks(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(rewriteQuirks);
  if (node === null || typeof node !== "object") return node;
  const object = node as Record<string, unknown>;
  for (const key of Object.keys(object)) object[key] = rewriteQuirks(object[key]);
  if (Array.isArray(object.oneOf)) {
    object.anyOf = object.oneOf;
    delete object.oneOf;
  }
  if (object.nullable === true && Array.isArray(object.enum) && !object.enum.includes(null))
    object.enum = [...object.enum, null];
  if (object.nullable === true && object.type === undefined) {
    const { nullable: _, ...rest } = object;
    return { anyOf: [rest, { type: "null" }] };
  }
  return object;
}

/** A path template as a pattern: each `{parameter}` is one path segment, the rest is literal. */
function templatePattern(template: string): RegExp {
  const literal = (part: string) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(
    `^${template
      .split(/\{[^}]*\}/)
      .map(literal)
      .join("[^/]+")}$`,
  );
}

/** The routes a path can match: those of its method with as many path segments. */
function routeKey(method: string, path: string): string {
  return `${method} ${path.split("/").length}`;
}

/** GitHub's REST API description with its validators. */
export class GitHubApiDescription {
  readonly #backend: OpenAPIBackend;
  /** The whole description (with `nullable` rewritten), for resolving `$ref`s. */
  readonly definition: Record<string, unknown>;

  /** Operations by method and exact path. */
  readonly #exact = new Map<string, Operation>();
  /**
   * Operations by method and number of path segments (a template's parameter never spans a
   * `/`), each list with its templates compiled once, most specific template first.
   */
  readonly #templates = new Map<string, { readonly operation: Operation; readonly pattern: RegExp }[]>();

  constructor(backend: OpenAPIBackend, definition: Record<string, unknown>) {
    this.#backend = backend;
    this.definition = definition;
    const literalLength = (path: string) => path.replace(/\{[^}]*\}/g, "").length;
    // A stable sort: equally specific templates keep the description's order.
    const operations = [...backend.router.getOperations()].sort(
      (a, b) => literalLength(b.path) - literalLength(a.path),
    );
    for (const operation of operations) {
      const exact = `${operation.method} ${operation.path}`;
      if (!this.#exact.has(exact)) this.#exact.set(exact, operation);
      const key = routeKey(operation.method, operation.path);
      const list = this.#templates.get(key) ?? [];
      list.push({ operation, pattern: templatePattern(operation.path) });
      this.#templates.set(key, list);
    }
  }

  /**
   * openapi-backend's routing (an exact path first, else the most specific matching template
   * with this method), without its cost: it compiles a regular expression for each of about a
   * thousand templates on every request, which was a tenth of a stage test's time; a scan of
   * the thousand compiled ones was still 7 % of it.
   */
  #route(request: ApiRequest): Operation | undefined {
    const router = this.#backend.router;
    const { method } = router.normalizeRequest(request as never);
    const path = router.normalizePath(request.path);
    return (
      this.#exact.get(`${method} ${path}`) ??
      this.#templates.get(routeKey(method, path))?.find(({ pattern }) => pattern.test(path))?.operation
    );
  }

  /** Follows a `$ref` such as `#/components/schemas/simple-user`. */
  resolve(node: unknown): unknown {
    let current = node;
    for (let depth = 0; depth < 20; depth++) {
      const ref = (current as { $ref?: unknown } | null)?.$ref;
      if (typeof ref !== "string") return current;
      current = ref
        .slice(2)
        .split("/")
        .reduce<unknown>(
          (object, key) => (object as Record<string, unknown>)?.[key.replace(/~1/g, "/").replace(/~0/g, "~")],
          this.definition,
        );
    }
    return current;
  }

  /** Routes a request to an operation, or undefined when GitHub has no such endpoint. */
  match(request: ApiRequest): MatchedOperation | undefined {
    // The deprecated `compare/{base}...{head}` form would shadow `compare/{basehead}`.
    if (/^\/repos\/[^/]+\/[^/]+\/compare\/[^/]+$/.test(request.path))
      return this.operation("repos/compare-commits-with-basehead");
    const operation = this.#route(request);
    if (!operation?.operationId) return undefined;
    return {
      operationId: operation.operationId,
      method: operation.method,
      path: operation.path,
      raw: operation,
    };
  }

  /** The operation with this id. */
  operation(operationId: string): MatchedOperation | undefined {
    const operation = this.#backend.getOperation(operationId);
    return operation?.operationId
      ? { operationId, method: operation.method, path: operation.path, raw: operation }
      : undefined;
  }

  /** Path parameters of a matched request. */
  pathParams(request: ApiRequest, operation: MatchedOperation): Record<string, string> {
    return this.#backend.router.parseRequest(request as never, operation.raw as never).params as Record<
      string,
      string
    >;
  }

  /** Validates path, query and body of a request; returns the errors (empty when valid). */
  validateRequest(request: ApiRequest, operation: MatchedOperation): SchemaError[] {
    const result = this.#backend.validateRequest(request as never, operation.raw as never);
    return result.valid ? [] : ((result.errors ?? []) as SchemaError[]);
  }

  /** True when the operation documents this status code. */
  documents(operation: MatchedOperation, status: number): boolean {
    const responses = (operation.raw as { responses?: Record<string, unknown> }).responses ?? {};
    return String(status) in responses || "default" in responses;
  }

  /** Validates a response body against the operation's schema for its status. */
  validateResponse(body: unknown, operation: MatchedOperation, status: number): SchemaError[] {
    const result = this.#backend.validateResponse(body, operation.raw as never, status);
    return result.valid ? [] : ((result.errors ?? []) as SchemaError[]);
  }

  /** The JSON schema of an operation's response for a status (for filling unmodelled fields). */
  responseSchema(operation: MatchedOperation, status: number): unknown {
    const responses =
      (operation.raw as { responses?: Record<string, { content?: Record<string, { schema?: unknown }> }> })
        .responses ?? {};
    const content = responses[String(status)]?.content;
    return content?.["application/json"]?.schema ?? Object.values(content ?? {})[0]?.schema;
  }
}

let loading: Promise<GitHubApiDescription> | undefined;

/** Loads the description once per process (about half a second). */
export function loadGitHubApiDescription(): Promise<GitHubApiDescription> {
  loading ??= (async () => {
    const require = createRequire(import.meta.url);
    const file = require.resolve("@octokit/openapi/generated/api.github.com.json");
    const definition = rewriteQuirks(JSON.parse(readFileSync(file, "utf8")));
    const backend = new OpenAPIBackend({
      definition: definition as never,
      quick: true,
      validate: true,
      ajvOpts: { strict: false, logger: false },
      customizeAjv: (ajv) => {
        // ajv-formats is CommonJS: its plugin is the module itself or its `default`.
        const plugin = (addFormats as unknown as { default?: typeof addFormats }).default ?? addFormats;
        plugin(ajv as never);
        return ajv;
      },
    });
    await backend.init();
    // openapi-backend's router flattens the whole description into its list of operations again
    // on every call, several times per request (about a thousand operations each time); the
    // description never changes once loaded, so the list is built once.
    const operations = backend.router.getOperations();
    backend.router.getOperations = () => operations;
    return new GitHubApiDescription(backend, definition as Record<string, unknown>);
  })();
  return loading;
}
