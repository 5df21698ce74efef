/**
 * The HTTP plumbing every fake of the bench shares (GitHub, PyPI, Sigstore): a server on a free
 * port of 127.0.0.1 that keeps track of its connections, so that stopping it also ends the
 * keep-alive connections clients left open.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";

/** A started server: its base URL and how to stop it. */
export interface LocalServer {
  /** `http://127.0.0.1:<port>`. */
  readonly url: string;
  /** Closes open connections and stops listening. */
  stop(): Promise<void>;
  /** Sets the request handler (once the fake that answers exists). */
  serve(handler: (request: IncomingMessage, response: ServerResponse) => Promise<void> | void): void;
}

/** Starts a server on a free port of 127.0.0.1. */
export async function startLocalServer(): Promise<LocalServer> {
  const server = createServer();
  const sockets = new Set<Socket>();
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    async stop() {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
    serve(handler) {
      server.on("request", (request, response) => void handler(request, response));
    },
  };
}
