/**
 * Vitest setup: `@sigstore/sign` is loaded by Node itself, not through vitest's resolver, so a
 * resolve hook gives its `require("make-fetch-happen")` the module the bundle maps that name to
 * (tsconfig.json `paths`). The tests then sign through the same HTTP client the action ships.
 */
import { registerHooks } from "node:module";

const sigstoreFetch = new URL("../src/sigstore-fetch.ts", import.meta.url).href;

registerHooks({
  resolve: (specifier, context, nextResolve) =>
    specifier === "make-fetch-happen"
      ? { url: sigstoreFetch, shortCircuit: true }
      : nextResolve(specifier, context),
});
