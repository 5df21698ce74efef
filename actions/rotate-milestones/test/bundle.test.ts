/** The committed bundle, run from rotate-milestones/action.yml the way the runner runs it. */
import { type FakeRepository, runAction, stageDir } from "@release-actions/testkit";
import { useFakeGitHub } from "@release-actions/testkit/vitest";
import { beforeAll, expect, it } from "vitest";

const fakeGitHub = useFakeGitHub();
let repository: FakeRepository;

beforeAll(async () => {
  repository = await fakeGitHub().createRepository("acme/rotate-bundle", { files: { "README.md": "x\n" } });
  await repository.createTag("v0.1.0", (await repository.refSha("heads/main")) as string);
});

it("opens the next milestones and the schedule pull request; bad input fails before any write", async () => {
  const fake = fakeGitHub();
  const context = {
    repository: repository.fullName,
    apiUrl: fake.apiUrl,
    serverUrl: fake.serverUrl,
    token: fake.defaultToken,
  };
  const run = await runAction(stageDir("rotate-milestones"), {
    inputs: { now: "2026-12-07", "release-manager": "alice" },
    context,
    secrets: [fake.defaultToken],
  });
  expect(run.stderr).toBe("");
  expect(run.exitCode).toBe(0);
  expect(run.outputs).toMatchObject({ created: '["v0.2.0","v0.3.0"]', closed: "[]", moved: "0" });
  expect(JSON.parse(run.outputs["open-milestones"] as string)).toEqual([
    expect.objectContaining({ title: "v0.2.0", due: "2026-12-21" }),
    expect.objectContaining({ title: "v0.3.0", due: "2027-01-04" }),
  ]);
  expect(run.outputs["schedule-pr"]).toMatch(/\/pull\/\d+$/);
  expect(run.summary).toMatch(/### rotate-milestones: v0.2.0, v0.3.0 open/);
  expect(run.leaks).toEqual([]);

  fake.clearLog();
  const bad = await runAction(stageDir("rotate-milestones"), { inputs: { "cadence-days": "30" }, context });
  expect(bad.exitCode).toBe(1);
  expect(bad.stdout).toMatch(/::error::Input "cadence-days": "30" is outside 14–21/);
  expect(fake.requests).toEqual([]);
});
