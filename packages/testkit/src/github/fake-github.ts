/**
 * The fake GitHub: an HTTP server on 127.0.0.1 that the stages' real Octokit clients and the
 * committed bundles talk to. Routing and validation come from GitHub's OpenAPI description;
 * git data lives in real bare repositories; everything else GitHub keeps is held in memory.
 * It records every request, can inject faults, and fails loudly (violations) whenever a client
 * sends something GitHub would not accept or the fake answers something GitHub would not send.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { type LocalServer, startLocalServer } from "../local-server.ts";
import { seededRandom } from "../seeded-random.ts";
import { GitStore } from "./git-store.ts";
import { type HistoryData, type HistorySeed, seedHistory } from "./history-seed.ts";
import { HttpError, type Reply, type RequestContext, type Route } from "./http.ts";
import { ACTIONS_TOKEN_PERMISSIONS, allows, type Identity, type TokenGrant } from "./identities.ts";
import { OidcIssuer, type OidcRunClaims } from "./oidc.ts";
import {
  type ApiRequest,
  type GitHubApiDescription,
  loadGitHubApiDescription,
  type MatchedOperation,
} from "./openapi.ts";
import { FakeRepository, type FileMap } from "./repository.ts";
import { FakeUrls } from "./rest-objects.ts";
import { adminRoutes } from "./routes/admin-routes.ts";
import { gitRoutes } from "./routes/git-routes.ts";
import { issueRoutes } from "./routes/issue-routes.ts";
import { pullRoutes } from "./routes/pull-routes.ts";
import { releaseRoutes } from "./routes/release-routes.ts";
import { fillRequired } from "./schema-fill.ts";

/** One request as the fake saw it. */
export interface RecordedRequest {
  readonly method: string;
  readonly path: string;
  readonly query: Readonly<Record<string, string>>;
  readonly operationId: string | undefined;
  readonly status: number | "dropped";
  readonly requestBody: unknown;
  readonly responseBody: unknown;
  readonly caller: string | undefined;
  readonly fault: boolean;
  /** Which fault, when `fault` (e.g. "cut", "lost answer", "502"). */
  readonly faultKind?: FaultKind;
  /** Time the fake took to answer (validation included). */
  readonly durationMs: number;
}

/** Something a client sent, or the fake answered, that GitHub's description does not allow. */
export interface Violation {
  readonly kind:
    | "unknown operation"
    | "invalid request"
    | "invalid response"
    | "undocumented status"
    | "not implemented"
    | "handler error"
    | "wrong host";
  readonly method: string;
  readonly path: string;
  readonly operationId: string | undefined;
  readonly details: string;
}

/**
 * The faults of a real connection to GitHub the fake can inject (issue 15: what a fault-injecting
 * proxy in front of GitHub showed). Sources of GitHub's side:
 * - 5xx: GitHub answers 500/502/503 under load ("Server Error", "Bad Gateway", "Service Unavailable").
 * - Secondary rate limits: "you will receive a 403 or 429 response and an error message that
 *   indicates that you exceeded a secondary rate limit. If the retry-after response header is
 *   present, you should not retry your request until after that many seconds has elapsed"
 *   (https://docs.github.com/en/rest/using-the-rest-api/rate-limits-for-the-rest-api#exceeding-the-rate-limit).
 * - `drop`: the connection closes before any answer (the request was not handled).
 * - `cut`: the answer starts (status, headers with the full body's Content-Length) and the
 *   connection closes after part of the body: the client sees a 200 whose body never completes.
 * - `lost answer`: the request is handled — a write is applied — and the connection closes
 *   before the answer is sent: the client cannot tell whether its write happened.
 */
export type FaultKind =
  | "500"
  | "502"
  | "503"
  | "secondary rate limit"
  | "429"
  | "drop"
  | "cut"
  | "lost answer";

/** Every kind of {@link FaultKind}, the default mix of {@link FakeGitHub.injectRandomFaults}. */
export const FAULT_KINDS: readonly FaultKind[] = [
  "500",
  "502",
  "503",
  "secondary rate limit",
  "429",
  "drop",
  "cut",
  "lost answer",
];

