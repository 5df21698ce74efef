/**
 * Releases with GitHub's semantics: a draft has no tag until it is published; publishing creates
 * the tag at `target_commitish` when it does not exist; `GET /releases/tags/{tag}` sees only
 * published releases; "latest" follows `make_latest`; with immutable releases on, a published
 * release's tag is frozen, its files locked, and its name can never be used again. Assets are
 * uploaded to the release's `upload_url` (raw bytes, `?name=`), one name once per release
 * (422 `already_exists`), with GitHub's `sha256:` digest.
 */
import { createHash } from "node:crypto";
import type { FakeGitHub } from "../fake-github.ts";
import { HttpError, notFound, paginate, type RequestContext, type Route, validationFailed } from "../http.ts";
import { allows } from "../identities.ts";
import type { ReleaseAssetRecord, ReleaseRecord } from "../records.ts";
import { type FakeRepository, isoDate } from "../repository.ts";
import { releaseAssetObject, releaseObject } from "../rest-objects.ts";

const READ = ["contents", "read"] as const;
const WRITE = ["contents", "write"] as const;

function repo(context: RequestContext): FakeRepository {
  if (!context.repository) throw notFound();
  return context.repository;
}

/** The routes of this module, keyed by operationId. */
export function releaseRoutes(github: FakeGitHub): Record<string, Route> {
  const urls = github.urls;

  function release(repository: FakeRepository, id: unknown, context: RequestContext): ReleaseRecord {
    const record = repository.releases.get(Number(id));
    if (!record || (record.draft && !allows(context.grant, "contents", "write"))) throw notFound();
    return record;
  }

  function releaseAsset(
    repository: FakeRepository,
    id: unknown,
    context: RequestContext,
  ): { record: ReleaseRecord; asset: ReleaseAssetRecord } {
    for (const record of repository.releases.values()) {
      const asset = record.assets.find((candidate) => candidate.id === Number(id));
      if (asset) return { record: release(repository, record.id, context), asset };
    }
    throw notFound();
  }

  /** Creates the tag of a release being published, if it does not exist yet. */
  async function ensureTag(repository: FakeRepository, record: ReleaseRecord): Promise<void> {
    if (await repository.refSha(`tags/${record.tagName}`)) return;
    const commit = await repository.git.resolveCommit(record.targetCommitish);
    if (!commit)
      throw validationFailed(
        "Release",
        `target_commitish ${record.targetCommitish} is not a branch or commit`,
        "target_commitish",
        "invalid",
      );
    await repository.git.updateRef(`refs/tags/${record.tagName}`, commit);
  }

  function publish(repository: FakeRepository, record: ReleaseRecord, makeLatest: unknown): void {
    record.draft = false;
    record.publishedAt = isoDate(github.now());
    if (repository.immutableReleases) {
      record.immutable = true;
      repository.immutableTagNames.add(record.tagName);
    }
    updateLatest(repository, record, makeLatest);
  }

  function updateLatest(repository: FakeRepository, record: ReleaseRecord, makeLatest: unknown): void {
    if (record.draft || record.prerelease) return;
    if (makeLatest === "false") return;
    if (makeLatest === "legacy") {
      const candidates = [...repository.releases.values()].filter(
        (other) => !other.draft && !other.prerelease,
      );
      candidates.sort((a, b) =>
        a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : b.id - a.id,
      );
      repository.latestReleaseId = candidates[0]?.id ?? null;
      return;
    }
    repository.latestReleaseId = record.id;
  }

  return {
    "repos/create-release": {
      scope: WRITE,
      handle: async (context) => {
        const repository = repo(context);
        const tagName = String(context.body.tag_name);
        if ([...repository.releases.values()].some((other) => other.tagName === tagName && !other.draft)) {
          throw validationFailed("Release", "already_exists", "tag_name", "already_exists");
        }
        const existingTag = await repository.refSha(`tags/${tagName}`);
        if (!existingTag && repository.immutableTagNames.has(tagName))
          throw validationFailed(
            "Release",
            "tag_name was used by an immutable release",
            "tag_name",
            "invalid",
          );
        const now = isoDate(github.now());
        const record: ReleaseRecord = {
          id: github.nextId(),
          tagName,
          targetCommitish: String(context.body.target_commitish ?? repository.defaultBranch),
          name: (context.body.name as string | undefined) ?? null,
          body: (context.body.body as string | undefined) ?? null,
          draft: context.body.draft === true,
          prerelease: context.body.prerelease === true,
          author: context.caller,
          createdAt: now,
          publishedAt: null,
          immutable: false,
          assets: [],
        };
        if (!record.draft) await ensureTag(repository, record);
        repository.releases.set(record.id, record);
        if (!record.draft) publish(repository, record, context.body.make_latest);
        return { status: 201, body: releaseObject(urls, repository, record) };
      },
    },
    "repos/get-release": {
      scope: READ,
      handle: (context) => ({
        status: 200,
        body: releaseObject(urls, repo(context), release(repo(context), context.params.release_id, context)),
      }),
    },
    "repos/get-release-by-tag": {
      scope: READ,
      handle: (context) => {
        const repository = repo(context);
        const record = [...repository.releases.values()].find(
          (candidate) => candidate.tagName === context.params.tag && !candidate.draft,
        );
        if (!record) throw notFound();
        return { status: 200, body: releaseObject(urls, repository, record) };
      },
    },
    "repos/get-latest-release": {
      scope: READ,
      handle: (context) => {
        const repository = repo(context);
        const record =
          repository.latestReleaseId === null
            ? undefined
            : repository.releases.get(repository.latestReleaseId);
        if (!record) throw notFound();
        return { status: 200, body: releaseObject(urls, repository, record) };
      },
    },
    "repos/list-releases": {
      scope: READ,
      handle: (context) => {
        const repository = repo(context);
        const visible = [...repository.releases.values()]
          .filter((record) => !record.draft || allows(context.grant, "contents", "write"))
          .sort((a, b) => (a.createdAt === b.createdAt ? b.id - a.id : a.createdAt < b.createdAt ? 1 : -1));
        const { page, headers } = paginate(context, visible, urls.api);
        return { status: 200, body: page.map((record) => releaseObject(urls, repository, record)), headers };
      },
    },
    "repos/update-release": {
      scope: WRITE,
      handle: async (context) => {
        const repository = repo(context);
        const record = release(repository, context.params.release_id, context);
        if (
          record.immutable &&
          (context.body.tag_name !== undefined ||
            context.body.target_commitish !== undefined ||
            context.body.draft === true)
        ) {
          throw validationFailed(
            "Release",
            "An immutable release cannot be changed back to a draft or moved to another tag",
          );
        }
        if (typeof context.body.tag_name === "string") record.tagName = context.body.tag_name;
        if (typeof context.body.target_commitish === "string")
          record.targetCommitish = context.body.target_commitish;
        if (context.body.name !== undefined) record.name = context.body.name as string | null;
        if (context.body.body !== undefined) record.body = context.body.body as string | null;
        if (typeof context.body.prerelease === "boolean") record.prerelease = context.body.prerelease;
        if (context.body.draft === false && record.draft) {
          await ensureTag(repository, record);
          publish(repository, record, context.body.make_latest);
        } else if (context.body.make_latest !== undefined) {
          updateLatest(repository, record, context.body.make_latest);
        }
        return { status: 200, body: releaseObject(urls, repository, record) };
      },
    },
    "repos/delete-release": {
      scope: WRITE,
      handle: (context) => {
        const repository = repo(context);
        const record = release(repository, context.params.release_id, context);
        repository.releases.delete(record.id);
        if (repository.latestReleaseId === record.id) repository.latestReleaseId = null;
        return { status: 204 };
      },
    },
    "repos/upload-release-asset": {
      scope: WRITE,
      handle: (context) => {
        const repository = repo(context);
        const record = release(repository, context.params.release_id, context);
        // A published immutable release's files are locked (docs.github.com, code-security/concepts/
        // supply-chain-security/immutable-releases); GitHub answers 422 with this message
        // (softprops/action-gh-release#653, github-community-projects/ospo-reusable-workflows#83).
        if (record.immutable) throw new HttpError(422, "Cannot upload assets to an immutable release");
        // A name once per release: octokit/octokit.js#721, cli/cli#5008.
        const name = String(context.query.name);
        if (record.assets.some((asset) => asset.name === name))
          throw new HttpError(422, "Validation Failed", [
            { resource: "ReleaseAsset", code: "already_exists", field: "name" },
          ]);
        const asset: ReleaseAssetRecord = {
          id: github.nextId(),
          name,
          label: context.query.label ?? null,
          contentType: String(context.headers["content-type"] ?? "application/octet-stream"),
          bytes: context.bytes,
          digest: `sha256:${createHash("sha256").update(context.bytes).digest("hex")}`,
          uploader: context.caller,
          createdAt: isoDate(github.now()),
        };
        record.assets.push(asset);
        return { status: 201, body: releaseAssetObject(urls, repository, record, asset) };
      },
    },
    "repos/list-release-assets": {
      scope: READ,
      handle: (context) => {
        const repository = repo(context);
        const record = release(repository, context.params.release_id, context);
        const { page, headers } = paginate(context, record.assets, urls.api);
        return {
          status: 200,
          body: page.map((asset) => releaseAssetObject(urls, repository, record, asset)),
          headers,
        };
      },
    },
    "repos/get-release-asset": {
      scope: READ,
      handle: (context) => {
        const repository = repo(context);
        const { record, asset } = releaseAsset(repository, context.params.asset_id, context);
        return { status: 200, body: releaseAssetObject(urls, repository, record, asset) };
      },
    },
    "repos/delete-release-asset": {
      scope: WRITE,
      handle: (context) => {
        const { record, asset } = releaseAsset(repo(context), context.params.asset_id, context);
        // uutils/coreutils#13839: {"resource":"ReleaseAsset","code":"custom","message":"Cannot delete asset from an immutable release"}
        if (record.immutable)
          throw validationFailed("ReleaseAsset", "Cannot delete asset from an immutable release");
        record.assets.splice(record.assets.indexOf(asset), 1);
        return { status: 204 };
      },
    },
  };
}
