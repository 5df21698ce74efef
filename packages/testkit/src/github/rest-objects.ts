/**
 * Builders of the REST objects the fake returns, with the fields that carry meaning (shas,
 * refs, URLs, logins, dates). The server fills the other required fields from the schema.
 */
import type { GitCommit, GitIdentity, GitTag, GitTreeEntry } from "./git-store.ts";
import type { Identity } from "./identities.ts";
import type {
  IssueRecord,
  LabelRecord,
  MilestoneRecord,
  PullRecord,
  ReleaseAssetRecord,
  ReleaseRecord,
  ReviewRecord,
  RulesetRecord,
} from "./records.ts";
import type { FakeRepository } from "./repository.ts";

/** Where the fake's API and web pages are. */
export class FakeUrls {
  readonly api: string;
  readonly web: string;

  constructor(api: string, web: string) {
    this.api = api;
    this.web = web;
  }

  repoApi(repository: FakeRepository): string {
    return `${this.api}/repos/${repository.fullName}`;
  }

  repoWeb(repository: FakeRepository): string {
    return `${this.web}/${repository.fullName}`;
  }

  /**
   * Where release assets are uploaded (a release's `upload_url`): on GitHub Enterprise Server
   * `https://HOSTNAME/api/uploads`, beside `/api/v3` (github.com has a host of its own,
   * uploads.github.com); clients must take it from the release, not derive it from the API URL.
   */
  get uploads(): string {
    return `${this.web}/api/uploads`;
  }
}

/** `simple-user`. */
export function userObject(urls: FakeUrls, identity: Identity): Record<string, unknown> {
  return {
    login: identity.login,
    id: identity.id,
    node_id: `U_${identity.id}`,
    type: identity.type,
    site_admin: false,
    url: `${urls.api}/users/${encodeURIComponent(identity.login)}`,
    html_url: `${urls.web}/${encodeURIComponent(identity.login)}`,
    avatar_url: `${urls.web}/avatars/${encodeURIComponent(identity.login)}`,
    ...(identity.name && { name: identity.name }),
    ...(identity.email && { email: identity.email }),
  };
}

/** `git-ref`. */
export function refObject(
  urls: FakeUrls,
  repository: FakeRepository,
  ref: string,
  sha: string,
  type: string,
): Record<string, unknown> {
  return {
    ref,
    node_id: `REF_${Buffer.from(`${repository.id}:${ref}`).toString("base64url")}`,
    url: `${urls.repoApi(repository)}/git/${ref}`,
    object: {
      type,
      sha,
      url: `${urls.repoApi(repository)}/git/${type === "tag" ? "tags" : "commits"}/${sha}`,
    },
  };
}

function gitPerson(identity: GitIdentity): Record<string, unknown> {
  return {
    name: identity.name,
    email: identity.email,
    date: new Date(identity.date).toISOString().replace(/\.\d{3}Z$/, "Z"),
  };
}

function parentLinks(urls: FakeUrls, repository: FakeRepository, commit: GitCommit) {
  return commit.parents.map((sha) => ({
    sha,
    url: `${urls.repoApi(repository)}/commits/${sha}`,
    html_url: `${urls.repoWeb(repository)}/commit/${sha}`,
  }));
}

