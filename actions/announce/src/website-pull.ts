/**
 * The website's releases page gains the release through one pull request on the website's
 * repository, from a branch owned by this action (`release-actions/announce-<tag>`): the branch
 * is made from the default branch, the page committed on it through the contents API, the pull
 * request opened once. A re-run finds the branch and the pull request again and changes nothing
 * when the page already has the entry.
 */
import type { GitHubGateway } from "@release-actions/core/github";
import { getErrorMessage, httpStatus } from "@release-actions/core/strategy";

/** What the website pull request became. */
export interface WebsitePull {
  readonly number: number;
  readonly url: string;
  readonly created: boolean;
  readonly committed: boolean;
}

/** The page and its entry, as the pull request should add them. */
export interface WebsiteChange {
  readonly tag: string;
  readonly file: string;
  readonly title: string;
  readonly body: string;
  /** The page's new text from its current text (undefined: no such file yet). */
  update(current: string | undefined): Promise<string>;
}

/** Opens (or finds again) the pull request that adds the release to the page. */
export async function upsertWebsitePull(github: GitHubGateway, change: WebsiteChange): Promise<WebsitePull> {
  const where = { owner: github.owner, repo: github.repo };
  const head = `release-actions/announce-${change.tag}`;
  const permission = "contents: write and pull-requests: write on the website repository";
  const { data: repository } = await github.client.request("GET /repos/{owner}/{repo}", where);
  const base = repository.default_branch;
  if (!(await github.getRef(`heads/${head}`))) {
    const baseRef = await github.getRef(`heads/${base}`);
    if (!baseRef) throw new Error(`The website repository's default branch ${base} has no commit.`);
    await github.createRef(`refs/heads/${head}`, baseRef.sha, permission);
  }
  const current = await github.getFile(change.file, head);
  const next = await change.update(current?.text);
  const committed = next !== current?.text;
  if (committed) {
    await github.write(`commit ${change.file} on ${head}`, permission, () =>
      github.client.request("PUT /repos/{owner}/{repo}/contents/{path}", {
        ...where,
        path: change.file,
        branch: head,
        message: change.title,
        content: Buffer.from(next, "utf8").toString("base64"),
        ...(current && { sha: current.sha }),
      }),
    );
  }
  const findPull = async () => {
    const { data: pulls } = await github.client.request("GET /repos/{owner}/{repo}/pulls", {
      ...where,
      head: `${github.owner}:${head}`,
      state: "all",
      per_page: 10,
    });
    return pulls.find((pull) => pull.state === "open") ?? pulls.find((pull) => pull.merged_at !== null);
  };
  const existing = await findPull();
  if (existing) return { number: existing.number, url: existing.html_url, created: false, committed };
  try {
    const { data } = await github.write("open the website pull request", permission, () =>
      github.client.request("POST /repos/{owner}/{repo}/pulls", {
        ...where,
        head,
        base,
        title: change.title,
        body: change.body,
      }),
    );
    return { number: data.number, url: data.html_url, created: true, committed };
  } catch (error) {
    // A retried create whose first attempt went through, or another run: the pull request is there.
    const opened = httpStatus(error) === 422 ? await findPull() : undefined;
    if (opened) return { number: opened.number, url: opened.html_url, created: false, committed };
    throw new Error(`Could not open the website pull request from ${head}: ${getErrorMessage(error)}`, {
      cause: error,
    });
  }
}
