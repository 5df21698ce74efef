import { type LocalServer, RecordingLog, startLocalServer } from "@release-actions/testkit";
import { afterEach, beforeEach, expect, it } from "vitest";
import { fetchAnswer, retryAfterMs, withRetries } from "../src/request-retries.ts";

let server: LocalServer;
/** What the server answers, request after request: [status, body, headers]. */
let answers: [number, string, Record<string, string>?][];
let served: number;
beforeEach(async () => {
  answers = [];
  served = 0;
  server = await startLocalServer();
  server.serve((request, response) => {
    served++;
    if (request.url === "/hangs") return;
    const [status, body, headers] = answers.shift() ?? [200, '{"audience":"pypi"}'];
    response.writeHead(status, headers);
    response.end(body);
  });
});
afterEach(() => server.stop());

const RETRY = { attempts: 3, backoffMs: 1, idleTimeoutMs: 1_000 };
const audience = (log = new RecordingLog()) =>
  withRetries("Audience", RETRY, log, () =>
    fetchAnswer(
      fetch,
      `${server.url}/audience`,
      {},
      { limitMs: 2_000, what: "Audience" },
      (response, text) => [response.status, JSON.parse(text)],
    ),
  );

it("reads an answer within the limit", async () => {
  expect(await audience()).toEqual([200, { audience: "pypi" }]);
});

it("names the request that outlasted its limit", async () => {
  const { host } = new URL(server.url);
  await expect(
    fetchAnswer(
      fetch,
      `${server.url}/hangs`,
      {},
      { limitMs: 200, what: "GitHub: OIDC token request" },
      () => 1,
    ),
  ).rejects.toThrow(`GitHub: OIDC token request timed out (no answer from ${host} within 0.2 s)`);
});

it("retries 5xx, 429 and a malformed answer, each a warning; gives a 4xx to the reader", async () => {
  answers = [
    [503, "down"],
    [429, "slow down", { "retry-after": "0" }],
  ];
  const log = new RecordingLog();
  expect(await audience(log)).toEqual([200, { audience: "pypi" }]);
  expect(log.messages("warning")).toEqual([
    "Audience: 503 Service Unavailable; retrying (1/2).",
    "Audience: 429 Too Many Requests; retrying (2/2).",
  ]);
  answers = [[200, '{"audience": "py']];
  expect(await audience()).toEqual([200, { audience: "pypi" }]);
  answers = [[404, "{}"]];
  expect(await audience()).toEqual([404, {}]);
});

it("gives up after the last attempt, saying what failed and how often", async () => {
  answers = [
    [500, ""],
    [502, ""],
    [500, ""],
  ];
  await expect(audience()).rejects.toThrow("Audience failed 3 times; last: 500 Internal Server Error");
  expect(served).toBe(3);
});

it("reads Retry-After as seconds or as a date", () => {
  expect(retryAfterMs("3")).toBe(3_000);
  expect(retryAfterMs("Wed, 21 Oct 2026 07:28:05 GMT", Date.parse("Wed, 21 Oct 2026 07:28:00 GMT"))).toBe(
    5_000,
  );
  expect(retryAfterMs("soon")).toBeUndefined();
});

it("refuses at once a host name that does not resolve, naming it and the inputs to check", async () => {
  // As undici reports it: fetch's TypeError, caused by getaddrinfo's ENOTFOUND.
  let asked = 0;
  const unresolved: typeof fetch = async () => {
    asked++;
    throw new TypeError("fetch failed", {
      cause: Object.assign(new Error("getaddrinfo ENOTFOUND upload.pypi.example"), { code: "ENOTFOUND" }),
    });
  };
  const log = new RecordingLog();
  await expect(
    withRetries("Audience", RETRY, log, () =>
      fetchAnswer(
        unresolved,
        "https://upload.pypi.example/_/oidc/audience",
        {},
        { limitMs: 2_000, what: "Audience" },
        () => 1,
      ),
    ),
  ).rejects.toThrow(
    /^upload\.pypi\.example does not resolve \(the DNS lookup answered ENOTFOUND\): check repository-url and index-url/,
  );
  expect(asked).toBe(1);
  expect(log.messages("warning")).toEqual([]);
});
