/**
 * The faults of a connection to GitHub that the fake injects (issue 15), seen through a real
 * Octokit client: what each one looks like to a client is the point, so the assertions are on
 * Octokit's own answers.
 */
import { Octokit } from "@octokit/core";
import { paginateRest } from "@octokit/plugin-paginate-rest";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { FAULT_KINDS, FakeGitHub, type FakeRepository, type FaultKind } from "../../src/github/index.ts";

let fake: FakeGitHub;
let repository: FakeRepository;
const Paginating = Octokit.plugin(paginateRest);
let client: InstanceType<typeof Paginating>;
const where = { owner: "acme", repo: "faults" };

beforeAll(async () => {
  fake = await FakeGitHub.start();
  repository = await fake.createRepository("acme/faults", { files: { "README.md": "faults\n" } });
  for (const title of ["One", "Two", "Three"])
    await repository.landPullRequest({
      base: "main",
      title,
      author: fake.addUser("alice"),
      files: { [title]: title },
    });
  client = new Paginating({ auth: fake.defaultToken, baseUrl: fake.apiUrl });
});

afterEach(() => {
  try {
    fake.assertNoViolations();
  } finally {
    fake.clearLog();
    fake.clearFaults();
  }
});

afterAll(async () => {
  await fake.stop();
});

describe("an answer cut mid-body", () => {
  it('is a 200 whose body never completes: Octokit hands back data "" and pagination an empty list', async () => {
    // The Content-Length promises the whole body; the connection closes after half of it. Octokit
    // (@octokit/request getResponseData) catches the failed read and returns the text read so
    // far, "" — a cut list then reads as no pull requests at all (issue 15).
    fake.injectFault({ operationId: "pulls/list", fault: { cut: true } });
    const response = await client.request("GET /repos/{owner}/{repo}/pulls", { ...where, state: "closed" });
    expect(response.status).toBe(200);
    expect(response.data).toBe("");
    fake.injectFault({ operationId: "pulls/list", fault: { cut: true } });
    expect(await client.paginate("GET /repos/{owner}/{repo}/pulls", { ...where, state: "closed" })).toEqual(
      [],
    );
    const whole = await client.request("GET /repos/{owner}/{repo}/pulls", { ...where, state: "closed" });
    expect(whole.data.map((pull) => pull.title).sort()).toEqual(["One", "Three", "Two"]);
    expect(fake.requests.map((request) => [request.status, request.faultKind])).toEqual([
      [200, "cut"],
      [200, "cut"],
      [200, undefined],
    ]);
  });
});

describe("a write applied but its answer lost", () => {
  it("applies the write, then closes the connection unanswered", async () => {
    const main = (await repository.refSha("heads/main")) as string;
    fake.injectFault({ operationId: "git/create-ref", fault: { lostAnswer: true } });
    const error = await client
      .request("POST /repos/{owner}/{repo}/git/refs", { ...where, ref: "refs/heads/lost", sha: main })
      .catch((thrown: { status?: number; message: string }) => thrown);
    // The client sees what a dropped connection gives (Octokit: status 500, "other side closed")…
    expect(error).toMatchObject({ status: 500 });
    // …yet the branch exists: sending the write again is GitHub's 422.
    expect(await repository.refSha("heads/lost")).toBe(main);
    await expect(
      client.request("POST /repos/{owner}/{repo}/git/refs", { ...where, ref: "refs/heads/lost", sha: main }),
    ).rejects.toThrow(/Reference already exists/);
    expect(fake.requests[0]).toMatchObject({ status: "dropped", fault: true, faultKind: "lost answer" });
  });
});

describe("rate limits", () => {
  it.each([
    [403, "secondary rate limit"],
    [429, "429"],
  ] as const)(
    "answers %i with retry-after and GitHub's secondary rate limit message",
    async (status, kind) => {
      // "you will receive a 403 or 429 response and an error message that indicates that you
      // exceeded a secondary rate limit" with `retry-after`:
      // https://docs.github.com/en/rest/using-the-rest-api/rate-limits-for-the-rest-api#exceeding-the-rate-limit
      fake.injectRandomFaults({ seed: 1, rate: 1, kinds: [kind], retryAfter: 3 });
      const error: { status: number; message: string; response: { headers: Record<string, string> } } =
        await client.request("GET /repos/{owner}/{repo}", where).then(
          () => {
            throw new Error("expected a rate limit");
          },
          (thrown) => thrown,
        );
      expect(error.status).toBe(status);
      expect(error.response.headers["retry-after"]).toBe("3");
      expect(error.message).toMatch(/exceeded a secondary rate limit/);
    },
  );
});

describe("seeded random faults", () => {
  async function faultsOf(seed: number, rate: number, requests: number): Promise<(FaultKind | undefined)[]> {
    fake.clearLog();
    fake.injectRandomFaults({ seed, rate });
    for (let index = 0; index < requests; index++)
      await client.request("GET /repos/{owner}/{repo}", where).catch(() => undefined);
    fake.clearFaults();
    return fake.requests.map((request) => request.faultKind);
  }

  it("gives the same faults for the same seed, at about the rate", async () => {
    const first = await faultsOf(7, 0.5, 12);
    expect(await faultsOf(7, 0.5, 12)).toEqual(first);
    expect(await faultsOf(8, 0.5, 12)).not.toEqual(first);
    const faulted = first.filter((kind) => kind !== undefined).length;
    expect(faulted).toBeGreaterThan(2);
    expect(faulted).toBeLessThan(10);
  });

  it("draws every kind", async () => {
    expect(new Set(await faultsOf(5, 1, 32))).toEqual(new Set(FAULT_KINDS));
  });

  it("holds back while a person acts, then resumes the seed's sequence where it was", async () => {
    const uninterrupted = await faultsOf(11, 0.5, 8);
    fake.clearLog();
    fake.injectRandomFaults({ seed: 11, rate: 0.5 });
    const request = () => client.request("GET /repos/{owner}/{repo}", where).catch(() => undefined);
    for (let index = 0; index < 4; index++) await request();
    await fake.withoutRandomFaults(async () => {
      for (let index = 0; index < 3; index++) await request();
    });
    for (let index = 0; index < 4; index++) await request();
    fake.clearFaults();
    const kinds = fake.requests.map((recorded) => recorded.faultKind);
    expect(kinds.slice(4, 7)).toEqual([undefined, undefined, undefined]);
    expect([...kinds.slice(0, 4), ...kinds.slice(7)]).toEqual(uninterrupted);
  });

  it("stops with clearFaults", async () => {
    fake.injectRandomFaults({ seed: 3, rate: 1 });
    fake.clearFaults();
    const response = await client.request("GET /repos/{owner}/{repo}", where);
    expect(response.status).toBe(200);
  });
});
