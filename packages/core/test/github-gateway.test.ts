/**
 * The dry-run guard of the GitHub gateway, against the fake GitHub: in dry-run every request that
 * could change something is refused before it leaves the process (the fake's log stays empty),
 * while reads and the POSTs that only read reach GitHub.
 */
import { type FakeGitHub, type FakeRepository, stageDeps } from "@release-actions/testkit";
import { useFakeGitHub } from "@release-actions/testkit/vitest";
import { beforeAll, describe, expect, it } from "vitest";
import type { GitHubGateway } from "../src/github/github-gateway.ts";
import { DryRunWriteError } from "../src/strategy/errors.ts";

const fakeGitHub = useFakeGitHub();
let repository: FakeRepository;
let head: string;

beforeAll(async () => {
  repository = await fakeGitHub().createRepository("acme/gateway", {
    files: { "README.md": "gateway\n" },
    message: "Initial import",
  });
  head = (await repository.refSha("heads/main")) as string;
});

function gateway(dryRun: boolean): GitHubGateway {
  return stageDeps(fakeGitHub(), repository.fullName, { dryRun }).github;
}

const where = (github: GitHubGateway) => ({ owner: github.owner, repo: github.repo });

/** The fake has no GraphQL, generate-notes or markdown endpoint: a canned answer stands in for GitHub's. */
function answer(fake: FakeGitHub, method: string, path: RegExp, body: unknown): void {
  fake.injectFault({ method, path, fault: { status: 200, body } });
}

type Send = (github: GitHubGateway) => Promise<unknown>;

describe("GitHubGateway dry-run guard", () => {
  it.each<[string, Send]>([
    [
      "POST (create a ref)",
      (github) =>
        github.client.request("POST /repos/{owner}/{repo}/git/refs", {
          ...where(github),
          ref: "refs/heads/dry",
          sha: head,
        }),
    ],
    [
      "PATCH (move a ref)",
      (github) =>
        github.client.request("PATCH /repos/{owner}/{repo}/git/refs/{ref}", {
          ...where(github),
          ref: "heads/main",
          sha: head,
          force: true,
        }),
    ],
    [
      "PUT (write a file)",
      (github) =>
        github.client.request("PUT /repos/{owner}/{repo}/contents/{path}", {
          ...where(github),
          path: "NEW.md",
          message: "add",
          content: Buffer.from("new\n").toString("base64"),
        }),
    ],
    [
      "DELETE (delete a ref)",
      (github) =>
        github.client.request("DELETE /repos/{owner}/{repo}/git/refs/{ref}", {
          ...where(github),
          ref: "heads/main",
        }),
    ],
    [
      "a GraphQL mutation",
      (github) =>
        github.client.graphql(`mutation { addStar(input: { starrableId: "R_1" }) { clientMutationId } }`),
    ],
  ])("refuses %s before it reaches GitHub", async (_, send) => {
    const fake = fakeGitHub();
    fake.clearLog();
    const refused = send(gateway(true));
    await expect(refused).rejects.toThrow(DryRunWriteError);
    await expect(refused).rejects.toThrow(
      /^dry-run: refused to send (POST|PATCH|PUT|DELETE) .*, which would change/,
    );
    expect(fake.requests).toEqual([]);
    expect(await repository.refSha("heads/main")).toBe(head);
  });

  it.each<[string, Send, (fake: FakeGitHub) => void]>([
    ["a read (GET)", (github) => github.getRef("heads/main"), () => {}],
    [
      "release notes generation (POST …/releases/generate-notes)",
      (github) =>
        github.client.request("POST /repos/{owner}/{repo}/releases/generate-notes", {
          ...where(github),
          tag_name: "v0.1.0",
        }),
      (fake) => answer(fake, "POST", /\/releases\/generate-notes$/, { name: "v0.1.0", body: "" }),
    ],
    [
      "markdown rendering (POST /markdown)",
      (github) => github.client.request("POST /markdown", { text: "**hi**" }),
      (fake) =>
        fake.injectFault({
          method: "POST",
          path: /^\/markdown$/,
          // GitHub renders markdown as text/html, not JSON.
          fault: {
            status: 200,
            body: "<p><strong>hi</strong></p>",
            headers: { "content-type": "text/html" },
          },
        }),
    ],
    [
      "a GraphQL query",
      (github) => github.client.request("POST /graphql", { query: "query { viewer { login } }" }),
      (fake) => answer(fake, "POST", /^\/graphql$/, { data: { viewer: { login: "octocat" } } }),
    ],
  ])("lets %s through", async (_, send, stub) => {
    const fake = fakeGitHub();
    stub(fake);
    fake.clearLog();
    await send(gateway(true));
    expect(fake.requests).toHaveLength(1);
  });

  it("sends the same write when dry-run is off", async () => {
    const github = gateway(false);
    await github.client.request("POST /repos/{owner}/{repo}/git/refs", {
      ...where(github),
      ref: "refs/heads/written",
      sha: head,
    });
    expect(await repository.refSha("heads/written")).toBe(head);
  });
});