/** `commit` (the REST commits API shape), with GitHub accounts matched by email. */
export function commitObject(
  urls: FakeUrls,
  repository: FakeRepository,
  commit: GitCommit,
  accountByEmail: (email: string) => Identity | undefined,
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  const author = accountByEmail(commit.author.email);
  const committer = accountByEmail(commit.committer.email);
  return {
    sha: commit.sha,
    node_id: `C_${commit.sha}`,
    url: `${urls.repoApi(repository)}/commits/${commit.sha}`,
    html_url: `${urls.repoWeb(repository)}/commit/${commit.sha}`,
    comments_url: `${urls.repoApi(repository)}/commits/${commit.sha}/comments`,
    commit: {
      url: `${urls.repoApi(repository)}/git/commits/${commit.sha}`,
      author: gitPerson(commit.author),
      committer: gitPerson(commit.committer),
      message: commit.message,
      comment_count: 0,
      tree: { sha: commit.tree, url: `${urls.repoApi(repository)}/git/trees/${commit.tree}` },
      verification: {
        verified: false,
        reason: "unsigned",
        signature: null,
        payload: null,
        verified_at: null,
      },
    },
    author: author ? userObject(urls, author) : null,
    committer: committer ? userObject(urls, committer) : null,
    parents: parentLinks(urls, repository, commit),
    ...extra,
  };
}

/** `git-commit` (the Git Data API shape). `verified` marks commits GitHub made (and signed) itself. */
export function gitCommitObject(
  urls: FakeUrls,
  repository: FakeRepository,
  commit: GitCommit,
  verified: boolean,
): Record<string, unknown> {
  return {
    sha: commit.sha,
    node_id: `C_${commit.sha}`,
    url: `${urls.repoApi(repository)}/git/commits/${commit.sha}`,
    html_url: `${urls.repoWeb(repository)}/commit/${commit.sha}`,
    author: gitPerson(commit.author),
    committer: gitPerson(commit.committer),
    message: commit.message,
    tree: { sha: commit.tree, url: `${urls.repoApi(repository)}/git/trees/${commit.tree}` },
    parents: parentLinks(urls, repository, commit),
    verification: verified
      ? {
          verified: true,
          reason: "valid",
          signature: "-----BEGIN PGP SIGNATURE-----\nfake\n-----END PGP SIGNATURE-----",
          payload: "fake",
          verified_at: new Date().toISOString(),
        }
      : { verified: false, reason: "unsigned", signature: null, payload: null, verified_at: null },
  };
}

/** `git-tree`. */
export function treeObject(
  urls: FakeUrls,
  repository: FakeRepository,
  sha: string,
  entries: readonly GitTreeEntry[],
): Record<string, unknown> {
  return {
    sha,
    url: `${urls.repoApi(repository)}/git/trees/${sha}`,
    truncated: false,
    tree: entries.map((entry) => ({
      path: entry.path,
      mode: entry.mode,
      type: entry.type,
      sha: entry.sha,
      ...(entry.size !== undefined && { size: entry.size }),
      url: `${urls.repoApi(repository)}/git/${entry.type === "tree" ? "trees" : "blobs"}/${entry.sha}`,
    })),
  };
}

/** `git-tag`. */
export function tagObject(urls: FakeUrls, repository: FakeRepository, tag: GitTag): Record<string, unknown> {
  return {
    node_id: `TAG_${tag.sha}`,
    sha: tag.sha,
    tag: tag.tag,
    url: `${urls.repoApi(repository)}/git/tags/${tag.sha}`,
    message: tag.message,
    tagger: gitPerson(tag.tagger),
    object: {
      sha: tag.object,
      type: tag.type,
      url: `${urls.repoApi(repository)}/git/${tag.type}s/${tag.object}`,
    },
    verification: { verified: false, reason: "unsigned", signature: null, payload: null, verified_at: null },
  };
}

/** `content-file`. */
export function contentFileObject(
  urls: FakeUrls,
  repository: FakeRepository,
  path: string,
  sha: string,
  content: Buffer,
  ref: string,
): Record<string, unknown> {
  const apiUrl = `${urls.repoApi(repository)}/contents/${path}?ref=${encodeURIComponent(ref)}`;
  const gitUrl = `${urls.repoApi(repository)}/git/blobs/${sha}`;
  const htmlUrl = `${urls.repoWeb(repository)}/blob/${ref}/${path}`;
  return {
    type: "file",
    encoding: "base64",
    size: content.length,
    name: path.split("/").at(-1),
    path,
    content: content.toString("base64"),
    sha,
    url: apiUrl,
    git_url: gitUrl,
    html_url: htmlUrl,
    download_url: `${urls.web}/raw/${repository.fullName}/${ref}/${path}`,
    _links: { self: apiUrl, git: gitUrl, html: htmlUrl },
  };
}

