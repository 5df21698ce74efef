/**
 * A forward proxy on 127.0.0.1, as a corporate proxy in front of a self-hosted runner: it
 * tunnels `CONNECT host:port` (what undici's ProxyAgent and @actions/http-client send for every
 * proxied request) and forwards absolute-URI requests (`GET http://host/…`, the plain-HTTP
 * form). It alone knows the hostnames given to it: a client that skips it and resolves such a
 * name itself fails (`getaddrinfo ENOTFOUND`), so a test aimed at those names proves that
 * every request went through the proxy. Every request is recorded.
 */
import { createServer, request as httpRequest } from "node:http";
import { type AddressInfo, connect, type Socket } from "node:net";

/** A request the proxy handled: a tunnel or a forwarded request. */
export interface ProxiedRequest {
  readonly method: string;
  /** `host:port` of a CONNECT, or the absolute URL of a forwarded request. */
  readonly target: string;
}

/** A started proxy. */
export interface ConnectProxy {
  /** `http://127.0.0.1:<port>`: the value of HTTPS_PROXY / HTTP_PROXY. */
  readonly url: string;
  /** Every CONNECT and forwarded request, in order. */
  readonly requests: ProxiedRequest[];
  stop(): Promise<void>;
}

/**
 * Starts a proxy that resolves `hosts` (name → address, e.g. `github.proxy.test` → 127.0.0.1)
 * and refuses any other name with 502, so a test cannot reach the internet through it.
 */
export async function startConnectProxy(hosts: Readonly<Record<string, string>>): Promise<ConnectProxy> {
  const requests: ProxiedRequest[] = [];
  const sockets = new Set<Socket>();
  const resolveHost = (host: string) => hosts[host.toLowerCase()];
  const server = createServer((request, response) => {
    const target = request.url ?? "";
    requests.push({ method: request.method ?? "GET", target });
    const url = URL.parse(target);
    const address = url && resolveHost(url.hostname);
    if (!url || !address) {
      response.writeHead(502).end(`proxy: unknown host in ${target}`);
      return;
    }
    const upstream = httpRequest(
      {
        host: address,
        port: url.port || 80,
        method: request.method,
        path: `${url.pathname}${url.search}`,
        headers: request.headers,
      },
      (answer) => {
        response.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(response);
      },
    );
    upstream.on("error", () => response.destroy());
    request.pipe(upstream);
  });
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  server.on("connect", (request, client: Socket, head: Buffer) => {
    const target = request.url ?? "";
    requests.push({ method: "CONNECT", target });
    const colon = target.lastIndexOf(":");
    const address = resolveHost(target.slice(0, colon));
    if (colon < 0 || !address) {
      client.end("HTTP/1.1 502 Bad Gateway\r\n\r\n");
      return;
    }
    const upstream = connect(Number(target.slice(colon + 1)), address, () => {
      client.write("HTTP/1.1 200 Connection Established\r\n\r\n");
      if (head.length > 0) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    sockets.add(upstream);
    upstream.on("close", () => sockets.delete(upstream));
    upstream.on("error", () => client.destroy());
    client.on("error", () => upstream.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    async stop() {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
