import type { IncomingMessage } from "node:http";
import { type LocalServer, startLocalServer } from "@release-actions/testkit";
import { afterEach, beforeEach, expect, it } from "vitest";
import fetchForSigstore from "../src/sigstore-fetch.ts";

let server: LocalServer;
let received: { method: string | undefined; headers: IncomingMessage["headers"]; body: string }[];

beforeEach(async () => {
  received = [];
  server = await startLocalServer();
  server.serve(async (request, response) => {
    let body = "";
    for await (const chunk of request) body += chunk;
    received.push({ method: request.method, headers: request.headers, body });
    if (request.url === "/slow") return; // never answers
    response.writeHead(201, { "content-type": "application/json" });
    response.end(JSON.stringify({ logged: true }));
  });
});
afterEach(() => server.stop());

it("sends what @sigstore/sign asks for and gives back the response", async () => {
  const response = await fetchForSigstore(`${server.url}/api/v1/log/entries`, {
    method: "POST",
    headers: { "Content-Type": "application/json", "User-Agent": "sigstore-js/5" },
    body: '{"kind":"dsse"}',
    timeout: 5_000,
    retry: false,
  });
  expect(response.status).toBe(201);
  expect(await response.json()).toEqual({ logged: true });
  expect(received).toEqual([
    expect.objectContaining({
      method: "POST",
      body: '{"kind":"dsse"}',
      headers: expect.objectContaining({ "content-type": "application/json", "user-agent": "sigstore-js/5" }),
    }),
  ]);
});

it("gives up on a request that outlasts its timeout", async () => {
  await expect(fetchForSigstore(`${server.url}/slow`, { timeout: 200 })).rejects.toThrow(/timeout|aborted/i);
});

it("refuses to be asked for retries it would not make", async () => {
  await expect(fetchForSigstore(`${server.url}/`, { retry: 2 })).rejects.toThrow(
    `fetchForSigstore does not retry (asked for retry: 2 by a request to ${server.url}/).`,
  );
  expect(received).toEqual([]);
});
