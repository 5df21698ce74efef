/**
 * Where the release policy is read from, against the fake GitHub: the workflow's commit, or the
 * default branch when the runner gives no commit; a missing file means the defaults, while a file
 * GitHub would not give is an error that names the "config" input.
 */
import { type FakeRepository, stageDeps } from "@release-actions/testkit";
import { useFakeGitHub } from "@release-actions/testkit/vitest";
import { beforeAll, describe, expect, it } from "vitest";
import { ConfigurationError } from "../src/errors.ts";
import { loadReleasePolicy } from "../src/policy-loader.ts";

const fakeGitHub = useFakeGitHub();
const POLICY = ".github/release-strategy.yml";
let repository: FakeRepository;
let head: string;

beforeAll(async () => {
  repository = await fakeGitHub().createRepository("acme/policy", {
    files: { "README.md": "policy\n", [POLICY]: "maintained-streams: 2\n" },
    message: "Initial import",
  });
  head = (await repository.refSha("heads/main")) as string;
});

const load = (path: string, ref: string) => {
  const { github, log } = stageDeps(fakeGitHub(), repository.fullName);
  return loadReleasePolicy(github, path, ref, log);
};
const contentRequests = () =>
  fakeGitHub().requests.filter((request) => request.operationId === "repos/get-content");

describe("loadReleasePolicy", () => {
  it.each<[string, string, () => string, number, string]>([
    ["the file at the workflow's commit", POLICY, () => head, 2, `${POLICY}@`],
    [
      "the default branch's file when the runner has no commit",
      POLICY,
      () => "",
      2,
      `${POLICY} on the default branch`,
    ],
    ["the defaults when the file does not exist", ".github/missing.yml", () => head, 1, "defaults"],
  ])("reads %s", async (_, path, ref, streams, source) => {
    const policy = await load(path, ref());
    expect(policy.maintainedStreams).toBe(streams);
    expect(policy.source.startsWith(source)).toBe(true);
    expect(contentRequests().map((request) => request.query.ref)).toEqual([ref() || undefined]);
  });

  it.each<[string, { status: number; body?: unknown }, number, RegExp, boolean]>([
    [
      "a 403",
      { status: 403, body: { message: "Resource not accessible by integration" } },
      1,
      /GitHub answered 403 \(Resource not accessible by integration.*\)\. The token needs "contents: read"/,
      true,
    ],
    [
      "a 502 that outlasts the retries",
      { status: 502 },
      4,
      /GitHub answered 502 .* The default policy is used only when the file does not exist; run the job again/,
      false,
    ],
  ])("refuses %s instead of falling back to the defaults", async (_, fault, times, message, yours) => {
    fakeGitHub().injectFault({ operationId: "repos/get-content", times, fault });
    const failure = await load(POLICY, head).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(Error);
    expect((failure as Error).message).toMatch(
      /^Could not read the release policy \.github\/release-strategy\.yml \(input "config"\) at [0-9a-f]{12}: /,
    );
    expect((failure as Error).message).toMatch(message);
    expect(failure instanceof ConfigurationError).toBe(yours);
    expect(contentRequests()).toHaveLength(times);
  });
});