/** Seeded random faults: each API request gets one with probability `rate`. */
export interface RandomFaults {
  readonly seed: number;
  /** Probability (0–1) that a request gets a fault. */
  readonly rate: number;
  /** The kinds drawn from, uniformly (default {@link FAULT_KINDS}). */
  readonly kinds?: readonly FaultKind[];
  /** `retry-after` seconds of rate limits (default 1). */
  readonly retryAfter?: number;
}

/** A fault to inject into matching requests. */
export interface FaultSpec {
  readonly operationId?: string;
  readonly method?: string;
  readonly path?: RegExp;
  /** How many matching requests get the fault (default 1). */
  readonly times?: number;
  /** How many matching requests pass untouched first (default 0). */
  readonly skip?: number;
  readonly fault:
    | { readonly status: number; readonly body?: unknown; readonly headers?: Record<string, string> }
    | { readonly secondaryRateLimit: { readonly retryAfter: number; readonly status?: 403 | 429 } }
    | { readonly drop: true }
    /** The answer is cut after `keep` (0–1, default 0.5) of its body; see {@link FaultKind}. */
    | { readonly cut: true; readonly keep?: number }
    /** The request is handled (a write applied), then the connection closes unanswered. */
    | { readonly lostAnswer: true }
    | { readonly before: () => Promise<void> | void };
}

const SECONDARY_RATE_LIMIT_MESSAGE =
  "You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID.";

/** The fault of a kind, as {@link FaultSpec} spells it. */
function faultOfKind(kind: FaultKind, retryAfter: number): FaultSpec["fault"] {
  switch (kind) {
    case "500":
      return { status: 500, body: { message: "Server Error" } };
    case "502":
      return { status: 502, body: { message: "Server Error" } };
    case "503":
      return { status: 503, body: { message: "Service Unavailable" } };
    case "secondary rate limit":
      return { secondaryRateLimit: { retryAfter } };
    case "429":
      return { secondaryRateLimit: { retryAfter, status: 429 } };
    case "drop":
      return { drop: true };
    case "cut":
      return { cut: true };
    case "lost answer":
      return { lostAnswer: true };
  }
}

function kindOfFault(fault: FaultSpec["fault"]): FaultKind | undefined {
  if ("drop" in fault) return "drop";
  if ("cut" in fault) return "cut";
  if ("lostAnswer" in fault) return "lost answer";
  if ("secondaryRateLimit" in fault)
    return fault.secondaryRateLimit.status === 429 ? "429" : "secondary rate limit";
  if ("status" in fault && [500, 502, 503].includes(fault.status)) return String(fault.status) as FaultKind;
  return undefined;
}

// Path parameters GitHub lets contain slashes (`heads/main`, `src/a.py`, `release/v1`): clients
// send them as-is, so they are encoded here before the description's one-segment templates match.
const SLASHED_PARAMETERS = [
  /^(\/repos\/[^/]+\/[^/]+\/git\/(?:ref|refs|matching-refs)\/)(.+)$/,
  /^(\/repos\/[^/]+\/[^/]+\/contents\/)(.+)$/,
  /^(\/repos\/[^/]+\/[^/]+\/compare\/)(.+)$/,
  /^(\/repos\/[^/]+\/[^/]+\/branches\/)(.+?)(\/protection.*)?$/,
  /^(\/repos\/[^/]+\/[^/]+\/commits\/)(.+?)(\/(?:pulls|status|statuses|check-runs|check-suites|comments|branches-where-head))?$/,
];

function encodeSlashedParameters(path: string): string {
  for (const pattern of SLASHED_PARAMETERS) {
    const match = pattern.exec(path);
    if (match) return `${match[1]}${(match[2] ?? "").replace(/\//g, "%2F")}${match[3] ?? ""}`;
  }
  return path;
}

const READ_ONLY_POSTS = new Set(["repos/generate-release-notes", "markdown/render", "markdown/render-raw"]);
const API_PREFIX = "/api/v3";
/** GitHub Enterprise Server's upload prefix (github.com: https://uploads.github.com). */
const UPLOADS_PREFIX = "/api/uploads";
const UPLOAD_OPERATION = "repos/upload-release-asset";
const DOCS = "https://docs.github.com/rest";

