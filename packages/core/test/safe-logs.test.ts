// Text that is not the project's own never reaches the log in a form the runner reads as a
// workflow command (DESIGN §3; issue 15), and no error or summary grows with a bad value. The
// stdout of each run is read through the harness's parser of the runner's protocol
// (packages/testkit/src/runner/workflow-commands.ts): the runner reads `::name::` lines
// (actions/runner src/Runner.Worker/ActionCommandManager.cs) and stops reading them between
// `::stop-commands::<token>` and `::<token>::`
// (https://docs.github.com/actions/reference/workflow-commands-for-github-actions#stopping-and-starting-workflow-commands).
import { parseWorkflowCommands, runAction, stageDir, yamlAliasBomb } from "@release-actions/testkit";
import { useFakeGitHub } from "@release-actions/testkit/vitest";
import { beforeAll, describe, expect, it } from "vitest";
import { looksLikeCommand, writeUntrusted } from "../src/runtime/action-log.ts";
import { quote } from "../src/strategy/errors.ts";

const INJECTIONS = [
  "x\n::error::injected",
  "x\n  ::warning title=t::injected",
  "x%0A::error::injected",
  "x\n::set-output name=version::9.9.9",
  "x\n::add-mask::release",
  "x\n::stop-commands::pwn\n::error::injected",
  "x\r\n::notice::injected\n##[error]injected",
  "x\n\t::ERROR::injected\ntitle ##[add-mask]release",
];

describe("writeUntrusted", () => {
  it.each(INJECTIONS)("prints %j so that the runner reads no command in it", (text) => {
    let out = "";
    writeUntrusted(text, (chunk) => {
      out += chunk;
    });
    const log = parseWorkflowCommands(out);
    expect(log.annotations).toEqual([]);
    expect(log.masks).toEqual([]);
    expect(log.commands).toEqual([]);
    for (const line of text.split(/\r?\n/)) expect(log.visible).toContain(line);
  });

  it("leaves alone text the runner cannot read as a command", () => {
    expect(looksLikeCommand("Release policy: .github/release-strategy.yml@abc (a :: b)")).toBe(false);
    let out = "";
    writeUntrusted("plain", (chunk) => {
      out += chunk;
    });
    expect(out).toBe("plain\n");
  });
});

describe("quote", () => {
  it("cuts a long value to a short prefix and says how much was left out", () => {
    expect(quote("a".repeat(100_000))).toMatch(/^"a{100}"… \(99900 more characters\)$/);
    expect(quote("0.2")).toBe('"0.2"');
  });

  it("renders an alias bomb's structure without expanding it", () => {
    let value: unknown = ["lol"];
    for (let level = 0; level < 30; level++) value = Array.from({ length: 9 }, () => value);
    expect(quote(value).length).toBeLessThan(200);
  });
});

const fakeGitHub = useFakeGitHub();
const REPO = "acme/hostile";
const TOKEN_AS_VERSION = "ghs_fake_token_quoted_in_an_error";
let head: string;

beforeAll(async () => {
  const repository = await fakeGitHub().createRepository(REPO, { files: { "README.md": "x\n" } });
  head = await repository.commit({ branch: "main", files: { a: "1" }, message: "feat: one (#1)" });
  await repository.createTag("v0.1.0", head);
});

const validate = (inputs: Record<string, string>, token = fakeGitHub().defaultToken) =>
  runAction(stageDir("validate-version"), {
    inputs: { version: "next-y", ...inputs },
    context: {
      repository: REPO,
      apiUrl: fakeGitHub().apiUrl,
      serverUrl: fakeGitHub().serverUrl,
      token,
      sha: head,
    },
  });

/** The commands a run issued that are not the stage's own: any mask but the token, any injected annotation. */
function foreignCommands(run: Awaited<ReturnType<typeof validate>>, token: string) {
  return {
    annotations: run.annotations.filter(
      (annotation) => /injected/.test(annotation.message) && !/::/.test(annotation.message),
    ),
    masks: run.masks.filter((mask) => mask !== token),
    outputs: run.outputs.version === "9.9.9",
  };
}

describe("a stage fed hostile text", () => {
  it.each(INJECTIONS)("logs the config input %j without running it", async (payload) => {
    const run = await validate({ config: `.github/${payload}.yml` });
    expect(run.exitCode).toBe(0);
    expect(foreignCommands(run, fakeGitHub().defaultToken)).toEqual({
      annotations: [],
      masks: [],
      outputs: false,
    });
    expect(run.annotations.filter((annotation) => annotation.level === "error")).toEqual([]);
  });

  it("quotes a 100 kB input by a short prefix in its ::error:: and its summary", async () => {
    const run = await validate({ version: `1${"x".repeat(100_000)}` });
    expect(run.exitCode).toBe(1);
    const errors = run.annotations.filter((annotation) => annotation.level === "error");
    expect(errors).toHaveLength(1);
    expect(errors[0]?.message).toMatch(
      /^Input "version": "1x+"… \(\d+ more characters\) is not a PEP 440 version/,
    );
    expect(errors[0]?.message.length).toBeLessThan(500);
    expect(run.summary.length).toBeLessThan(1_000);
  });

  it("masks in the failure summary the secrets the log masks", async () => {
    const token = `${TOKEN_AS_VERSION}`;
    const run = await validate({ version: token }, token);
    expect(run.exitCode).toBe(1);
    expect(run.masks).toContain(token);
    expect(run.summary).toMatch(/validate-version: failed/);
    expect(run.summary).not.toContain(token);
    expect(run.summary).toContain("***");
  });
});

describe("a hostile policy file", () => {
  const withPolicy = async (policy: string) => {
    const repository = fakeGitHub().repository(REPO);
    const sha = await repository.commit({
      branch: "main",
      files: { ".github/release-strategy.yml": policy },
      message: "policy",
    });
    return runAction(stageDir("validate-version"), {
      inputs: { version: "next-y" },
      context: {
        repository: REPO,
        apiUrl: fakeGitHub().apiUrl,
        serverUrl: fakeGitHub().serverUrl,
        token: fakeGitHub().defaultToken,
        sha,
      },
    });
  };

  it("refuses a 1 KB alias bomb with a short ::error:: and a short summary", async () => {
    const run = await withPolicy(yamlAliasBomb("prereleases"));
    expect(run.exitCode).toBe(1);
    const errors = run.annotations.filter((annotation) => annotation.level === "error");
    expect(errors).toHaveLength(1);
    expect(errors[0]?.message.length).toBeLessThan(1_000);
    expect(run.summary.length).toBeLessThan(2_000);
  });

  it("reports a template holding commands without running them", async () => {
    const run = await withPolicy('tag: "v{version}\\n::error::injected\\n::add-mask::release"\n');
    expect(foreignCommands(run, fakeGitHub().defaultToken)).toEqual({
      annotations: [],
      masks: [],
      outputs: false,
    });
  });
});