/** `repository` / `full-repository` essentials. */
export function repositoryObject(
  urls: FakeUrls,
  repository: FakeRepository,
  permissions?: Record<string, boolean>,
): Record<string, unknown> {
  return {
    id: repository.id,
    node_id: `R_${repository.id}`,
    name: repository.name,
    full_name: repository.fullName,
    owner: userObject(urls, repository.owner),
    private: false,
    visibility: "public",
    html_url: urls.repoWeb(repository),
    url: urls.repoApi(repository),
    default_branch: repository.defaultBranch,
    ...(permissions && { permissions }),
  };
}

/** `label`. */
export function labelObject(
  urls: FakeUrls,
  repository: FakeRepository,
  label: LabelRecord,
): Record<string, unknown> {
  return {
    id: label.id,
    node_id: `LA_${label.id}`,
    url: `${urls.repoApi(repository)}/labels/${encodeURIComponent(label.name)}`,
    name: label.name,
    color: label.color,
    description: label.description ?? "",
    default: false,
  };
}

/** `milestone`, with its issue counts. */
export function milestoneObject(
  urls: FakeUrls,
  repository: FakeRepository,
  milestone: MilestoneRecord,
): Record<string, unknown> {
  const items = [...repository.issues.values()].filter((issue) => issue.milestone === milestone.number);
  return {
    url: `${urls.repoApi(repository)}/milestones/${milestone.number}`,
    html_url: `${urls.repoWeb(repository)}/milestone/${milestone.number}`,
    labels_url: `${urls.repoApi(repository)}/milestones/${milestone.number}/labels`,
    id: milestone.id,
    node_id: `MI_${milestone.id}`,
    number: milestone.number,
    state: milestone.state,
    title: milestone.title,
    description: milestone.description,
    creator: userObject(urls, milestone.creator),
    open_issues: items.filter((issue) => issue.state === "open").length,
    closed_issues: items.filter((issue) => issue.state === "closed").length,
    created_at: milestone.createdAt,
    updated_at: milestone.updatedAt,
    closed_at: milestone.closedAt,
    due_on: milestone.dueOn,
  };
}

/** `issue` (pull requests carry a `pull_request` key, as in GitHub's issues API). */
export function issueObject(
  urls: FakeUrls,
  repository: FakeRepository,
  issue: IssueRecord,
): Record<string, unknown> {
  const api = `${urls.repoApi(repository)}/issues/${issue.number}`;
  const milestone = issue.milestone === null ? undefined : repository.milestones.get(issue.milestone);
  return {
    id: issue.id,
    node_id: `I_${issue.id}`,
    url: api,
    repository_url: urls.repoApi(repository),
    labels_url: `${api}/labels{/name}`,
    comments_url: `${api}/comments`,
    events_url: `${api}/events`,
    html_url: `${urls.repoWeb(repository)}/${issue.pull ? "pull" : "issues"}/${issue.number}`,
    number: issue.number,
    state: issue.state,
    state_reason: issue.stateReason,
    title: issue.title,
    body: issue.body,
    user: userObject(urls, issue.user),
    labels: issue.labels.map((name) => labelObject(urls, repository, repository.ensureLabel(name))),
    assignee: null,
    assignees: [],
    milestone: milestone ? milestoneObject(urls, repository, milestone) : null,
    locked: false,
    comments: 0,
    created_at: issue.createdAt,
    updated_at: issue.updatedAt,
    closed_at: issue.closedAt,
    author_association: repository.roleOf(issue.user.login) ? "MEMBER" : "CONTRIBUTOR",
    ...(issue.pull && {
      pull_request: {
        url: `${urls.repoApi(repository)}/pulls/${issue.number}`,
        html_url: `${urls.repoWeb(repository)}/pull/${issue.number}`,
        diff_url: `${urls.repoWeb(repository)}/pull/${issue.number}.diff`,
        patch_url: `${urls.repoWeb(repository)}/pull/${issue.number}.patch`,
        merged_at: issue.pull.mergedAt,
      },
    }),
  };
}

