/**
 * Verifies GitHub Actions OIDC tokens the way PyPI's trusted publishing does: RS256 signature
 * with the issuer's key, issuer, audience, expiry, single use, and a trusted publisher whose
 * repository, workflow file and (optional) environment match the claims.
 */
import { createVerify, type KeyObject } from "node:crypto";

/** A trusted publisher configured on a project. */
export interface TrustedPublisher {
  readonly project: string;
  /** `owner/repo`. */
  readonly repository: string;
  /** The workflow's file name, `release.yml`. */
  readonly workflow: string;
  readonly environment?: string;
}

/** Why a token was refused, with Warehouse's error code. */
export class TokenRefusal extends Error {
  readonly code: string;

  constructor(code: string, description: string) {
    super(description);
    this.code = code;
  }
}

/** Checks a token and returns the publisher it matches. */
export function verifyPublishingToken(
  token: string,
  options: {
    key: KeyObject;
    issuer: string;
    audience: string;
    publishers: readonly TrustedPublisher[];
    used: Set<string>;
    now: number;
  },
): TrustedPublisher {
  const parts = token.split(".");
  if (parts.length !== 3) throw new TokenRefusal("invalid-payload", "malformed JWT");
  const [header, payload, signature] = parts as [string, string, string];
  let claims: Record<string, unknown>;
  try {
    const head = JSON.parse(Buffer.from(header, "base64url").toString()) as { alg?: string };
    if (head.alg !== "RS256") throw new Error("alg");
    claims = JSON.parse(Buffer.from(payload, "base64url").toString()) as Record<string, unknown>;
  } catch {
    throw new TokenRefusal("invalid-payload", "malformed JWT");
  }
  if (claims.iss !== options.issuer)
    throw new TokenRefusal("invalid-payload", "unknown trusted publishing issuer");
  const valid = createVerify("RSA-SHA256")
    .update(`${header}.${payload}`)
    .verify(options.key, Buffer.from(signature, "base64url"));
  const audience = Array.isArray(claims.aud) ? claims.aud : [claims.aud];
  if (
    !valid ||
    !audience.includes(options.audience) ||
    Number(claims.exp) <= options.now ||
    Number(claims.nbf ?? 0) > options.now + 60
  ) {
    throw new TokenRefusal("invalid-token", "malformed or invalid token");
  }
  const publisher = options.publishers.find(
    (candidate) =>
      candidate.repository.toLowerCase() === String(claims.repository).toLowerCase() &&
      String(claims.job_workflow_ref).startsWith(
        `${candidate.repository}/.github/workflows/${candidate.workflow}@`,
      ) &&
      (candidate.environment === undefined || candidate.environment === claims.environment),
  );
  if (!publisher)
    throw new TokenRefusal(
      "invalid-publisher",
      "valid token, but no corresponding publisher (Publisher with matching claims was not found)",
    );
  const jti = String(claims.jti);
  if (options.used.has(jti)) throw new TokenRefusal("invalid-reuse-token", "invalid token: already used");
  options.used.add(jti);
  return publisher;
}
