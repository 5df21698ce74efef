/**
 * The rehearsal's check of the GitHub release of a released version: published, and carrying the
 * very wheel and sdist the index has (same names, same sha256), as InstructLab's own workflow
 * attaches them today — with immutable releases on, which take no file once a release is published.
 */
import type { FakeRepository } from "../github/index.ts";
import type { FakePyPI } from "../pypi/index.ts";

/** What is wrong with the GitHub release of `version` (empty when nothing); logs what it has. */
export function checkReleaseAssets(
  repository: FakeRepository,
  pypi: FakePyPI,
  version: string,
  log: (line: string) => void,
): string[] {
  const release = [...repository.releases.values()].find((candidate) => candidate.tagName === `v${version}`);
  if (!release) return [`v${version}: no GitHub release`];
  if (release.draft) return [`v${version}: the GitHub release is still a draft`];
  const attached = release.assets.map((asset) => `${asset.name} ${asset.digest}`).sort();
  const indexed = pypi.files
    .filter((file) => file.version === version)
    .map((file) => `${file.filename} sha256:${file.sha256}`)
    .sort();
  log(
    `  GitHub release v${version}${release.immutable ? " (immutable)" : ""}: ${release.assets.map((asset) => asset.name).join(", ") || "no files"}`,
  );
  return attached.join("\n") === indexed.join("\n") && indexed.length >= 2
    ? []
    : [`v${version}: the GitHub release should carry the wheel and the sdist the index has`];
}
