import { type LocalServer, startLocalServer } from "@release-actions/testkit";
import { afterEach, beforeEach, expect, it } from "vitest";
import { timedFetch } from "../src/timed-fetch.ts";

let server: LocalServer;
beforeEach(async () => {
  server = await startLocalServer();
  server.serve((request, response) => {
    if (request.url === "/audience") response.end('{"audience":"pypi"}');
    // Any other path never answers.
  });
});
afterEach(() => server.stop());

it("answers within the limit as fetch does", async () => {
  const response = await timedFetch(
    fetch,
    `${server.url}/audience`,
    {},
    { limitMs: 2_000, what: "Audience" },
  );
  expect(await response.json()).toEqual({ audience: "pypi" });
});

it("names the request that outlasted its limit", async () => {
  const { host } = new URL(server.url);
  await expect(
    timedFetch(fetch, `${server.url}/hangs`, {}, { limitMs: 200, what: "GitHub: OIDC token request" }),
  ).rejects.toThrow(`GitHub: OIDC token request timed out (no answer from ${host} within 0.2 s)`);
});
