/**
 * Where the optional files of the user's repository are read from, against the fake GitHub: the
 * release policy and the release-notes categories, at the workflow's commit, or on the default
 * branch when the runner gives no commit. A missing file means the defaults, while a file GitHub
 * would not give (no permission, a commit that no longer exists, an outage) is an error that
 * names the input or policy key the path came from.
 */
import { type FakeRepository, stageDeps } from "@release-actions/testkit";
import { useFakeGitHub } from "@release-actions/testkit/vitest";
import { beforeAll, describe, expect, it } from "vitest";
import { loadReleasePolicy } from "../src/github/policy-loader.ts";
import { loadNotesConfig } from "../src/github/release-notes-config-loader.ts";
import { ConfigurationError } from "../src/strategy/errors.ts";
import { DEFAULT_NOTES_CONFIG } from "../src/strategy/release-notes-config.ts";

const fakeGitHub = useFakeGitHub();
const POLICY = ".github/release-strategy.yml";
const CATEGORIES = ".github/release.yml";
/** A commit the repository does not have: the workflow's commit after a force-push. */
const GONE = "0f".repeat(20);
let repository: FakeRepository;
let head: string;

beforeAll(async () => {
  repository = await fakeGitHub().createRepository("acme/policy", {
    files: {
      "README.md": "policy\n",
      [POLICY]: "maintained-streams: 2\n",
      [CATEGORIES]: "changelog:\n  categories:\n    - title: Everything\n      labels: ['*']\n",
    },
    message: "Initial import",
  });
  head = (await repository.refSha("heads/main")) as string;
});

const load = (path: string, ref: string) => {
  const { github, log } = stageDeps(fakeGitHub(), repository.fullName);
  return loadReleasePolicy(github, path, ref, log);
};
const loadCategories = (path: string, ref: string) =>
  loadNotesConfig(stageDeps(fakeGitHub(), repository.fullName).github, path, ref);
const literally = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
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
});

describe("loadNotesConfig", () => {
  it.each<[string, string, string[], string]>([
    ["the file at the workflow's commit", CATEGORIES, ["Everything"], `${CATEGORIES}@`],
    [
      "the default categories when the file does not exist",
      ".github/missing.yml",
      DEFAULT_NOTES_CONFIG.categories.map((category) => category.title),
      "defaults",
    ],
  ])("reads %s", async (_, path, titles, source) => {
    const config = await loadCategories(path, head);
    expect(config.categories.map((category) => category.title)).toEqual(titles);
    expect(config.source.startsWith(source)).toBe(true);
  });
});

describe.each<[string, string, string, (path: string, ref: string) => Promise<unknown>]>([
  ["the release policy", POLICY, '(input "config")', load],
  ["the release-notes categories", CATEGORIES, '(policy key "changelog.categories")', loadCategories],
])("reading %s", (what, path, namedBy, read) => {
  const prefix = new RegExp(
    `^Could not read ${what} ${literally(path)} ${literally(namedBy)} at [0-9a-f]{12}: `,
  );
  it.each<[string, { status: number; body?: unknown } | undefined, () => string, number, RegExp, boolean]>([
    [
      "a 403",
      { status: 403, body: { message: "Resource not accessible by integration" } },
      () => head,
      1,
      /GitHub answered 403 \(Resource not accessible by integration.*\)\. The token needs "contents: read"/,
      true,
    ],
    [
      "a 502 that outlasts the retries",
      { status: 502 },
      () => head,
      4,
      /GitHub answered 502 .* Only a missing file means the default (policy|categories): run the job again/,
      false,
    ],
    [
      "a workflow commit that no longer exists",
      undefined,
      () => GONE,
      1,
      new RegExp(
        `GitHub answered 404 \\(No commit found for the ref ${GONE}.*\\)\\. The workflow's commit ${GONE} no longer exists .*: re-run the workflow on an existing commit\\.$`,
      ),
      true,
    ],
  ])("refuses %s instead of falling back to the defaults", async (_, fault, ref, times, message, yours) => {
    if (fault) fakeGitHub().injectFault({ operationId: "repos/get-content", times, fault });
    const failure = await read(path, ref()).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(Error);
    expect((failure as Error).message).toMatch(prefix);
    expect((failure as Error).message).toMatch(message);
    expect(failure instanceof ConfigurationError).toBe(yours);
    expect(contentRequests()).toHaveLength(times);
  });
});
