/**
 * Python package names as indexes and installers compare them (PEP 503): `Instructlab_SDG`,
 * `instructlab.sdg` and `instructlab-sdg` are one package.
 */

/** The PEP 503 normalized name: lower case, each run of `-`, `_` and `.` one `-`. */
export function normalizePackageName(name: string): string {
  return name.replace(/[-_.]+/g, "-").toLowerCase();
}
