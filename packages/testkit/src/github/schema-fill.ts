/**
 * GitHub's response schemas require dozens of fields a test never reads (`followers_url`,
 * `node_id`, `forks_count`…). The fake sets the fields that carry meaning and fills the other
 * required ones from the schema with plausible placeholders, so every response it sends is
 * complete and valid while the handlers stay readable.
 */
import type { GitHubApiDescription } from "./openapi.ts";

type Schema = {
  type?: string | string[];
  format?: string;
  enum?: unknown[];
  required?: string[];
  properties?: Record<string, unknown>;
  items?: unknown;
  anyOf?: unknown[];
  oneOf?: unknown[];
  allOf?: unknown[];
  nullable?: boolean;
  minimum?: number;
  minLength?: number;
};

function placeholder(api: GitHubApiDescription, schema: Schema, name: string, base: string): unknown {
  const branches = (schema.anyOf ?? schema.oneOf ?? schema.allOf)?.map(
    (branch) => api.resolve(branch) as Schema,
  );
  if (branches) {
    if (branches.some((branch) => branch.type === "null")) return null;
    return branches[0] ? placeholder(api, branches[0], name, base) : null;
  }
  if (schema.enum && schema.enum.length > 0)
    return schema.enum.find((value) => value !== null) ?? schema.enum[0];
  const types = Array.isArray(schema.type) ? schema.type : [schema.type];
  if (schema.nullable || types.includes("null")) return null;
  switch (types.find((type) => type !== undefined)) {
    case "integer":
    case "number":
      return schema.minimum ?? 0;
    case "boolean":
      return false;
    case "array":
      return [];
    case "object":
      return {};
    default:
      if (schema.format === "date-time") return "2024-01-01T00:00:00Z";
      if (schema.format === "uri" || name.endsWith("url")) return `${base}/placeholder/${name}`;
      if (schema.format === "email") return "placeholder@example.com";
      return "x".repeat(schema.minLength ?? 0) || name;
  }
}

/**
 * Returns `value` with every required property the schema asks for and `value` lacks added,
 * recursively through objects and arrays. Values given always win.
 */
export function fillRequired(
  api: GitHubApiDescription,
  schemaNode: unknown,
  value: unknown,
  base: string,
  depth = 0,
): unknown {
  const schema = api.resolve(schemaNode) as Schema | undefined;
  if (!schema || depth > 12) return value;
  if (schema.allOf)
    return schema.allOf.reduce((acc, part) => fillRequired(api, part, acc, base, depth + 1), value);
  const branches = schema.anyOf ?? schema.oneOf;
  if (branches) {
    if (value === null) return null;
    const typed = branches
      .map((branch) => api.resolve(branch) as Schema)
      .find((branch) => branch.type !== "null");
    return typed ? fillRequired(api, typed, value, base, depth + 1) : value;
  }
  if (Array.isArray(value))
    return schema.items ? value.map((item) => fillRequired(api, schema.items, item, base, depth + 1)) : value;
  if (value === null || typeof value !== "object" || !schema.properties) return value;
  const object = { ...(value as Record<string, unknown>) };
  for (const name of schema.required ?? []) {
    if (!(name in object)) {
      const property = api.resolve(schema.properties[name]) as Schema | undefined;
      object[name] = property ? placeholder(api, property, name, base) : null;
    }
  }
  for (const [name, property] of Object.entries(schema.properties)) {
    if (object[name] !== undefined && object[name] !== null && typeof object[name] === "object") {
      object[name] = fillRequired(api, property, object[name], base, depth + 1);
    }
  }
  return object;
}
