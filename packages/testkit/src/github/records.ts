/**
 * What GitHub keeps beside git for a repository, as the fake holds it: issues and pull requests
 * (one number sequence), their comments, reviews, labels, milestones, releases, rulesets,
 * collaborators.
 */
import type { Identity } from "./identities.ts";

/** An issue, or the issue side of a pull request. */
export interface IssueRecord {
  readonly number: number;
  readonly id: number;
  title: string;
  body: string | null;
  state: "open" | "closed";
  stateReason: "completed" | "not_planned" | "reopened" | null;
  readonly user: Identity;
  labels: string[];
  milestone: number | null;
  assignees: string[];
  readonly createdAt: string;
  updatedAt: string;
  closedAt: string | null;
  /** Set when the issue is a pull request. */
  readonly pull?: PullRecord;
}

/** A comment on an issue or a pull request (its conversation, not a review comment). */
export interface CommentRecord {
  readonly id: number;
  /** The issue or pull request it is on. */
  readonly issue: number;
  body: string;
  readonly user: Identity;
  readonly createdAt: string;
  updatedAt: string;
}

/** A pull request's own state. */
export interface PullRecord {
  readonly number: number;
  readonly id: number;
  readonly headRef: string;
  /** The head commit; follows the head branch while the PR is open. */
  headSha: string;
  baseRef: string;
  draft: boolean;
  merged: boolean;
  mergedAt: string | null;
  mergedBy: Identity | null;
  mergeCommitSha: string | null;
  requestedReviewers: string[];
  requestedTeams: string[];
}

/** A pull request review. */
export interface ReviewRecord {
  readonly id: number;
  readonly user: Identity;
  state: "APPROVED" | "CHANGES_REQUESTED" | "COMMENTED" | "DISMISSED" | "PENDING";
  readonly body: string;
  readonly commitId: string;
  readonly submittedAt: string;
}

/** A label of the repository. */
export interface LabelRecord {
  readonly id: number;
  readonly name: string;
  color: string;
  description: string | null;
}

/** A milestone. */
export interface MilestoneRecord {
  readonly number: number;
  readonly id: number;
  title: string;
  description: string | null;
  state: "open" | "closed";
  /** Stored as GitHub stores it: midnight US-Pacific of the given day, in UTC. */
  dueOn: string | null;
  readonly creator: Identity;
  readonly createdAt: string;
  updatedAt: string;
  closedAt: string | null;
}

/** A release. */
export interface ReleaseRecord {
  readonly id: number;
  tagName: string;
  targetCommitish: string;
  name: string | null;
  body: string | null;
  draft: boolean;
  prerelease: boolean;
  readonly author: Identity;
  readonly createdAt: string;
  publishedAt: string | null;
  /** Published while the repository had immutable releases on: the tag is frozen. */
  immutable: boolean;
  /** Files attached to the release, in upload order. */
  readonly assets: ReleaseAssetRecord[];
}

/** A file attached to a release. */
export interface ReleaseAssetRecord {
  readonly id: number;
  readonly name: string;
  readonly label: string | null;
  readonly contentType: string;
  readonly bytes: Buffer;
  /** `sha256:<hex>`, as GitHub computes it at upload. */
  readonly digest: string;
  readonly uploader: Identity;
  readonly createdAt: string;
}

/** A repository ruleset, kept as the request body that created it. */
export interface RulesetRecord {
  readonly id: number;
  name: string;
  target: "branch" | "tag" | "push";
  enforcement: "disabled" | "active" | "evaluate";
  conditions: { ref_name?: { include?: string[]; exclude?: string[] } } | null;
  rules: { type: string; parameters?: Record<string, unknown> }[];
  readonly createdAt: string;
  updatedAt: string;
}