/** The fake GitHub server. */
export class FakeGitHub {
  readonly api: GitHubApiDescription;
  readonly urls: FakeUrls;
  readonly requests: RecordedRequest[] = [];
  readonly violations: Violation[] = [];
  /** A token like the runner's GITHUB_TOKEN (github-actions[bot]). */
  readonly defaultToken: string;
  readonly routes: Map<string, Route>;
  readonly #server: LocalServer;
  readonly #users = new Map<string, Identity>();
  readonly #tokens = new Map<string, TokenGrant>();
  readonly #repositories = new Map<string, FakeRepository>();
  readonly #faults: { spec: FaultSpec; seen: number; used: number }[] = [];
  #random: { draw: () => number; rate: number; kinds: readonly FaultKind[]; retryAfter: number } | undefined;
  readonly #teams = new Map<string, Set<string>>();
  readonly #idTokenRequests = new Map<string, OidcRunClaims>();
  #oidc: OidcIssuer | undefined;
  #nextId = 1000;
  #clock: () => Date = () => new Date();

  /** A fake served by `server`: a new one, or a copy of `source` (see {@link copy}). */
  private constructor(api: GitHubApiDescription, server: LocalServer, source?: FakeGitHub) {
    this.api = api;
    this.#server = server;
    this.urls = new FakeUrls(`${server.url}${API_PREFIX}`, server.url);
    this.routes = new Map(
      Object.entries({
        ...gitRoutes(this),
        ...pullRoutes(this),
        ...issueRoutes(this),
        ...releaseRoutes(this),
        ...adminRoutes(this),
      }),
    );
    if (source) {
      this.defaultToken = source.defaultToken;
      this.#copyState(source);
      return;
    }
    const bot = this.addUser("github-actions[bot]", {
      type: "Bot",
      id: 41898282,
      email: "41898282+github-actions[bot]@users.noreply.github.com",
    });
    this.defaultToken = this.createToken({ login: bot.login, permissions: ACTIONS_TOKEN_PERMISSIONS });
  }

  /** Starts a fake on a free port of 127.0.0.1. */
  static async start(): Promise<FakeGitHub> {
    return FakeGitHub.#open(await loadGitHubApiDescription());
  }

  static async #open(api: GitHubApiDescription, source?: FakeGitHub): Promise<FakeGitHub> {
    const server = await startLocalServer();
    const fake = new FakeGitHub(api, server, source);
    server.serve((request, response) => fake.#serve(request, response));
    return fake;
  }

  /**
   * A new fake GitHub on a free port of its own that starts as a copy of this one: the same
   * accounts, teams, tokens (the default one included), repositories (same ids and names, each
   * copied as {@link copyRepository} copies it), OIDC signer, id sequence and clock; neither sees
   * what is done to the other afterwards. Its request log, violations and faults start empty:
   * they are the traffic of a server, not what GitHub keeps. A test that needs the same world
   * many times (same names and numbers, e.g. one per kill point) arranges it once and copies it;
   * copy while no request or arrangement is under way.
   */
  copy(): Promise<FakeGitHub> {
    return FakeGitHub.#open(this.api, this);
  }

