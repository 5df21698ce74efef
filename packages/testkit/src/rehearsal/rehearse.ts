/**
 * A whole release of a sample Python project, rehearsed against the fake GitHub and the fake
 * PyPI through the example workflows and the stages' committed bundles (npm run rehearse prints
 * it; npm run soak repeats it under seeded faults). Says what each stage did (the summaries a
 * maintainer reads on the run's page) and what the maintainers did in between, and records a
 * failure if any workflow fails or leaks a secret, or if a released version's wheel and sdist
 * are not on the index afterwards, each with a PEP 740 attestation that verifies, and on its
 * published (immutable) GitHub release. The runner
 * signs through a mock Sigstore (SIGSTORE_FULCIO_URL and SIGSTORE_REKOR_URL in its environment,
 * as a self-hosted runner could set them).
 *
 * Under `faults`, every request of a stage to GitHub and to PyPI may get a seeded fault; what the
 * maintainers do between runs (reviews, merges, a milestone set by hand) does not: the property
 * is that the stages complete without a re-run, not that people do.
 */
import { join } from "node:path";
import { Octokit } from "@octokit/core";
import { captureEndState, type EndState } from "../end-state.ts";
import { ACTIONS_ISSUER, FakeGitHub } from "../github/index.ts";
import { FakePyPI } from "../pypi/index.ts";
import { REPO_ROOT } from "../runner/node-runtime.ts";
import { runWorkflow, type StepRecord, type WorkflowRun } from "../runner/run-workflow.ts";
import { standInActions } from "../runner/stand-in-actions.ts";
import { type AttestationObject, MockSigstore } from "../sigstore/mock-sigstore.ts";
import { workflowContext } from "../stage-deps.ts";
import { rehearseAnnouncement } from "./announce-rehearsal.ts";
import { rehearseMilestones } from "./milestones.ts";
import { checkReleaseAssets } from "./release-assets.ts";
import { createSampleRepository, SAMPLE_REPOSITORY } from "./sample-project.ts";

/** Seeded faults for every request of the stages to GitHub and PyPI. */
export interface RehearsalFaults {
  readonly seed: number;
  /** The share of requests that get a fault (0 to 1). */
  readonly rate: number;
}

/** How to rehearse. */
export interface RehearsalOptions {
  readonly faults?: RehearsalFaults;
  /**
   * Where the narrative goes, line by line: every step and its summary (default: standard output,
   * as npm run rehearse prints it; the soak keeps each seed's, to show those that failed).
   */
  readonly say?: (text: string) => void;
}

/** What a rehearsal did. */
export interface RehearsalResult {
  /** What went wrong; empty when the release went through. */
  readonly failures: readonly string[];
  readonly endState: EndState;
  /** Requests the fakes answered (or faulted). */
  readonly requests: { readonly github: number; readonly githubWrites: number; readonly pypi: number };
  /** Requests that got a fault. */
  readonly faults: number;
  readonly durationMs: number;
}