/** `pull-request` (and, a subset of it, `pull-request-simple`). */
export function pullObject(
  urls: FakeUrls,
  repository: FakeRepository,
  issue: IssueRecord & { pull: PullRecord },
  lookup: { user: (login: string) => Identity | undefined; baseSha: string },
): Record<string, unknown> {
  const pull = issue.pull;
  const api = `${urls.repoApi(repository)}/pulls/${issue.number}`;
  const web = `${urls.repoWeb(repository)}/pull/${issue.number}`;
  const side = (ref: string, sha: string) => ({
    label: `${repository.owner.login}:${ref}`,
    ref,
    sha,
    user: userObject(urls, repository.owner),
    repo: repositoryObject(urls, repository),
  });
  const base = issueObject(urls, repository, issue);
  return {
    ...base,
    url: api,
    html_url: web,
    diff_url: `${web}.diff`,
    patch_url: `${web}.patch`,
    issue_url: `${urls.repoApi(repository)}/issues/${issue.number}`,
    commits_url: `${api}/commits`,
    review_comments_url: `${api}/comments`,
    review_comment_url: `${urls.repoApi(repository)}/pulls/comments{/number}`,
    statuses_url: `${urls.repoApi(repository)}/statuses/${pull.headSha}`,
    merged_at: pull.mergedAt,
    merge_commit_sha: pull.mergeCommitSha,
    requested_reviewers: pull.requestedReviewers
      .map((login) => lookup.user(login))
      .filter((user) => user !== undefined)
      .map((user) => userObject(urls, user)),
    requested_teams: pull.requestedTeams.map((slug, index) => ({
      id: index + 1,
      node_id: `T_${slug}`,
      name: slug,
      slug,
      url: `${urls.api}/teams/${slug}`,
      html_url: `${urls.web}/orgs/${repository.owner.login}/teams/${slug}`,
      permission: "push",
      description: null,
      privacy: "closed",
      notification_setting: "notifications_enabled",
      members_url: `${urls.api}/teams/${slug}/members{/member}`,
      repositories_url: `${urls.api}/teams/${slug}/repos`,
      parent: null,
      type: "organization",
    })),
    head: side(pull.headRef, pull.headSha),
    base: side(pull.baseRef, lookup.baseSha),
    _links: {
      self: { href: api },
      html: { href: web },
      issue: { href: `${urls.repoApi(repository)}/issues/${issue.number}` },
      comments: { href: `${urls.repoApi(repository)}/issues/${issue.number}/comments` },
      review_comments: { href: `${api}/comments` },
      review_comment: { href: `${urls.repoApi(repository)}/pulls/comments{/number}` },
      commits: { href: `${api}/commits` },
      statuses: { href: `${urls.repoApi(repository)}/statuses/${pull.headSha}` },
    },
    auto_merge: null,
    active_lock_reason: null,
    draft: pull.draft,
    merged: pull.merged,
    mergeable: pull.merged ? null : true,
    rebaseable: pull.merged ? null : true,
    mergeable_state: pull.merged ? "unknown" : "clean",
    merged_by: pull.mergedBy ? userObject(urls, pull.mergedBy) : null,
    comments: 0,
    review_comments: 0,
    maintainer_can_modify: false,
    commits: 1,
    additions: 0,
    deletions: 0,
    changed_files: 0,
  };
}

