import { createServer } from "node:net";
import { expect, it } from "vitest";
import { getErrorMessage } from "../src/strategy/errors.ts";

it("gives the message of anything thrown", () => {
  expect(getErrorMessage(new Error("boom"))).toBe("boom");
  expect(getErrorMessage("plain")).toBe("plain");
  expect(getErrorMessage({ message: "object" })).toBe("object");
  expect(getErrorMessage(undefined)).toBe("undefined");
});

it("adds what the cause chain says, as Node's fetch keeps the reason there", async () => {
  // A port nothing listens on: one a server had, once it stopped.
  const server = createServer().listen(0, "127.0.0.1");
  await new Promise((resolve) => server.once("listening", resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  const failed = await fetch(`http://127.0.0.1:${port}/`).catch((error: unknown) => error);
  expect(getErrorMessage(failed)).toBe(`fetch failed (connect ECONNREFUSED 127.0.0.1:${port})`);
  const wrapped = new Error("error creating signing certificate", { cause: failed });
  expect(getErrorMessage(wrapped)).toBe(
    `error creating signing certificate (fetch failed: connect ECONNREFUSED 127.0.0.1:${port})`,
  );
});

it("leaves out causes the message already says, and stops at a cycle", () => {
  const inner = new Error("503 Service Unavailable");
  expect(getErrorMessage(new Error("Fulcio answered 503 Service Unavailable", { cause: inner }))).toBe(
    "Fulcio answered 503 Service Unavailable",
  );
  const looping = new Error("outer");
  const middle = new Error("middle", { cause: looping });
  Object.assign(looping, { cause: middle });
  expect(getErrorMessage(looping)).toBe("outer (middle)");
});