/** Rehearses the Z-stream, the rc, the Y-stream, the milestones and the announcement. */
export async function rehearse(options: RehearsalOptions = {}): Promise<RehearsalResult> {
  const started = performance.now();
  const since = new Date();
  const say = options.say ?? ((text: string) => console.log(text));
  const bold = (text: string) => (process.stdout.isTTY && !options.say ? `\x1b[1m${text}\x1b[0m` : text);
  const print = (step: StepRecord): void => {
    const mark = step.outcome === "success" ? "✔" : step.outcome === "failure" ? "✘" : "–";
    say(`  ${mark} ${step.job} › ${step.name}`);
    const text =
      step.summary.trim() ||
      step.annotations.map((annotation) => `${annotation.level}: ${annotation.message}`).join("\n") ||
      "";
    if (text) say(text.replace(/^/gm, "      "));
  };
  const fake = await FakeGitHub.start();
  const pypi = await FakePyPI.start({ oidc: { key: fake.oidc.publicKey, issuer: ACTIONS_ISSUER } });
  const sigstore = await MockSigstore.start();
  const failures: string[] = [];
  let endState: EndState = {};
  try {
    const { repository, people } = await createSampleRepository(fake);
    // As the README's guide sets it up: a published release's tag and files never change.
    repository.immutableReleases = true;
    // The project's trusted publisher on the (fake) PyPI: release.yml of the sample repository, environment pypi.
    pypi.addTrustedPublisher({
      project: "sample-cli",
      repository: SAMPLE_REPOSITORY,
      workflow: "release.yml",
      environment: "pypi",
    });
    const vars = {
      RELEASE_VERSION_FILES: "pyproject.toml\nsrc/sample_cli/__init__.py",
      RELEASE_CAP_REQUIREMENTS: "requirements.txt: instructlab-sdg",
      RELEASE_REVIEWERS: "alice",
      PYPI_REPOSITORY_URL: pypi.uploadUrl,
    };
    if (options.faults) {
      fake.injectRandomFaults(options.faults);
      pypi.injectRandomFaults(options.faults);
    }
    const workflow = async (
      title: string,
      file: string,
      inputs: Record<string, string>,
      event: { name: string; payload?: Record<string, unknown> } = { name: "workflow_dispatch" },
    ): Promise<WorkflowRun> => {
      say(bold(`\n▶ ${title} (${file})`));
      const run = await runWorkflow(join(REPO_ROOT, "workflows-examples", file), {
        event,
        inputs,
        vars,
        context: { ...(await workflowContext(fake, repository)), workflowFile: `.github/workflows/${file}` },
        builtins: standInActions(fake),
        runnerEnv: { SIGSTORE_FULCIO_URL: sigstore.fulcioUrl, SIGSTORE_REKOR_URL: sigstore.rekorUrl },
        idToken: (claims) => fake.idTokenEndpoint(claims),
        // Each job's GITHUB_TOKEN as GitHub mints it: its permissions, on the sample repository only.
        jobToken: (permissions, repository) =>
          fake.jobToken(repository, permissions as Parameters<FakeGitHub["jobToken"]>[1]),
        onStep: print,
      });
      if (run.conclusion !== "success") failures.push(`${title}: the workflow failed`);
      if (run.leaks.length > 0) failures.push(`${title}: a secret was printed`);
      return run;
    };
    const as = (login: string) => new Octokit({ auth: fake.createToken({ login }), baseUrl: fake.apiUrl });
    const where = { owner: repository.owner.login, repo: repository.name };

    /** Two maintainers approve the release PR, one merges it, and the merge triggers release.yml. */
    const approveMergeAndRelease = async (prepared: WorkflowRun, branch: string) => {
      const number = Number(
        prepared.jobs.prepare?.steps.find((step) => step.id === "pr")?.outputs["pr-number"],
      );
      if (!number) {
        failures.push(`no release PR was opened for ${branch}`);
        return;
      }
      const pull = await fake.withoutRandomFaults(async () => {
        say(bold(`\n▶ Maintainers review the release PR #${number}`));
        for (const login of ["alice", "bob"]) {
          await as(login).request("POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews", {
            ...where,
            pull_number: number,
            event: "APPROVE",
          });
          say(`  ✔ ${login} approves`);
        }
        const merged = await as("alice").request("PUT /repos/{owner}/{repo}/pulls/{pull_number}/merge", {
          ...where,
          pull_number: number,
        });
        say(`  ✔ alice merges it: ${merged.data.sha.slice(0, 12)} on ${branch}`);
        const { data } = await as("alice").request("GET /repos/{owner}/{repo}/pulls/{pull_number}", {
          ...where,
          pull_number: number,
        });
        return data;
      });
      const version = pull.title.replace(/^Release v/, "");
      await workflow(
        `The merge of #${number} releases v${version}`,
        "release.yml",
        {},
        {
          name: "pull_request",
          payload: { action: "closed", number, pull_request: pull },
        },
      );
      const files = pypi.files.filter((file) => file.version === version);
      const published = files.map((file) => file.filename);
      say(bold(`\n  PyPI (fake) has sample-cli ${version}: ${published.join(", ") || "nothing"}`));
      if (
        !published.some((name) => name.endsWith(".whl")) ||
        !published.some((name) => name.endsWith(".tar.gz"))
      )
        failures.push(`sample-cli ${version}: the wheel and the sdist should be on the index`);
      failures.push(...checkReleaseAssets(repository, pypi, version, say));
      for (const file of files) {
        const [attestation, ...others] = JSON.parse(file.attestations ?? "[]") as AttestationObject[];
        try {
          if (!attestation || others.length > 0) throw new Error("expected one attestation");
          // Signed by release.yml (the mock's certificate names the job's job_workflow_ref).
          const statement = sigstore.verify(attestation, {
            subjectAlternativeName: `${SAMPLE_REPOSITORY}/.github/workflows/release.yml@refs/heads/main`,
          });
          const [subject] = statement.subject as { name: string; digest: { sha256: string } }[];
          if (subject?.name !== file.filename || subject.digest.sha256 !== file.sha256)
            throw new Error("its statement names another file");
          say(`  ✔ ${file.filename}: PEP 740 attestation verified (mock Sigstore trust root)`);
        } catch (error) {
          failures.push(`${file.filename}: no valid PEP 740 attestation (${String(error)})`);
        }
      }
    };

    /** A maintainer merges the PR that brings a release's CHANGELOG section to main. */
    const mergeChangelogPull = (tag: string) =>
      fake.withoutRandomFaults(async () => {
        const { data: pulls } = await as("alice").request("GET /repos/{owner}/{repo}/pulls", {
          ...where,
          head: `${where.owner}:release-actions/changelog-${tag}`,
          state: "open",
        });
        const [pull] = pulls;
        if (!pull) {
          failures.push(`no CHANGELOG PR into main was opened for ${tag}`);
          return;
        }
        await as("alice").request("PUT /repos/{owner}/{repo}/pulls/{pull_number}/merge", {
          ...where,
          pull_number: pull.number,
        });
        say(bold(`\n▶ alice merges #${pull.number} (${pull.title}): main's CHANGELOG has ${tag}'s section`));
      });

    // A critical fix first, on the current stream's branch; its CHANGELOG section goes to main.
    const z = await workflow("Z-stream: release the fix backported to release-v0.1", "prepare-release.yml", {
      version: "next-z",
    });
    await approveMergeAndRelease(z, "release-v0.1");
    await mergeChangelogPull("v0.1.1");

    // The maintainers write the v0.2 section by hand on main (as InstructLab does). The sample
    // project's version is in its files, so prepare-release cuts release-v0.2 for 0.2.0rc1 (its
    // version is set there, never on main); the rc is then promoted to 0.2.0. The hand-written
    // section is kept through both release PRs.
    const handWritten =
      "## v0.2\n\nHighlights, written by the maintainers: a config file and the serve command.\n";
    const mainChangelog = (await repository.readFile("main", "CHANGELOG.md")) ?? "";
    await repository.commit({
      branch: "main",
      files: { "CHANGELOG.md": `${handWritten}\n${mainChangelog}` },
      message: "Write the v0.2 CHANGELOG section",
      author: people.alice,
    });
    say(bold("\n▶ alice writes the v0.2 CHANGELOG section by hand on main"));
    const rc = await workflow("Pre-release: 0.2.0rc1, cutting release-v0.2", "prepare-release.yml", {
      version: "0.2.0rc1",
    });
    await approveMergeAndRelease(rc, "release-v0.2");
    const final = await workflow("Y-stream: promote 0.2.0rc1 to 0.2.0", "prepare-release.yml", {
      version: "0.2.0",
    });
    await approveMergeAndRelease(final, "release-v0.2");
    const released = (await repository.readFile("v0.2.0", "CHANGELOG.md")) ?? "";
    const headings = released.match(/^## .*/gm) ?? [];
    say(bold(`\nCHANGELOG of v0.2.0: ${headings.join(", ")}`));
    if (!released.startsWith(handWritten))
      failures.push("v0.2.0's CHANGELOG lost the hand-written v0.2 section");
    if (headings.join(",") !== "## v0.2,## v0.1.1,## v0.1")
      failures.push("v0.2.0's CHANGELOG should have the v0.2, v0.1.1 and v0.1 sections");
    await rehearseMilestones({ fake, repository, workflow, print, failures, bold, say }, "0.2.0");
    const announcement = await rehearseAnnouncement(fake, repository, "0.2.0", say);
    failures.push(...announcement.failures);
    const tags = (await repository.git.refs("refs/tags/")).map((ref) => ref.ref.slice("refs/tags/".length));
    const releases = [...repository.releases.values()].map((release) => release.tagName);
    say(bold(`\nTags: ${tags.join(", ")}; GitHub releases: ${releases.join(", ")}.`));
    for (const tag of ["v0.1.1", "v0.2.0rc1", "v0.2.0"])
      if (!releases.includes(tag)) failures.push(`${tag} should be released`);
    const writes = fake.mutatingRequests().length;
    say(
      bold(
        `\nRehearsal ${failures.length === 0 ? "passed" : "FAILED"}: ${fake.requests.length} GitHub API requests, ${writes} of them writes; ${pypi.files.length} files on the index.`,
      ),
    );
    for (const failure of failures) say(`  ✘ ${failure}`);
    endState = await captureEndState({
      repositories: [repository, announcement.website],
      pypi,
      announcements: announcement.messages,
      since,
    });
  } finally {
    await pypi.stop();
    await sigstore.stop();
    await fake.stop();
  }
  return {
    failures,
    endState,
    requests: {
      github: fake.requests.length,
      githubWrites: fake.mutatingRequests().length,
      pypi: pypi.requests.length,
    },
    faults:
      fake.requests.filter((request) => request.fault).length +
      pypi.requests.filter((request) => typeof request.status !== "number" || request.status >= 429).length,
    durationMs: performance.now() - started,
  };
}
