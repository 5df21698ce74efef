/**
 * The fake routes requests with its own compiled copy of openapi-backend's routing rules (the
 * library's router compiles every template on every request, ≈ 15 ms a request here): asked the
 * same requests, both must agree. The requests: every 8th path whose filled form another template
 * also matches (where the order of specificity decides), and every 40th path of the rest; each
 * with its parameters filled with a plain value and with "latest" (a literal segment elsewhere),
 * and each method the path documents plus one it may not.
 */
import { type Document, OpenAPIRouter } from "openapi-backend";
import { describe, expect, it } from "vitest";
import { loadGitHubApiDescription } from "../../src/github/openapi.ts";

const pattern = (template: string) =>
  new RegExp(`^${template.replace(/[.*+?^$()|[\]\\]/g, "\\$&").replace(/\\?\{[^}]*\\?\}/g, "[^/]+")}$`);

describe("GitHub's API description", () => {
  it("routes requests as openapi-backend's router does", async () => {
    const description = await loadGitHubApiDescription();
    const library = new OpenAPIRouter({ definition: description.definition as Document });
    const paths = (description.definition as { paths: Record<string, Record<string, unknown>> }).paths;
    const templates = Object.keys(paths);
    const patterns = templates.map(pattern);
    const requests: { method: string; path: string }[] = [];
    templates.forEach((template, index) => {
      for (const value of ["x", "latest"]) {
        const path = template.replace(/\{[^}]*\}/g, value);
        // The fake's one deliberate difference: compare/{base}...{head} is compare/{basehead}.
        if (/^\/repos\/[^/]+\/[^/]+\/compare\/[^/]+$/.test(path)) continue;
        const contested = patterns.filter((other) => other.test(path)).length > 1;
        if (index % (contested ? 8 : 40) !== 0) continue;
        const documented = Object.keys(paths[template] ?? {}).filter((key) => key !== "parameters");
        for (const method of new Set([...documented, "patch"])) requests.push({ method, path });
      }
    });
    expect(requests.length).toBeGreaterThan(100);
    for (const { method, path } of requests) {
      const request = { method, path, query: {}, headers: {} };
      const ours = description.match(request)?.operationId;
      const theirs = library.matchOperation(request)?.operationId;
      expect(`${method} ${path}: ${ours}`).toBe(`${method} ${path}: ${theirs}`);
    }
  });
});
