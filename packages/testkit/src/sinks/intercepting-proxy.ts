/**
 * An HTTPS proxy for a stage's committed bundle: the bundle keeps its real webhook URLs
 * (`https://hooks.slack.com/…`, `https://discord.com/…`) and reaches the sinks through
 * `HTTPS_PROXY`, the way a runner behind a corporate proxy reaches the services. The proxy answers
 * `CONNECT` for the routed hosts only, terminates TLS with a certificate of a throw-away test CA
 * (the child trusts it through `NODE_EXTRA_CA_CERTS`) and passes the decrypted HTTP to the sink;
 * any other host is refused, so nothing leaves the machine. Certificates are made with `openssl`.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import { type AddressInfo, connect, type Socket } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { TLSSocket } from "node:tls";

/** A started proxy and what a child process needs to go through it. */
export interface InterceptingProxy {
  /** Hosts whose CONNECT was answered, in order. */
  readonly connects: string[];
  /** `HTTPS_PROXY`, `NO_PROXY` (loopback), `NODE_USE_ENV_PROXY`, `NODE_EXTRA_CA_CERTS`. */
  readonly env: Readonly<Record<string, string>>;
  stop(): Promise<void>;
}

function certificates(dir: string, hosts: readonly string[]): { key: string; cert: string; ca: string } {
  const openssl = (...args: string[]) => execFileSync("openssl", args, { cwd: dir, stdio: "pipe" });
  const ec = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes"];
  openssl(
    "req",
    "-x509",
    ...ec,
    "-keyout",
    "ca.key",
    "-out",
    "ca.pem",
    "-days",
    "2",
    "-subj",
    "/CN=release-actions testkit CA",
    "-addext",
    "basicConstraints=critical,CA:TRUE",
    "-addext",
    "keyUsage=critical,keyCertSign",
  );
  openssl("req", ...ec, "-keyout", "leaf.key", "-out", "leaf.csr", "-subj", `/CN=${hosts[0]}`);
  writeFileSync(
    join(dir, "leaf.ext"),
    `subjectAltName=${hosts.map((host) => `DNS:${host}`).join(",")}\nextendedKeyUsage=serverAuth\n`,
  );
  openssl(
    "x509",
    "-req",
    "-in",
    "leaf.csr",
    "-CA",
    "ca.pem",
    "-CAkey",
    "ca.key",
    "-CAcreateserial",
    "-out",
    "leaf.pem",
    "-days",
    "2",
    "-extfile",
    "leaf.ext",
  );
  const read = (name: string) => readFileSync(join(dir, name), "utf8");
  return { key: read("leaf.key"), cert: read("leaf.pem"), ca: read("ca.pem") };
}

/**
 * Starts a proxy that sends `routes`' hosts (`hooks.slack.com` → a sink's `http://127.0.0.1:port`)
 * to local servers.
 */
export async function startInterceptingProxy(
  routes: Readonly<Record<string, string>>,
): Promise<InterceptingProxy> {
  const dir = mkdtempSync(join(tmpdir(), "intercepting-proxy-"));
  const { key, cert } = certificates(dir, Object.keys(routes));
  const connects: string[] = [];
  const sockets = new Set<Socket>();
  const server = createServer((_request, response) => response.writeHead(405).end());
  server.on("connection", (socket: Socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  server.on("connect", (request, client: Socket) => {
    const host = (request.url ?? "").replace(/:\d+$/, "");
    const target = routes[host];
    if (!target) {
      client.end("HTTP/1.1 403 Forbidden\r\n\r\n");
      return;
    }
    connects.push(host);
    client.write("HTTP/1.1 200 Connection Established\r\n\r\n");
    const tls = new TLSSocket(client, { isServer: true, key, cert });
    const { hostname, port } = new URL(target);
    const upstream = connect(Number(port), hostname);
    sockets.add(upstream);
    upstream.on("close", () => sockets.delete(upstream));
    tls.pipe(upstream).pipe(tls);
    const end = () => {
      tls.destroy();
      upstream.destroy();
    };
    tls.on("error", end);
    upstream.on("error", end);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    connects,
    env: {
      HTTPS_PROXY: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
      NO_PROXY: "127.0.0.1,localhost",
      NODE_USE_ENV_PROXY: "1",
      NODE_EXTRA_CA_CERTS: join(dir, "ca.pem"),
    },
    async stop() {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
