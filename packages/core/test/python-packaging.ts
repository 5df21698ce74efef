/**
 * Asks Python's `packaging` (Debian's python3-packaging, the reference implementation of
 * PEP 440 and PEP 503) about a batch of strings in one process, so tests compare against the
 * real thing.
 */
import { execFileSync } from "node:child_process";

const SCRIPT = `
import json, sys
from packaging.utils import canonicalize_name
from packaging.version import Version, InvalidVersion
request = json.load(sys.stdin)
def norm(s):
    try:
        return str(Version(s))
    except InvalidVersion:
        return None
print(json.dumps({
    "normalized": [norm(s) for s in request["normalize"]],
    "sorted": [str(v) for v in sorted(Version(s) for s in request["sort"])],
    "canonical": [canonicalize_name(s) for s in request["canonicalize"]],
}))
`;

/**
 * Normalizes each version string (null when packaging refuses it), sorts the second list, and
 * canonicalizes the package names of the third.
 */
export function askPackaging(
  normalize: readonly string[],
  sort: readonly string[] = [],
  canonicalize: readonly string[] = [],
): { normalized: (string | null)[]; sorted: string[]; canonical: string[] } {
  try {
    const output = execFileSync("/usr/bin/python3", ["-c", SCRIPT], {
      input: JSON.stringify({ normalize, sort, canonicalize }),
      encoding: "utf8",
    });
    return JSON.parse(output);
  } catch (error) {
    throw new Error(
      `Python's packaging is needed to check PEP 440 behaviour: install Debian's python3-packaging (apt-get install -y python3-packaging; .ci/run does). ${String(error)}`,
    );
  }
}
