/**
 * rotate-milestones on instructlab/instructlab's real refs (shared/fixtures/instructlab-history.json:
 * 94 tags through v0.26.1, stray `stable`, `v0.25` and `v0.0.0` among them, and an older-stream
 * v0.23.5 made after v0.24.0): the milestones a maintainer expects after v0.26.1.
 */
import { readFileSync } from "node:fs";
import { type HistoryData, type HistorySeed, runnerContext, stageDeps } from "@release-actions/testkit";
import { useFakeGitHub } from "@release-actions/testkit/vitest";
import { beforeAll, expect, it } from "vitest";
import type { RotateMilestonesSettings } from "../src/inputs.ts";
import { run } from "../src/run.ts";

const history = JSON.parse(
  readFileSync(
    new URL("../../../packages/testkit/fixtures/instructlab-history.json", import.meta.url),
    "utf8",
  ),
) as HistoryData;
const REPO = "instructlab/instructlab";

const fakeGitHub = useFakeGitHub();
let seed: HistorySeed;

beforeAll(async () => {
  seed = await fakeGitHub().seedHistory(REPO, history);
});

function settings(overrides: Partial<RotateMilestonesSettings>): RotateMilestonesSettings {
  const fake = fakeGitHub();
  return {
    token: fake.defaultToken,
    config: ".github/release-strategy.yml",
    dryRun: false,
    context: runnerContext(fake, REPO),
    releasedVersion: undefined,
    window: undefined,
    cadenceDays: undefined,
    scheduleFile: undefined,
    scheduleMode: "none",
    releaseManager: "",
    today: "2025-06-02",
    commentMoved: false,
    ...overrides,
  };
}

const titles = (result: Awaited<ReturnType<typeof run>>) =>
  result.open.map((milestone) => `${milestone.title} ${milestone.outcome} due ${milestone.dueDay}`);

it("after v0.26.1 and then v0.27.0: the forgotten v0.26.0 closed into v0.27.0, then v0.28.0 and v0.29.0 open; the Z-stream creates nothing", async () => {
  const fake = fakeGitHub();
  const client = stageDeps(fake, REPO).github.client;
  const where = { owner: "instructlab", repo: "instructlab" };
  const create = async (title: string, due: string) =>
    (
      await client.request("POST /repos/{owner}/{repo}/milestones", {
        ...where,
        title,
        due_on: `${due}T12:00:00Z`,
      })
    ).data.number;
  const forgotten = await create("v0.26.0", "2025-05-16");
  await create("v0.27.0", "2025-06-13");
  await client.request("POST /repos/{owner}/{repo}/issues", {
    ...where,
    title: "Left over",
    milestone: forgotten,
  });

  // The release job after v0.26.1 (a Z-stream): v0.26.1 has no milestone; nothing else changes.
  const afterZ = await run(
    settings({ releasedVersion: { major: 0, minor: 26, patch: 1 } }),
    stageDeps(fake, REPO),
  );
  expect(afterZ.note).toMatch(/Z-stream/);
  expect(afterZ.closed.map((milestone) => milestone.title)).toEqual(["v0.26.0"]);
  expect(titles(afterZ)).toEqual(["v0.27.0 kept due 2025-06-13"]);

  // The weekly run: the window of two is filled, after the date the maintainers chose.
  const weekly = await run(settings({}), stageDeps(fake, REPO));
  expect(weekly.wanted).toEqual(["v0.27.0", "v0.28.0"]);
  expect(titles(weekly)).toEqual(["v0.27.0 kept due 2025-06-13", "v0.28.0 created due 2025-06-27"]);
  expect(weekly.open[0]?.progress).toEqual({ openIssues: 1, closedIssues: 0, openPulls: 0, closedPulls: 0 });
  expect(seed.repository.milestones.size).toBe(3);

  // v0.27.0 is released (the issue's example): v0.28.0 and v0.29.0 stay open.
  await seed.repository.createTag("v0.27.0", (await seed.repository.refSha("heads/main")) as string);
  const afterY = await run(
    settings({ releasedVersion: { major: 0, minor: 27, patch: 0 } }),
    stageDeps(fake, REPO),
  );
  expect(afterY.closed).toEqual([expect.objectContaining({ title: "v0.27.0", moveTo: "v0.28.0", moved: 1 })]);
  expect(titles(afterY)).toEqual(["v0.28.0 kept due 2025-06-27", "v0.29.0 created due 2025-07-11"]);
});
