/**
 * Errors that tell the fix (issue 12 §6): a token that cannot see the repository, and a request
 * that never got an answer, are said as such — not "Not Found - https://docs.github.com/rest"
 * with "Unexpected error… report it", nor "GitHub answered 500".
 */

import type { AddressInfo } from "node:net";
import { createServer } from "node:net";
import { type FakeRepository, stageDeps } from "@release-actions/testkit";
import { useFakeGitHub } from "@release-actions/testkit/vitest";
import { beforeAll, describe, expect, it } from "vitest";
import { diagnoseGitHubFailure } from "../src/github/failure-diagnosis.ts";
import { GitHubGateway } from "../src/github/github-gateway.ts";
import { loadReleaseHistory } from "../src/github/release-history-loader.ts";
import { ConfigurationError, describeAnswer, getErrorMessage } from "../src/strategy/errors.ts";
import { DEFAULT_POLICY } from "../src/strategy/release-policy.ts";

const fakeGitHub = useFakeGitHub();
let repository: FakeRepository;

beforeAll(async () => {
  repository = await fakeGitHub().createRepository("acme/private-cli", { files: { "README.md": "x\n" } });
  await fakeGitHub().createRepository("acme/other", { files: { "README.md": "y\n" } });
});

describe("diagnoseGitHubFailure", () => {
  it("says that the token cannot see the repository, and how to give it access", async () => {
    const fake = fakeGitHub();
    // A fine-grained token for another repository: GitHub answers 404 for this one.
    const token = fake.createToken({ login: "release-bot", repositories: ["acme/other"] });
    const { github } = stageDeps(fake, repository.fullName, { token });
    const failure = await loadReleaseHistory(github, DEFAULT_POLICY).catch((error: unknown) => error);
    expect(getErrorMessage(failure)).toMatch(/^Not Found - https:\/\/docs\.github\.com\/rest/);
    const explained = await diagnoseGitHubFailure(failure, github, fake.apiUrl);
    expect(explained).toBeInstanceOf(ConfigurationError);
    expect(getErrorMessage(explained)).toMatch(
      /^The token cannot see the repository acme\/private-cli: GitHub answers 404 .* add acme\/private-cli to its repository access/,
    );
  });

  it("leaves a 404 of something else in a visible repository as it is", async () => {
    const fake = fakeGitHub();
    const { github } = stageDeps(fake, repository.fullName);
    const failure = await github.client
      .request("GET /repos/{owner}/{repo}/releases/{release_id}", {
        owner: "acme",
        repo: "private-cli",
        release_id: 1,
      })
      .catch((error: unknown) => error);
    expect(await diagnoseGitHubFailure(failure, github, fake.apiUrl)).toBe(failure);
  });

  it("says a request that got no answer is the network, not GitHub's 500", async () => {
    const fake = fakeGitHub();
    // Nothing listens on a port just freed: the connection is refused, as a DNS failure gets no answer either.
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    await new Promise((resolve) => server.close(resolve));
    const apiUrl = `http://127.0.0.1:${port}/api/v3`;
    const github = new GitHubGateway({
      token: fake.defaultToken,
      apiUrl,
      serverUrl: fake.serverUrl,
      owner: "acme",
      repo: "private-cli",
      dryRun: false,
      log: stageDeps(fake, repository.fullName).log,
      timing: { retryBaseMs: 1 },
    });
    const failure = await github.getRef("heads/main").catch((error: unknown) => error);
    expect(describeAnswer(failure)).toBe("the request got no answer from GitHub");
    const explained = await diagnoseGitHubFailure(failure, github, apiUrl);
    expect(explained).toBeInstanceOf(ConfigurationError);
    expect(getErrorMessage(explained)).toMatch(
      /^Could not reach GitHub's API at http:\/\/127\.0\.0\.1:\d+\/api\/v3: the request got no answer \(.*ECONNREFUSED.*\)\. .*check GITHUB_API_URL/,
    );
  });

  it("keeps a real bug as it is, for its 'report it'", async () => {
    const fake = fakeGitHub();
    const bug = new TypeError("Cannot read properties of undefined (reading 'sha')");
    expect(await diagnoseGitHubFailure(bug, stageDeps(fake, repository.fullName).github, fake.apiUrl)).toBe(
      bug,
    );
  });
});
