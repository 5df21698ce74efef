// The cold-start reference of bench/cold-start.ts: the smallest action on the toolkit the design
// names (@actions/core for the input and the mask, @actions/github's getOctokit with the retry
// and throttling plugins) making the first request every GitHub stage makes (the tags under the
// tag template's prefix). Bundled like the stages: node bench/toolkit-action/build.ts.
import * as core from "@actions/core";
import { context, getOctokit } from "@actions/github";
import { retry } from "@octokit/plugin-retry";
import { throttling } from "@octokit/plugin-throttling";

const token = core.getInput("token", { required: true });
core.setSecret(token);
const octokit = getOctokit(
  token,
  { throttle: { onRateLimit: () => false, onSecondaryRateLimit: () => false } },
  retry,
  throttling,
);
try {
  await octokit.request("GET /repos/{owner}/{repo}/git/matching-refs/{ref}", {
    ...context.repo,
    ref: "tags/v",
  });
} catch (error) {
  core.setFailed(String(error));
}
