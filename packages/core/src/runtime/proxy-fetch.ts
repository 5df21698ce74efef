/**
 * The `fetch` every request of a stage goes through (the GitHub gateway's and `deps.fetch`):
 * it honours `HTTPS_PROXY`, `HTTP_PROXY` and `NO_PROXY` (and their lower-case forms) with the
 * toolkit's rules (`@actions/http-client`'s `getProxyUrl`: `NO_PROXY` entries match a host, its
 * subdomains or `host:port`; loopback hosts never use a proxy). A request that needs a proxy is
 * tunnelled through it by undici's `ProxyAgent` (CONNECT); bodies still stream.
 */
import type { Agent } from "node:http";
import { getProxyUrl, HttpClient } from "@actions/http-client";
import { ProxyAgent, fetch as undiciFetch } from "undici";

function urlOf(input: string | URL | Request): string {
  if (typeof input === "string") return input;
  return input instanceof URL ? input.href : input.url;
}

/** A fetch that sends each request through the proxy the environment names for its URL, if any. */
export function createProxyFetch(base: typeof fetch = globalThis.fetch): typeof fetch {
  const agents = new Map<string, ProxyAgent>();
  return (input, init) => {
    const proxy = getProxyUrl(urlOf(input));
    if (!proxy) return base(input, init);
    let agent = agents.get(proxy);
    if (!agent) {
      agent = new ProxyAgent(proxy);
      agents.set(proxy, agent);
    }
    // undici's own fetch: the dispatcher must come from the same undici as the fetch.
    return undiciFetch(input as Parameters<typeof undiciFetch>[0], {
      ...(init as Parameters<typeof undiciFetch>[1]),
      dispatcher: agent,
    }) as unknown as Promise<Response>;
  };
}

/**
 * The `node:http` / `node:https` agent for a request to `url`: the toolkit's agent that tunnels
 * through the proxy the environment names for that URL, or undefined (Node's default agent)
 * when none applies. For the one client that needs `node:http` itself: publish-pypi's upload,
 * which keeps the HTTP/1.1 reason phrase where Warehouse puts its error text.
 */
export function proxyAgentFor(url: string): Agent | undefined {
  return getProxyUrl(url) ? new HttpClient().getAgent(url) : undefined;
}
