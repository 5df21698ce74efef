/**
 * The gateway's check of GitHub's answers (issue 15): a 200 cut mid-body, a body that is not
 * JSON, a list endpoint answering an object, an object without its required fields — each is
 * asked again and refused when it keeps coming, never read as an empty list.
 */
import { type FakeRepository, stageDeps } from "@release-actions/testkit";
import { useFakeGitHub } from "@release-actions/testkit/vitest";
import { beforeAll, describe, expect, it } from "vitest";
import { ANSWER_RULES, answerProblem, MalformedAnswerError } from "../src/github/response-checks.ts";

const fakeGitHub = useFakeGitHub();
let repository: FakeRepository;

beforeAll(async () => {
  repository = await fakeGitHub().createRepository("acme/answers", { files: { "README.md": "answers\n" } });
  for (const title of ["One", "Two"])
    await repository.landPullRequest({
      base: "main",
      title,
      author: fakeGitHub().addUser("alice"),
      files: { [title]: title },
    });
});

const SAMPLES: readonly [string, string][] = [
  ["GET", "/repos/o/r/pulls"],
  ["POST", "/repos/o/r/pulls"],
  ["GET", "/repos/o/r/pulls/7"],
  ["PATCH", "/repos/o/r/pulls/7"],
  ["GET", "/repos/o/r/pulls/7/reviews"],
  ["GET", "/repos/o/r/pulls/7/commits"],
  ["GET", "/repos/o/r/commits"],
  ["GET", "/repos/o/r/commits/abc123/pulls"],
  ["GET", "/repos/o/r/commits/abc123"],
  ["GET", "/repos/o/r/compare/v1.0.0...main"],
  ["GET", "/repos/o/r/contributors"],
  ["GET", "/repos/o/r/milestones"],
  ["POST", "/repos/o/r/milestones"],
  ["GET", "/repos/o/r/releases"],
  ["POST", "/repos/o/r/releases"],
  ["GET", "/repos/o/r/releases/tags/v1.0.0"],
  ["PATCH", "/repos/o/r/releases/12"],
  ["GET", "/repos/o/r/git/matching-refs/tags%2Fv"],
  ["GET", "/repos/o/r/git/ref/heads%2Fmain"],
  ["POST", "/repos/o/r/git/refs"],
  ["PATCH", "/repos/o/r/git/refs/heads%2Fmain"],
  ["GET", "/repos/o/r/git/tags/0123abcd"],
  ["POST", "/repos/o/r/git/tags"],
  ["POST", "/repos/o/r/git/trees"],
  ["GET", "/repos/o/r/git/commits/0123abcd"],
  ["POST", "/repos/o/r/git/commits"],
  ["GET", "/repos/o/r/releases/7/assets"],
  ["POST", "/repos/o/r/releases/7/assets"],
  ["GET", "/repos/o/r/issues"],
  ["GET", "/repos/o/r/rulesets"],
  ["GET", "/repos/o/r"],
  ["GET", "/orgs/o/teams/t/members"],
];

describe("the answer rules", () => {
  it("ask only for fields GitHub's OpenAPI description requires of each operation", () => {
    const api = fakeGitHub().api;
    const covered = new Set<unknown>();
    for (const [method, path] of SAMPLES) {
      const rule = ANSWER_RULES.find((candidate) => candidate.method === method && candidate.path.test(path));
      expect(rule, `${method} ${path} has a rule`).toBeDefined();
      covered.add(rule);
      const operation = api.match({ method: method.toLowerCase(), path, query: {}, headers: {} });
      expect(operation, `${method} ${path} is an operation of GitHub's API`).toBeDefined();
      if (!operation || !rule) continue;
      const schema = api.resolve(
        api.responseSchema(operation, 200) ?? api.responseSchema(operation, 201),
      ) as { type?: string; items?: unknown; required?: string[] };
      expect(schema.type, `${operation.operationId} answers a ${rule.list ? "list" : "object"}`).toBe(
        rule.list ? "array" : "object",
      );
      const object = (rule.list ? api.resolve(schema.items) : schema) as { required?: string[] };
      for (const field of rule.fields)
        expect(object.required ?? [], `${operation.operationId} requires "${field}"`).toContain(field);
    }
    expect(covered.size).toBe(ANSWER_RULES.length);
  });

  it.each<[string, unknown, RegExp | undefined]>([
    ['a body cut off (Octokit\'s data: "")', "", /cut off/],
    ["a body that is not JSON", "<html>proxy error</html>", /not JSON/],
    ["an object where a list is promised", { message: "ok" }, /object where a list was expected/],
    ["an item without its number", [{ title: "x" }], /item 1 of the list is an object without its "number"/],
    ["a null body", null, /not a JSON object or list/],
    ["an empty list (a real answer)", [], undefined],
  ])("judge %s", (_, data, problem) => {
    const found = answerProblem(
      "GET",
      "/api/v3/repos/o/r/pulls",
      200,
      "application/json; charset=utf-8",
      data,
    );
    if (problem) expect(found).toMatch(problem);
    else expect(found).toBeUndefined();
  });

  it("leave alone what is not JSON, and what has no body", () => {
    expect(answerProblem("POST", "/markdown", 200, "text/html;charset=utf-8", "<p>hi</p>")).toBeUndefined();
    expect(
      answerProblem("GET", "/repos/o/r/contents/a", 200, "application/vnd.github.raw", "text"),
    ).toBeUndefined();
    expect(
      answerProblem("DELETE", "/repos/o/r/git/refs/heads%2Fx", 204, "application/json", ""),
    ).toBeUndefined();
  });
});

describe("the gateway", () => {
  it("asks again for a page cut mid-body and reads the whole list", async () => {
    const fake = fakeGitHub();
    const { github } = stageDeps(fake, repository.fullName);
    fake.injectFault({ operationId: "pulls/list", fault: { cut: true } });
    const pulls = await github.client.paginate("GET /repos/{owner}/{repo}/pulls", {
      owner: github.owner,
      repo: github.repo,
      state: "closed",
    });
    expect(pulls.map((pull) => pull.title).sort()).toEqual(["One", "Two"]);
    expect(fake.requests.map((request) => request.faultKind ?? request.status)).toEqual(["cut", 200]);
  });

  it("refuses a list that keeps coming cut, malformed or as an object — never an empty list", async () => {
    const fake = fakeGitHub();
    const { github } = stageDeps(fake, repository.fullName);
    fake.injectFault({ operationId: "pulls/list", times: 2, fault: { cut: true } });
    fake.injectFault({ operationId: "pulls/list", fault: { status: 200, body: { message: "not a list" } } });
    fake.injectFault({ operationId: "pulls/list", fault: { status: 200, body: [{ title: "no number" }] } });
    const read = github.client.paginate("GET /repos/{owner}/{repo}/pulls", {
      owner: github.owner,
      repo: github.repo,
      state: "closed",
    });
    await expect(read).rejects.toBeInstanceOf(MalformedAnswerError);
    await expect(read).rejects.toThrow(
      /^GitHub's answer to GET \/api\/v3\/repos\/acme\/answers\/pulls is not what its API promises: item 1 of the list is an object without its "number"\. .*refused rather than read as empty/,
    );
    expect(fake.requests).toHaveLength(4);
  });
});