  /** Takes `source`'s state as this copy's own (see {@link copy}). */
  #copyState(source: FakeGitHub): void {
    // Accounts are frozen and token grants never change: both are shared.
    for (const [login, identity] of source.#users) this.#users.set(login, identity);
    for (const [token, grant] of source.#tokens) this.#tokens.set(token, grant);
    for (const [team, members] of source.#teams) this.#teams.set(team, new Set(members));
    for (const [token, run] of source.#idTokenRequests) this.#idTokenRequests.set(token, run);
    // One key pair for both: a verifier given the source's public key accepts the copy's tokens.
    this.#oidc = source.oidc;
    this.#nextId = source.#nextId;
    this.#clock = source.#clock;
    for (const [key, repository] of source.#repositories)
      this.#repositories.set(
        key,
        repository.copy({
          id: repository.id,
          owner: repository.owner,
          name: repository.name,
          git: repository.git.copy(),
          clock: () => this.now(),
          nextId: () => this.nextId(),
        }),
      );
  }

  /** The REST base URL (GITHUB_API_URL), GHES-style with `/api/v3`. */
  get apiUrl(): string {
    return this.urls.api;
  }

  /** The web base URL (GITHUB_SERVER_URL). */
  get serverUrl(): string {
    return this.urls.web;
  }

  /**
   * Stops the server, closes open connections and deletes the repositories (their git processes
   * and directories: a suite run left thousands of them in the temporary directory).
   */
  async stop(): Promise<void> {
    await this.#server.stop();
    for (const repository of this.#repositories.values()) repository.git.remove();
  }

  /** Freezes or moves the fake's clock (dates of commits, reviews, releases…). */
  setClock(clock: () => Date): void {
    this.#clock = clock;
  }

  now(): Date {
    return this.#clock();
  }

  /** A fresh id for GitHub objects. */
  nextId(): number {
    return this.#nextId++;
  }

  /** Adds (or returns) an account. */
  addUser(
    login: string,
    options: { type?: Identity["type"]; name?: string; email?: string; id?: number } = {},
  ): Identity {
    const existing = this.#users.get(login.toLowerCase());
    if (existing) return existing;
    // Frozen: an account never changes, and copies of repositories share it.
    const identity: Identity = Object.freeze({
      login,
      id: options.id ?? this.nextId(),
      type: options.type ?? "User",
      name: options.name ?? login,
      email: options.email ?? `${login.replace(/\[bot\]$/, "")}@users.noreply.example.com`,
    });
    this.#users.set(login.toLowerCase(), identity);
    return identity;
  }

  /** The account with this login, if any. */
  user(login: string): Identity | undefined {
    return this.#users.get(login.toLowerCase());
  }

  /** The account whose email this is, if any (to attribute commits). */
  userByEmail(email: string): Identity | undefined {
    return [...this.#users.values()].find((identity) => identity.email.toLowerCase() === email.toLowerCase());
  }

  /** Creates (or replaces) an organization team with these members. */
  addTeam(org: string, slug: string, members: readonly string[]): void {
    for (const login of members) this.addUser(login);
    this.#teams.set(`${org}/${slug}`.toLowerCase(), new Set(members));
  }

  /** The members of a team, if it exists. */
  team(org: string, slug: string): ReadonlySet<string> | undefined {
    return this.#teams.get(`${org}/${slug}`.toLowerCase());
  }

  /** The signer of Actions OIDC tokens (its public key verifies them). */
  get oidc(): OidcIssuer {
    this.#oidc ??= new OidcIssuer();
    return this.#oidc;
  }

  /**
   * The token service a job with `id-token: write` gets (ACTIONS_ID_TOKEN_REQUEST_URL/TOKEN):
   * `GET <url>&audience=<aud>` with `Authorization: bearer <token>` answers `{"value": <jwt>}`.
   */
  idTokenEndpoint(run: OidcRunClaims): { requestUrl: string; requestToken: string } {
    const requestToken = `actions-runtime-${this.nextId()}`;
    this.#idTokenRequests.set(requestToken, run);
    return { requestUrl: `${this.urls.web}/_services/token/idtoken?api-version=2.0`, requestToken };
  }

  /** Issues a token acting as `login` with these permissions (default: the runner token's). */
  createToken(options: {
    login: string;
    permissions?: TokenGrant["permissions"];
    /** Only these repositories (`owner/name`), as a fine-grained or GitHub App token; default all. */
    repositories?: readonly string[];
  }): string {
    const identity = this.addUser(options.login);
    const token = `ghs_fake_${identity.login.replace(/\W/g, "")}_${this.nextId()}`;
    this.#tokens.set(token, {
      identity,
      permissions: options.permissions ?? ACTIONS_TOKEN_PERMISSIONS,
      ...(options.repositories && {
        repositories: options.repositories.map((fullName) => fullName.toLowerCase()),
      }),
    });
    return token;
  }

  /**
   * The GITHUB_TOKEN GitHub mints for a job of a workflow in `repository`: github-actions[bot],
   * these permissions, and that repository only ("The token's permissions are limited to the
   * repository that contains your workflow": https://docs.github.com/en/actions/security-for-github-actions/security-guides/automatic-token-authentication).
   */
  jobToken(repository: string, permissions: TokenGrant["permissions"] = ACTIONS_TOKEN_PERMISSIONS): string {
    return this.createToken({ login: "github-actions[bot]", permissions, repositories: [repository] });
  }

  /** Creates a repository, optionally with an initial commit of `files` on the default branch. */
  async createRepository(
    fullName: string,
    options: { defaultBranch?: string; files?: FileMap; message?: string } = {},
  ): Promise<FakeRepository> {
    const [ownerLogin, name] = fullName.split("/");
    if (!ownerLogin || !name) throw new Error(`createRepository: "${fullName}" is not owner/name`);
    if (this.#repositories.has(fullName.toLowerCase()))
      throw new Error(`createRepository: ${fullName} exists`);
    const defaultBranch = options.defaultBranch ?? "main";
    const repository = new FakeRepository({
      id: this.nextId(),
      owner: this.addUser(ownerLogin, { type: "Organization" }),
      name,
      git: await GitStore.create(defaultBranch),
      defaultBranch,
      clock: () => this.now(),
      nextId: () => this.nextId(),
    });
    this.#repositories.set(fullName.toLowerCase(), repository);
    if (options.files)
      await repository.commit({
        branch: defaultBranch,
        files: options.files,
        message: options.message ?? "Initial commit",
      });
    return repository;
  }

  /**
   * A new repository `fullName` that starts as a copy of `source`: its git repository, pull
   * requests, reviews, releases and the rest (see {@link FakeRepository.copy}). Much cheaper
   * than arranging the same history again: tests build a template once per file and copy it
   * for each test.
   */
  copyRepository(source: FakeRepository, fullName: string): FakeRepository {
    const [ownerLogin, name] = fullName.split("/");
    if (!ownerLogin || !name) throw new Error(`copyRepository: "${fullName}" is not owner/name`);
    if (this.#repositories.has(fullName.toLowerCase())) throw new Error(`copyRepository: ${fullName} exists`);
    const repository = source.copy({
      id: this.nextId(),
      owner: this.addUser(ownerLogin, { type: "Organization" }),
      name,
      git: source.git.copy(),
      clock: () => this.now(),
      nextId: () => this.nextId(),
    });
    this.#repositories.set(fullName.toLowerCase(), repository);
    return repository;
  }

  /** The repository `owner/name`; throws when it does not exist. */
  repository(fullName: string): FakeRepository {
    const repository = this.#repositories.get(fullName.toLowerCase());
    if (!repository) throw new Error(`No repository ${fullName} in the fake GitHub`);
    return repository;
  }

  /**
   * Creates a repository with the commit graph, branches and tags of a history export shaped
   * like shared/fixtures/instructlab-history.json (synthetic trees, same graph and subjects).
   */
  async seedHistory(
    fullName: string,
    history: HistoryData,
    options: { refs?: boolean; pulls?: boolean } = {},
  ): Promise<HistorySeed> {
    const repository = await this.createRepository(fullName);
    return seedHistory(repository, history, {
      ...(options.refs !== undefined && { refs: options.refs }),
      ...(options.pulls && { pulls: { author: (login: string) => this.addUser(login) } }),
    });
  }

  /** Injects a fault into the next matching request(s). */
  injectFault(spec: FaultSpec): void {
    this.#faults.push({ spec, seen: 0, used: 0 });
  }

  /**
   * From now on, each API request gets a fault with probability `rate`, its kind drawn from
   * `kinds`, all from `seed` (the same seed and the same requests give the same faults). Faults
   * injected with {@link injectFault} come first. Stopped by {@link clearFaults}.
   */
  injectRandomFaults(options: RandomFaults): void {
    this.#random = {
      draw: seededRandom(options.seed),
      rate: options.rate,
      kinds: options.kinds ?? FAULT_KINDS,
      retryAfter: options.retryAfter ?? 1,
    };
  }

  /**
   * Runs `body` with the random faults held back, then resumes their sequence where it was: for
   * what a person does between two workflow runs (a maintainer's review or merge), which a
   * reliability run does not put under faults. Nothing else may use the fake meanwhile.
   */
  async withoutRandomFaults<T>(body: () => Promise<T>): Promise<T> {
    const random = this.#random;
    this.#random = undefined;
    try {
      return await body();
    } finally {
      this.#random = random;
    }
  }

  /** Forgets every injected fault, the random ones included. */
  clearFaults(): void {
    this.#faults.length = 0;
    this.#random = undefined;
  }

  /** Requests that could change something (everything but reads and read-only POSTs). */
  mutatingRequests(): RecordedRequest[] {
    return this.requests.filter(
      (request) =>
        request.method !== "GET" &&
        request.method !== "HEAD" &&
        !READ_ONLY_POSTS.has(request.operationId ?? ""),
    );
  }

  /** Forgets the recorded requests (and violations). */
  clearLog(): void {
    this.requests.length = 0;
    this.violations.length = 0;
  }

  /** Throws a readable report when a request or response broke GitHub's description. */
  assertNoViolations(): void {
    if (this.violations.length === 0) return;
    const lines = this.violations.map(
      (violation) =>
        `- ${violation.kind}: ${violation.method} ${violation.path} (${violation.operationId ?? "?"}): ${violation.details}`,
    );
    throw new Error(
      `The fake GitHub saw ${this.violations.length} violation(s) of GitHub's API description:\n${lines.join("\n")}`,
    );
  }

  #violation(
    kind: Violation["kind"],
    request: ApiRequest,
    operation: MatchedOperation | undefined,
    details: string,
  ): void {
    this.violations.push({
      kind,
      method: request.method.toUpperCase(),
      path: request.path,
      operationId: operation?.operationId,
      details,
    });
  }

  #takeFault(method: string, path: string, operationId: string | undefined): FaultSpec["fault"] | undefined {
    for (const entry of this.#faults) {
      const { spec } = entry;
      if (spec.operationId !== undefined && spec.operationId !== operationId) continue;
      if (spec.method !== undefined && spec.method.toUpperCase() !== method) continue;
      if (spec.path !== undefined && !spec.path.test(path)) continue;
      entry.seen++;
      if (entry.seen <= (spec.skip ?? 0) || entry.used >= (spec.times ?? 1)) continue;
      entry.used++;
      return spec.fault;
    }
    const random = this.#random;
    if (random && random.draw() < random.rate) {
      const kind = random.kinds[Math.floor(random.draw() * random.kinds.length)] ?? "500";
      return faultOfKind(kind, random.retryAfter);
    }
    return undefined;
  }

  async #readBytes(request: IncomingMessage): Promise<Buffer | undefined> {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    return chunks.length === 0 ? undefined : Buffer.concat(chunks);
  }

  /** A JSON body parsed; an upload's body (raw file data, JSON or not) kept as text for validation. */
  #parseBody(bytes: Buffer | undefined, upload: boolean): unknown {
    if (bytes === undefined) return undefined;
    const text = bytes.toString(upload ? "latin1" : "utf8");
    if (upload) return text;
    try {
      return JSON.parse(text);
    } catch {
      return text;
    }
  }

