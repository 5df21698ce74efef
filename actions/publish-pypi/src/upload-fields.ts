/**
 * The form fields of an upload, exactly as twine sends them: the action and protocol, the core
 * metadata, the file type and Python version, the attestations, and the digests.
 */
import { metadataFormFields } from "./core-metadata.ts";
import type { Digests } from "./digests.ts";
import type { Distribution } from "./distributions.ts";

/** The fields of a distribution's upload but its digests. */
export function uploadRequestFields(dist: Distribution, attestations?: string): [string, string][] {
  return [
    [":action", "file_upload"],
    ["protocol_version", "1"],
    ...metadataFormFields(dist.metadata),
    ["filetype", dist.parsed.kind === "wheel" ? "bdist_wheel" : "sdist"],
    ["pyversion", dist.parsed.kind === "wheel" ? dist.parsed.python : "source"],
    ...(attestations ? ([["attestations", attestations]] as [string, string][]) : []),
  ];
}

/** The digest fields: Warehouse needs one at least and checks each one sent. */
export function digestFields(digests: Digests): [string, string][] {
  return [
    ["sha256_digest", digests.sha256],
    ["blake2_256_digest", digests.blake2_256],
  ];
}