/** `pull-request-review`. */
export function reviewObject(
  urls: FakeUrls,
  repository: FakeRepository,
  number: number,
  review: ReviewRecord,
): Record<string, unknown> {
  return {
    id: review.id,
    node_id: `PRR_${review.id}`,
    user: userObject(urls, review.user),
    body: review.body,
    state: review.state,
    html_url: `${urls.repoWeb(repository)}/pull/${number}#pullrequestreview-${review.id}`,
    pull_request_url: `${urls.repoApi(repository)}/pulls/${number}`,
    _links: {
      html: { href: `${urls.repoWeb(repository)}/pull/${number}#pullrequestreview-${review.id}` },
      pull_request: { href: `${urls.repoApi(repository)}/pulls/${number}` },
    },
    ...(review.state !== "PENDING" && { submitted_at: review.submittedAt }),
    commit_id: review.commitId,
    author_association: repository.roleOf(review.user.login) ? "MEMBER" : "CONTRIBUTOR",
  };
}

/** `release`. */
export function releaseObject(
  urls: FakeUrls,
  repository: FakeRepository,
  release: ReleaseRecord,
): Record<string, unknown> {
  const api = `${urls.repoApi(repository)}/releases/${release.id}`;
  return {
    url: api,
    html_url: `${urls.repoWeb(repository)}/releases/${release.draft ? `tag/untagged-${release.id}` : `tag/${release.tagName}`}`,
    assets_url: `${api}/assets`,
    upload_url: `${urls.uploads}/repos/${repository.fullName}/releases/${release.id}/assets{?name,label}`,
    tarball_url: release.draft ? null : `${urls.repoApi(repository)}/tarball/${release.tagName}`,
    zipball_url: release.draft ? null : `${urls.repoApi(repository)}/zipball/${release.tagName}`,
    id: release.id,
    node_id: `RE_${release.id}`,
    tag_name: release.tagName,
    target_commitish: release.targetCommitish,
    name: release.name,
    body: release.body,
    draft: release.draft,
    prerelease: release.prerelease,
    immutable: release.immutable,
    created_at: release.createdAt,
    published_at: release.publishedAt,
    author: userObject(urls, release.author),
    assets: release.assets.map((asset) => releaseAssetObject(urls, repository, release, asset)),
  };
}

/** `release-asset`. */
export function releaseAssetObject(
  urls: FakeUrls,
  repository: FakeRepository,
  release: ReleaseRecord,
  asset: ReleaseAssetRecord,
): Record<string, unknown> {
  return {
    url: `${urls.repoApi(repository)}/releases/assets/${asset.id}`,
    browser_download_url: `${urls.repoWeb(repository)}/releases/download/${release.draft ? `untagged-${release.id}` : release.tagName}/${encodeURIComponent(asset.name)}`,
    id: asset.id,
    node_id: `RA_${asset.id}`,
    name: asset.name,
    label: asset.label,
    state: "uploaded",
    content_type: asset.contentType,
    size: asset.bytes.length,
    digest: asset.digest,
    download_count: 0,
    created_at: asset.createdAt,
    updated_at: asset.createdAt,
    uploader: userObject(urls, asset.uploader),
  };
}

/** `repository-ruleset`. */
export function rulesetObject(
  urls: FakeUrls,
  repository: FakeRepository,
  ruleset: RulesetRecord,
): Record<string, unknown> {
  return {
    id: ruleset.id,
    name: ruleset.name,
    target: ruleset.target,
    source_type: "Repository",
    source: repository.fullName,
    enforcement: ruleset.enforcement,
    bypass_actors: [],
    current_user_can_bypass: "never",
    node_id: `RRS_${ruleset.id}`,
    _links: {
      self: { href: `${urls.repoApi(repository)}/rulesets/${ruleset.id}` },
      html: { href: `${urls.repoWeb(repository)}/rules/${ruleset.id}` },
    },
    conditions: ruleset.conditions,
    rules: ruleset.rules,
    created_at: ruleset.createdAt,
    updated_at: ruleset.updatedAt,
  };
}
