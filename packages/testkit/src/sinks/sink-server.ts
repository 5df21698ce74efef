/**
 * What the chat sinks share: a local server that records what it received and answers injected
 * faults first, and a fetch that sends requests for the real services' hosts to the sinks, so a
 * stage keeps validating the real webhook URLs (`https://hooks.slack.com/...`) in tests.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { type LocalServer, startLocalServer } from "../local-server.ts";

/** A request a sink received. */
export interface SinkRequest {
  readonly method: string;
  /** Path and query, e.g. `/services/T0/B0/x` or `/api/webhooks/1/abc?wait=true`. */
  readonly path: string;
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  readonly body: string;
}

/** A response a sink sends instead of its normal answer (a fault injected by a test). */
export interface SinkFault {
  readonly status: number;
  readonly body?: string;
  readonly headers?: Readonly<Record<string, string>>;
  /** How many requests get this answer (default 1). */
  readonly times?: number;
}

/** An answer of a sink. */
export interface SinkReply {
  readonly status: number;
  readonly body?: string;
  readonly headers?: Readonly<Record<string, string>>;
}

/** A started sink: records requests, answers faults first, then `answer`. */
export class SinkServer {
  readonly requests: SinkRequest[] = [];
  readonly #faults: { fault: SinkFault; left: number }[] = [];
  readonly #server: LocalServer;

  protected constructor(server: LocalServer) {
    this.#server = server;
    server.serve((request, response) => this.#serve(request, response));
  }

  protected static async listen(): Promise<LocalServer> {
    return startLocalServer();
  }

  /** `http://127.0.0.1:<port>`. */
  get url(): string {
    return this.#server.url;
  }

  /** Answers the next request(s) with `fault` instead of the normal answer. */
  injectFault(fault: SinkFault): void {
    this.#faults.push({ fault, left: fault.times ?? 1 });
  }

  stop(): Promise<void> {
    return this.#server.stop();
  }

  /** The sink's normal answer to a request. */
  protected answer(_request: SinkRequest): SinkReply {
    return { status: 404, body: "" };
  }

  async #serve(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const received: SinkRequest = {
      method: request.method ?? "GET",
      path: request.url ?? "/",
      headers: request.headers,
      body: Buffer.concat(chunks).toString("utf8"),
    };
    this.requests.push(received);
    const pending = this.#faults.find((entry) => entry.left > 0);
    let reply: SinkReply;
    if (pending) {
      pending.left--;
      reply = pending.fault;
    } else {
      reply = this.answer(received);
    }
    response.writeHead(reply.status, reply.headers ?? {}).end(reply.body ?? "");
  }
}

/**
 * A fetch that sends requests for `routes`' origins (`https://hooks.slack.com`) to the given
 * sink URLs, keeping path and query; every other request goes out unchanged.
 */
export function routedFetch(
  routes: Readonly<Record<string, string>>,
  base: typeof fetch = globalThis.fetch,
): typeof fetch {
  return (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    const target = routes[url.origin];
    if (!target) return base(input, init);
    return base(`${target}${url.pathname}${url.search}`, init);
  };
}

/** The body of a request parsed as JSON, or undefined when it is not JSON. */
export function jsonBody(request: SinkRequest): unknown {
  try {
    return JSON.parse(request.body);
  } catch {
    return undefined;
  }
}
