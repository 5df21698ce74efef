/**
 * Builders of the REST objects the fake returns, with the fields that carry meaning (shas,
 * refs, URLs, logins, dates). The server fills the other required fields from the schema.
 */
import type { GitCommit, GitIdentity, GitTag, GitTreeEntry } from "./git-store.ts";
import type { Identity } from "./identities.ts";
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
}

/** `simple-user`. */
export function userObject(urls: FakeUrls, identity: Identity): Record<string, unknown> {
  return {
    login: identity.login,
    id: identity.id,
    node_id: `U_${identity.id}`,
    type: identity.type,
    site_admin: false,
    url: `${urls.api}/users/${identity.login}`,
    html_url: `${urls.web}/${identity.login}`,
    avatar_url: `${urls.web}/avatars/${identity.login}`,
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