  #authenticate(headers: IncomingMessage["headers"]): TokenGrant | HttpError {
    const header = headers.authorization;
    if (!header) return new HttpError(401, "Requires authentication");
    const token = header.replace(/^(token|bearer)\s+/i, "").trim();
    return this.#tokens.get(token) ?? new HttpError(401, "Bad credentials");
  }

  #send(response: ServerResponse, reply: Reply, cut?: { keep: number }): void {
    const body = reply.body === undefined ? "" : JSON.stringify(reply.body);
    response.writeHead(reply.status, {
      ...(body !== "" && { "content-length": String(Buffer.byteLength(body)) }),
      "content-type": "application/json; charset=utf-8",
      "x-github-api-version-selected": "2022-11-28",
      "x-github-request-id": `FAKE:${this.nextId()}`,
      "x-ratelimit-limit": "5000",
      "x-ratelimit-remaining": "4999",
      "x-ratelimit-reset": String(Math.floor(Date.now() / 1000) + 3600),
      "x-ratelimit-used": "1",
      "x-ratelimit-resource": "core",
      ...reply.headers,
    });
    if (!cut) {
      response.end(body);
      return;
    }
    // Headers and part of the body leave; then the connection closes with the rest unsent.
    const bytes = Buffer.from(body);
    response.write(bytes.subarray(0, Math.floor(bytes.length * cut.keep)), () => response.destroy());
  }

  #errorReply(error: HttpError): Reply {
    return {
      status: error.status,
      headers: error.headers,
      body: {
        message: error.message,
        ...(error.errors && { errors: error.errors }),
        documentation_url: DOCS,
        status: String(error.status),
      },
    };
  }

  async #serve(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const started = performance.now();
    const url = new URL(request.url ?? "/", this.urls.web);
    const method = (request.method ?? "GET").toUpperCase();
    // Release assets go to the release's upload_url, a host (GHES: a prefix) of their own.
    const upload = url.pathname.startsWith(`${UPLOADS_PREFIX}/`);
    const prefix = upload ? UPLOADS_PREFIX : API_PREFIX;
    const bytes = await this.#readBytes(request);
    const rawBody = this.#parseBody(bytes, upload);
    const query = Object.fromEntries(url.searchParams);
    const record = (
      operationId: string | undefined,
      status: number | "dropped",
      responseBody: unknown,
      caller?: string,
      faultKind?: FaultKind | "injected",
    ) =>
      this.requests.push({
        method,
        path: decodeURIComponent(url.pathname.slice(prefix.length)),
        query,
        operationId,
        status,
        requestBody: rawBody,
        responseBody,
        caller,
        fault: faultKind !== undefined,
        ...(faultKind !== undefined && faultKind !== "injected" && { faultKind }),
        durationMs: performance.now() - started,
      });

    if (url.pathname === "/_services/token/idtoken") {
      const run = this.#idTokenRequests.get((request.headers.authorization ?? "").replace(/^bearer\s+/i, ""));
      const reply: Reply = run
        ? {
            status: 200,
            body: {
              value: this.oidc.token(url.searchParams.get("audience") ?? this.apiUrl, run, this.now()),
            },
          }
        : { status: 401, body: { message: "Unauthorized: the id-token request token is missing or wrong" } };
      record(undefined, reply.status, undefined);
      this.#send(response, reply);
      return;
    }
    if (!url.pathname.startsWith(`${prefix}/`)) {
      record(undefined, 404, undefined);
      this.#send(response, {
        status: 404,
        body: { message: "Not Found", documentation_url: DOCS, status: "404" },
      });
      return;
    }
    const apiRequest: ApiRequest = {
      method: method.toLowerCase(),
      path: encodeSlashedParameters(url.pathname.slice(prefix.length)),
      query,
      headers: request.headers,
      ...(rawBody !== undefined && { body: rawBody }),
    };
    const operation = this.api.match(apiRequest);
    const fault = this.#takeFault(method, apiRequest.path, operation?.operationId);
    // A `before` callback is the test's concurrent writer, not a fault of the connection.
    const kind = fault && !("before" in fault) ? (kindOfFault(fault) ?? "injected") : undefined;
    if (fault && "drop" in fault) {
      record(operation?.operationId, "dropped", undefined, undefined, "drop");
      request.socket.destroy();
      return;
    }
    if (fault && ("status" in fault || "secondaryRateLimit" in fault)) {
      const reply: Reply =
        "status" in fault
          ? {
              status: fault.status,
              body: fault.body ?? { message: "Server Error", documentation_url: DOCS },
              headers: fault.headers ?? {},
            }
          : {
              status: fault.secondaryRateLimit.status ?? 403,
              headers: { "retry-after": String(fault.secondaryRateLimit.retryAfter) },
              body: {
                message: SECONDARY_RATE_LIMIT_MESSAGE,
                documentation_url: `${DOCS}/using-the-rest-api/rate-limits-for-the-rest-api#about-secondary-rate-limits`,
                status: String(fault.secondaryRateLimit.status ?? 403),
              },
            };
      record(operation?.operationId, reply.status, reply.body, undefined, kind);
      this.#send(response, reply);
      return;
    }

    let reply: Reply;
    let caller: string | undefined;
    if (!operation) {
      this.#violation("unknown operation", apiRequest, undefined, "GitHub's API has no such endpoint");
      reply = this.#errorReply(new HttpError(404, "Not Found"));
    } else if (upload !== (operation.operationId === UPLOAD_OPERATION)) {
      this.#violation(
        "wrong host",
        apiRequest,
        operation,
        upload
          ? "only release assets are uploaded to the upload_url host"
          : "release assets are uploaded to the release's upload_url, not to the API host",
      );
      reply = this.#errorReply(new HttpError(404, "Not Found"));
    } else {
      reply = await this.#handle(
        apiRequest,
        operation,
        fault && "before" in fault ? fault.before : undefined,
        bytes,
        (login) => {
          caller = login;
        },
      );
    }
    if (fault && "lostAnswer" in fault) {
      record(operation?.operationId, "dropped", reply.body, caller, "lost answer");
      request.socket.destroy();
      return;
    }
    if (fault && "cut" in fault) {
      record(operation?.operationId, reply.status, reply.body, caller, "cut");
      this.#send(response, reply, { keep: Math.min(Math.max(fault.keep ?? 0.5, 0), 0.99) });
      return;
    }
    record(operation?.operationId, reply.status, reply.body, caller, kind);
    this.#send(response, reply);
  }

  async #handle(
    apiRequest: ApiRequest,
    operation: MatchedOperation,
    before: (() => Promise<void> | void) | undefined,
    bytes: Buffer | undefined,
    setCaller: (login: string) => void,
  ): Promise<Reply> {
    const errors = this.api.validateRequest(apiRequest, operation);
    if (errors.length > 0) {
      const details = errors.map((error) => `${error.instancePath || "request"} ${error.message}`).join("; ");
      this.#violation("invalid request", apiRequest, operation, details);
      return this.#errorReply(new HttpError(422, `Invalid request.\n\n${details}`));
    }
    const grant = this.#authenticate(apiRequest.headers);
    if (grant instanceof HttpError) return this.#checked(apiRequest, operation, this.#errorReply(grant));
    setCaller(grant.identity.login);
    const route = this.routes.get(operation.operationId);
    if (!route) {
      this.#violation(
        "not implemented",
        apiRequest,
        operation,
        "the fake GitHub does not implement this operation yet",
      );
      return this.#errorReply(
        new HttpError(501, `The fake GitHub does not implement ${operation.operationId}`),
      );
    }
    const params = this.api.pathParams(apiRequest, operation);
    let repository: FakeRepository | undefined;
    if (params.owner && params.repo) {
      const fullName = `${params.owner}/${params.repo}`.toLowerCase();
      repository = this.#repositories.get(fullName);
      // A token without access to a repository gets the answer of one that does not exist.
      if (!repository || (grant.repositories && !grant.repositories.includes(fullName)))
        return this.#checked(apiRequest, operation, this.#errorReply(new HttpError(404, "Not Found")));
    }
    if (route.scope && !allows(grant, route.scope[0], route.scope[1])) {
      return this.#checked(
        apiRequest,
        operation,
        this.#errorReply(new HttpError(403, "Resource not accessible by integration")),
      );
    }
    const context: RequestContext = {
      operationId: operation.operationId,
      method: apiRequest.method.toUpperCase(),
      path: apiRequest.path,
      params,
      query: apiRequest.query as Record<string, string>,
      body: (typeof apiRequest.body === "object" && apiRequest.body !== null
        ? apiRequest.body
        : {}) as Record<string, unknown>,
      headers: apiRequest.headers,
      bytes: bytes ?? Buffer.alloc(0),
      caller: grant.identity,
      grant,
      repository,
    };
    let reply: Reply;
    try {
      await before?.();
      reply = await route.handle(context);
    } catch (error) {
      if (error instanceof HttpError) reply = this.#errorReply(error);
      else {
        this.#violation(
          "handler error",
          apiRequest,
          operation,
          error instanceof Error ? (error.stack ?? error.message) : String(error),
        );
        reply = this.#errorReply(new HttpError(500, "Server Error"));
      }
    }
    if (reply.status >= 200 && reply.status < 300 && reply.body !== undefined) {
      reply = {
        ...reply,
        body: fillRequired(
          this.api,
          this.api.responseSchema(operation, reply.status),
          reply.body,
          this.urls.web,
        ),
      };
    }
    return this.#checked(apiRequest, operation, reply);
  }

  #checked(apiRequest: ApiRequest, operation: MatchedOperation, reply: Reply): Reply {
    if (!this.api.documents(operation, reply.status)) {
      // 401/403/404/422/500 can answer any operation on GitHub even when the description omits them.
      if (![401, 403, 404, 422, 500, 501].includes(reply.status)) {
        this.#violation(
          "undocumented status",
          apiRequest,
          operation,
          `status ${reply.status} is not documented for this operation`,
        );
      }
      return reply;
    }
    if (reply.body !== undefined) {
      const errors = this.api.validateResponse(reply.body, operation, reply.status);
      if (errors.length > 0) {
        const details = errors.map((error) => `${error.instancePath || "body"} ${error.message}`).join("; ");
        this.#violation("invalid response", apiRequest, operation, `${reply.status}: ${details}`);
      }
    }
    return reply;
  }
}
