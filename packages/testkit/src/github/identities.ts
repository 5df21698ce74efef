/**
 * Users, bots and the tokens that act as them. A token carries GitHub App style permissions
 * (the model of GITHUB_TOKEN and fine-grained tokens), which the fake enforces per operation.
 */
import type { Scope } from "./http.ts";

/** A GitHub account. */
export interface Identity {
  readonly login: string;
  readonly id: number;
  readonly type: "User" | "Bot" | "Organization";
  readonly name: string;
  readonly email: string;
}

/** What a token may do, as an identity. */
export interface TokenGrant {
  readonly identity: Identity;
  readonly permissions: Readonly<Partial<Record<Scope, "read" | "write" | "none">>>;
  /**
   * The repositories (`owner/name`, lower-case) a fine-grained or GitHub App token was given;
   * undefined: all. GitHub answers 404, not 403, for a repository the token cannot see:
   * https://docs.github.com/en/rest/using-the-rest-api/troubleshooting-the-rest-api#404-not-found-for-an-existing-resource
   */
  readonly repositories?: readonly string[];
}

/**
 * The permissions of the runner's GITHUB_TOKEN with write access (`contents`, `pull-requests`,
 * `issues`…). It never has `administration` (rulesets) nor organization `members` (teams).
 */
export const ACTIONS_TOKEN_PERMISSIONS: TokenGrant["permissions"] = {
  contents: "write",
  pull_requests: "write",
  issues: "write",
  metadata: "read",
  actions: "write",
  statuses: "write",
  administration: "none",
  members: "none",
};

/** True when the grant allows `level` on `scope`. */
export function allows(grant: TokenGrant, scope: Scope, level: "read" | "write"): boolean {
  const granted = grant.permissions[scope] ?? (scope === "metadata" ? "read" : "none");
  return granted === "write" || (level === "read" && granted === "read");
}
