/**
 * What a stage bundle gets when the toolkit asks for `undici` (the `paths` of each
 * actions/<stage>/tsconfig.json, which ncc honours): `@actions/http-client` imports undici's
 * `ProxyAgent`, `@actions/github` its `fetch`, and proxy-fetch.ts both, all for requests through a
 * proxy only. undici was more than half of every bundle, so it is loaded, as a chunk of its own,
 * by the first request that goes through a proxy; without one, Node's own fetch serves
 * `@actions/github`. A `ProxyAgent` made here only keeps its options until then: the toolkit hands
 * it to this module's `fetch` and to nothing else. (No top-level await to load undici earlier:
 * `@actions/github`'s CommonJS copy of the http-client `require`s this module, and webpack gives
 * `require` of a module with a top-level await a promise, not the module.)
 * scripts/build.ts fails on a toolkit that imports a name this module does not export, and on a
 * stage whose entry chunk holds undici. Unit tests run on the real undici (vitest ignores
 * `paths`); the bundle tests (proxy ones included) run on this module.
 */
type Undici = typeof import("undici/index.js");

let undici: Promise<Undici> | undefined;

// `undici/index.js` is the package itself: `paths` maps only the bare name `undici` here.
const loadUndici = () => {
  undici ??= import("undici/index.js");
  return undici;
};

/** What `new ProxyAgent(options)` makes: undici's agent, made when a request first needs it. */
class ProxyAgentOnDemand {
  readonly #options: ConstructorParameters<Undici["ProxyAgent"]>[0];
  #agent: Promise<InstanceType<Undici["ProxyAgent"]>> | undefined;

  constructor(options: ConstructorParameters<Undici["ProxyAgent"]>[0]) {
    this.#options = options;
  }

  /** undici's `ProxyAgent` with these options, made once. */
  agent(): Promise<InstanceType<Undici["ProxyAgent"]>> {
    this.#agent ??= loadUndici().then(({ ProxyAgent }) => new ProxyAgent(this.#options));
    return this.#agent;
  }
}

/** undici's `ProxyAgent`, for `new ProxyAgent(options)` (the toolkit makes one per proxy). */
export const ProxyAgent = ProxyAgentOnDemand as unknown as Undici["ProxyAgent"];
export type ProxyAgent = InstanceType<Undici["ProxyAgent"]>;

/**
 * undici's `fetch`: undici's own, with the real agent, when the request names a `ProxyAgent` made
 * here; Node's otherwise (`@actions/github` passes `dispatcher: undefined` when no proxy applies).
 */
export const fetch = (async (input, init) => {
  const dispatcher: unknown = init?.dispatcher;
  if (dispatcher === undefined) return globalThis.fetch(input as string, init as RequestInit);
  if (!(dispatcher instanceof ProxyAgentOnDemand))
    throw new TypeError("undici-on-demand: fetch takes only a dispatcher made by its own ProxyAgent.");
  const [{ fetch: undiciFetch }, agent] = await Promise.all([loadUndici(), dispatcher.agent()]);
  return undiciFetch(input, { ...init, dispatcher: agent });
}) as Undici["fetch"];
