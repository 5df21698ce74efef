/** The fake GitHub of the test bench (see README.md beside this file). */
export {
  FAULT_KINDS,
  FakeGitHub,
  type FaultKind,
  type FaultSpec,
  type RandomFaults,
  type RecordedRequest,
  type Violation,
} from "./fake-github.ts";
export type { GitCommit, GitIdentity } from "./git-store.ts";
export { type HistoryData, type HistorySeed, pullOfSubject } from "./history-seed.ts";
export { HttpError, type Reply, type RequestContext, type Route } from "./http.ts";
export { ACTIONS_TOKEN_PERMISSIONS, type Identity, type TokenGrant } from "./identities.ts";
export { ACTIONS_ISSUER, OidcIssuer, type OidcRunClaims } from "./oidc.ts";
export type {
  IssueRecord,
  MilestoneRecord,
  PullRecord,
  ReleaseRecord,
  ReviewRecord,
  RulesetRecord,
} from "./records.ts";
export { FakeRepository, type FileMap, isoDate, type RepositoryRole } from "./repository.ts";
export { pacificMidnight } from "./routes/issue-routes.ts";
