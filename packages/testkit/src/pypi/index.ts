/** The fake PyPI of the test bench and the sample project's distribution builder. */

export { type ArchiveMember, writeTarGz, writeZip } from "./archive-writers.ts";
export {
  buildDistributions,
  coreMetadata,
  type ProjectMetadata,
  readProjectMetadata,
} from "./dist-builder.ts";
export {
  FakePyPI,
  type FakePypiOptions,
  type Provenance,
  type PypiFault,
  type PypiRequest,
  type RandomFaults as RandomPypiFaults,
  type StoredFile,
} from "./fake-pypi.ts";
export type { TrustedPublisher } from "./oidc-verifier.ts";
export { hasPythonBuild, pythonBuild, twineUpload, writeFiles } from "./python-tools.ts";
