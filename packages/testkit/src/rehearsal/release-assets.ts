/**
 * The rehearsal's check of the GitHub release of a released version: published, and carrying the
 * very wheel and sdist the index has (same names, same sha256) and the PEP 740 attestation of each
 * (`<file>.publish.attestation`), as InstructLab's own workflow attaches them today — with
 * immutable releases on, which take no file once a release is published.
 */
import { ATTESTATION_SUFFIX } from "@release-actions/core/strategy";
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
  log(
    `  GitHub release v${version}${release.immutable ? " (immutable)" : ""}: ${release.assets.map((asset) => asset.name).join(", ") || "no files"}`,
  );
  const attached = new Map(release.assets.map((asset) => [asset.name, asset.digest]));
  const indexed = pypi.files.filter((file) => file.version === version);
  const expected = indexed.flatMap((file) => [
    file.filename,
    ...(file.attestations ? [`${file.filename}${ATTESTATION_SUFFIX}`] : []),
  ]);
  const fits =
    indexed.length >= 2 &&
    indexed.every((file) => attached.get(file.filename) === `sha256:${file.sha256}`) &&
    [...attached.keys()].sort().join() === expected.sort().join();
  return fits
    ? []
    : [
        `v${version}: the GitHub release should carry the wheel, the sdist and the attestations the index has`,
      ];
}
