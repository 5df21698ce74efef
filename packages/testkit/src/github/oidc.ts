/**
 * GitHub Actions OIDC tokens, as the runner's token service issues them to a job with
 * `id-token: write`: an RS256 JWT with GitHub's claims, signed by a key whose public half the
 * fake PyPI (or any verifier) is given.
 */
import { createSign, generateKeyPairSync, type KeyObject, randomUUID } from "node:crypto";

/** The issuer GitHub's tokens carry; PyPI checks it. */
export const ACTIONS_ISSUER = "https://token.actions.githubusercontent.com";

/** What a workflow run looks like to a token verifier. */
export interface OidcRunClaims {
  readonly repository: string;
  readonly repositoryId?: number;
  readonly repositoryOwnerId?: number;
  /** `.github/workflows/release.yml`. */
  readonly workflowFile: string;
  readonly ref: string;
  readonly sha: string;
  readonly eventName: string;
  readonly environment?: string;
  /** A reusable workflow's ref, when the job runs inside one (PyPI matches on this). */
  readonly jobWorkflowRef?: string;
  readonly actor?: string;
}

function base64url(value: string | Buffer): string {
  return Buffer.from(value).toString("base64url");
}

/** Signs GitHub-shaped OIDC tokens. */
export class OidcIssuer {
  readonly publicKey: KeyObject;
  readonly keyId = "fake-actions-oidc-key";
  readonly #privateKey: KeyObject;

  constructor() {
    const { publicKey, privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
    this.publicKey = publicKey;
    this.#privateKey = privateKey;
  }

  /** The JWKS document with the public key. */
  jwks(): { keys: Record<string, unknown>[] } {
    return {
      keys: [{ ...this.publicKey.export({ format: "jwk" }), kid: this.keyId, alg: "RS256", use: "sig" }],
    };
  }

  /** A token for this audience and run, valid five minutes from `now`. */
  token(audience: string, run: OidcRunClaims, now: Date): string {
    const [owner = ""] = run.repository.split("/");
    const issuedAt = Math.floor(now.getTime() / 1000);
    const workflowRef = `${run.repository}/${run.workflowFile}@${run.ref}`;
    const claims = {
      jti: randomUUID(),
      iss: ACTIONS_ISSUER,
      aud: audience,
      sub: run.environment
        ? `repo:${run.repository}:environment:${run.environment}`
        : `repo:${run.repository}:ref:${run.ref}`,
      repository: run.repository,
      repository_id: String(run.repositoryId ?? 1),
      repository_owner: owner,
      repository_owner_id: String(run.repositoryOwnerId ?? 1),
      repository_visibility: "public",
      workflow: run.workflowFile.split("/").at(-1),
      workflow_ref: workflowRef,
      workflow_sha: run.sha,
      job_workflow_ref: run.jobWorkflowRef ?? workflowRef,
      job_workflow_sha: run.sha,
      ref: run.ref,
      ref_type: run.ref.startsWith("refs/tags/") ? "tag" : "branch",
      sha: run.sha,
      event_name: run.eventName,
      actor: run.actor ?? "release-manager",
      actor_id: "1",
      run_id: "1",
      run_number: "1",
      run_attempt: "1",
      runner_environment: "github-hosted",
      ...(run.environment && { environment: run.environment }),
      iat: issuedAt,
      nbf: issuedAt,
      exp: issuedAt + 300,
    };
    const header = base64url(JSON.stringify({ alg: "RS256", typ: "JWT", kid: this.keyId }));
    const payload = base64url(JSON.stringify(claims));
    const signature = createSign("RSA-SHA256").update(`${header}.${payload}`).sign(this.#privateKey);
    return `${header}.${payload}.${base64url(signature)}`;
  }
}
