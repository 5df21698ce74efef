/**
 * The names of the files a release ships: a PEP 740 attestation lies beside its distribution as
 * `<filename>.publish.attestation` (the sidecar pypa/gh-action-pypi-publish writes). publish-pypi
 * writes them, tag-and-changelog attaches them to the GitHub release.
 */

/** The suffix of an attestation's file beside its distribution. */
export const ATTESTATION_SUFFIX = ".publish.attestation";
