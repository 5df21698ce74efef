/**
 * The fake PyPI: the legacy upload API with Warehouse's rules and error texts (in the reason
 * phrase and the body, over HTTP/1.1), the PEP 691 JSON simple API and the JSON API over what was
 * uploaded, and trusted publishing (`/_/oidc/audience`, `/_/oidc/mint-token`) that verifies the
 * fake GitHub's OIDC tokens against configured trusted publishers, with PEP 740 attestations
 * (trusted publishing only) served by the Integrity API. Debian's twine uploads to it.
 */
import { createHash, type KeyObject, randomBytes } from "node:crypto";
import { mkdtempSync, renameSync, rmSync } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createBLAKE2b } from "hash-wasm";
import { type LocalServer, startLocalServer } from "../local-server.ts";
import { seededRandom } from "../seeded-random.ts";
import { AttestationRefusal, checkAttestations, type UploadedAttestation } from "./attestation-rules.ts";
import { parseMultipart } from "./multipart-parser.ts";
import { TokenRefusal, type TrustedPublisher, verifyPublishingToken } from "./oidc-verifier.ts";
import { canonicalName, checkUploadedFile, checkUploadForm, UploadRefusal } from "./warehouse-rules.ts";

const HELP = "https://pypi.org/help/";

/** A stored distribution file. */
export interface StoredFile {
  readonly project: string;
  readonly version: string;
  readonly filename: string;
  readonly path: string;
  readonly size: number;
  readonly sha256: string;
  readonly blake2_256: string;
  readonly md5: string;
  readonly uploadedAt: string;
  /** The form fields the upload carried. */
  readonly fields: readonly [string, string][];
  readonly attestations: string | undefined;
  /** What the Integrity API serves for the file: its attestations and their publisher. */
  readonly provenance: Provenance | undefined;
}

/** The Integrity API's provenance object. */
export interface Provenance {
  readonly attestation_bundles: readonly {
    readonly publisher: {
      readonly kind: "GitHub";
      readonly repository: string;
      readonly workflow: string;
      readonly environment: string | null;
    };
    readonly attestations: readonly UploadedAttestation[];
  }[];
}

/** One request as the fake saw it. */
export interface PypiRequest {
  readonly method: string;
  readonly path: string;
  /** "cut": the answer stopped mid-body; "lost": the request was carried out, its answer never sent. */
  readonly status: number | "dropped" | "stalled" | "cut" | "lost";
  readonly reason: string;
  readonly filename?: string;
}

/** A fault to inject. */
export interface PypiFault {
  readonly path?: RegExp;
  readonly times?: number;
  readonly fault: /** An error answer; `retryAfter` (seconds) sets the Retry-After header. */
    | { readonly status: number; readonly reason?: string; readonly retryAfter?: number }
    /** Reads the request, then closes the connection before answering (nothing is done). */
    | { readonly drop: true }
    /** Reads the request, then never answers. */
    | { readonly stall: true }
    /** Carries the request out, then sends the head and half the body of its answer and closes. */
    | { readonly cut: true }
    /** Carries the request out, then closes the connection: its answer is lost. */
    | { readonly lost: true };
}

/** Random faults from a seed: the same seed gives the same faults to the same requests. */
export interface RandomFaults {
  readonly seed: number;
  /** The share of requests that get a fault (0 to 1). */
  readonly rate: number;
  /** Only requests whose path matches (default: every request). */
  readonly path?: RegExp;
}

/** The faults a random draw picks from, as a real index and the network between give them. */
const RANDOM_FAULTS: readonly PypiFault["fault"][] = [
  { status: 500, reason: "Internal Server Error" },
  { status: 502, reason: "Bad Gateway" },
  { status: 503, reason: "Service Unavailable" },
  { status: 429, reason: "Too Many Requests", retryAfter: 1 },
  { drop: true },
  { cut: true },
  { lost: true },
];

/** What a handler answers: Warehouse's message goes in the reason phrase. */
interface PypiReply {
  readonly status: number;
  readonly reason: string;
  /** A string is sent as text/plain, anything else as JSON, unless `headers` say otherwise. */
  readonly body: string | object;
  readonly headers?: Record<string, string>;
  /** What the request log records instead of the reason phrase (a token refusal's code). */
  readonly logged?: string;
}

/** The types the Integrity API answers in, Warehouse's preferred first. */
const INTEGRITY_TYPES = ["application/vnd.pypi.integrity.v1+json", "application/json"];

/** Whether an Accept header takes `type`: no header takes anything; a range with q=0 takes nothing. */
function acceptable(accept: string, type: string): boolean {
  if (accept.trim() === "") return true;
  const [major] = type.split("/");
  return accept.split(",").some((range) => {
    const [media = "", ...parameters] = range.split(";").map((part) => part.trim().toLowerCase());
    if (parameters.some((parameter) => /^q=0(\.0*)?$/.test(parameter))) return false;
    return media === "*/*" || media === `${major}/*` || media === type;
  });
}

const ok = (body: string | object, headers?: Record<string, string>): PypiReply => ({
  status: 200,
  reason: "OK",
  body,
  ...(headers && { headers }),
});

interface Credential {
  /** Projects the token may upload to; undefined: any (a user-wide token). */
  readonly projects: readonly string[] | undefined;
  readonly trusted: boolean;
  /** The trusted publisher the token was minted for. */
  readonly publisher?: TrustedPublisher;
}

/** The fake index. */
export class FakePyPI {
  readonly url: string;
  readonly files: StoredFile[] = [];
  readonly requests: PypiRequest[] = [];
  readonly #server: LocalServer;
  readonly #storage = mkdtempSync(join(tmpdir(), "fake-pypi-"));
  readonly #tokens = new Map<string, Credential>();
  readonly #publishers: TrustedPublisher[] = [];
  readonly #usedJti = new Set<string>();
  readonly #deleted = new Set<string>();
  readonly #faults: { spec: PypiFault; used: number }[] = [];
  #random: { next: () => number; rate: number; path: RegExp | undefined } | undefined;
  readonly #oidc: { key: KeyObject; issuer: string } | undefined;
  readonly audience: string;
  maxFileSize: number;
  readonly #uploadTokenLifetime: number;
  readonly #privateReads: boolean;

  private constructor(server: LocalServer, options: FakePypiOptions) {
    this.#server = server;
    this.url = server.url;
    this.audience = options.audience ?? "pypi";
    this.maxFileSize = options.maxFileSize ?? 100 * 1024 * 1024;
    this.#uploadTokenLifetime = options.uploadTokenLifetimeSeconds ?? 900;
    this.#privateReads = options.privateReads ?? false;
    this.#oidc = options.oidc;
  }

  /** Starts a fake index on a free port of 127.0.0.1. */
  static async start(options: FakePypiOptions = {}): Promise<FakePyPI> {
    const server = await startLocalServer();
    const fake = new FakePyPI(server, options);
    server.serve((request, response) => fake.#serve(request, response));
    return fake;
  }

  /** The upload URL (`repository-url`), with its trailing slash. */
  get uploadUrl(): string {
    return `${this.url}/legacy/`;
  }

  /** The PEP 691 simple API root. */
  get simpleUrl(): string {
    return `${this.url}/simple/`;
  }

  /** Stops the server and removes the stored files. */
  async stop(): Promise<void> {
    await this.#server.stop();
    rmSync(this.#storage, { recursive: true, force: true });
  }

  /** An API token (`pypi-…`), for some projects or for any. */
  createToken(projects?: readonly string[]): string {
    const token = `pypi-${randomBytes(24).toString("base64url")}`;
    this.#tokens.set(token, { projects: projects?.map(canonicalName), trusted: false });
    return token;
  }

  /** Registers a trusted publisher (GitHub repository, workflow file, optional environment). */
  addTrustedPublisher(publisher: TrustedPublisher): void {
    this.#publishers.push(publisher);
  }

  /** Deletes a file, whose name can then never be used again (as on PyPI). */
  deleteFile(filename: string): void {
    const index = this.files.findIndex((file) => file.filename === filename);
    if (index !== -1) this.files.splice(index, 1);
    this.#deleted.add(filename);
  }

  /** Injects a fault into the next matching request(s). */
  injectFault(spec: PypiFault): void {
    this.#faults.push({ spec, used: 0 });
  }

  /**
   * From now on, gives a share of the requests (those `injectFault` does not already fault) a
   * fault drawn from a seed: 500, 502, 503, 429 with Retry-After, a connection dropped before the
   * answer, an answer cut mid-body, a request carried out whose answer is lost.
   */
  injectRandomFaults({ seed, rate, path }: RandomFaults): void {
    this.#random = { next: seededRandom(seed), rate, path };
  }

  /** Stops the random faults. */
  stopRandomFaults(): void {
    this.#random = undefined;
  }

  #takeFault(path: string): PypiFault["fault"] | undefined {
    const fault = this.#faults.find(
      (entry) => (entry.spec.path?.test(path) ?? true) && entry.used < (entry.spec.times ?? 1),
    );
    if (fault) {
      fault.used++;
      return fault.spec.fault;
    }
    const random = this.#random;
    if (!random || !(random.path?.test(path) ?? true)) return undefined;
    const draw = random.next();
    if (draw >= random.rate) return undefined;
    return RANDOM_FAULTS[Math.floor((draw / random.rate) * RANDOM_FAULTS.length)];
  }

  #reply(response: ServerResponse, reply: PypiReply, cut = false): void {
    const { status, reason, body, headers } = reply;
    const data = Buffer.from(typeof body === "string" ? body : JSON.stringify(body));
    // Warehouse puts its message in the reason phrase, on one line, escaped to latin-1.
    response.writeHead(status, reason.replace(/\n/g, " ").replace(/[^\x20-\x7e]/g, "?"), {
      "content-type": typeof body === "string" ? "text/plain; charset=utf-8" : "application/json",
      "content-length": String(data.length),
      ...headers,
    });
    if (!cut) {
      response.end(data);
      return;
    }
    // The head and half the body leave, then the connection closes.
    response.write(data.subarray(0, Math.floor(data.length / 2)), () => response.socket?.destroy());
  }

  async #serve(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? "/", this.url);
    const method = request.method ?? "GET";
    const fault = this.#takeFault(url.pathname);
    let reply: PypiReply | undefined;
    let filename: string | undefined;
    if (fault && !("cut" in fault) && !("lost" in fault)) {
      for await (const _ of request);
      if ("drop" in fault) {
        this.requests.push({ method, path: url.pathname, status: "dropped", reason: "" });
        request.socket.destroy();
        return;
      }
      if ("stall" in fault) {
        this.requests.push({ method, path: url.pathname, status: "stalled", reason: "" });
        return;
      }
      const reason = fault.reason ?? "Service Unavailable";
      reply = {
        status: fault.status,
        reason,
        body: reason,
        ...(fault.retryAfter !== undefined && { headers: { "retry-after": String(fault.retryAfter) } }),
      };
    } else {
      try {
        if (method === "POST" && url.pathname === "/legacy/") {
          filename = await this.#upload(request);
          reply = ok("");
        } else if (method === "POST" && url.pathname === "/_/oidc/mint-token") {
          reply = await this.#mint(request);
        } else {
          for await (const _ of request);
          reply = this.#readAllowed(request, url.pathname)
            ? this.#read(method, url.pathname, request.headers.accept ?? "")
            : { status: 401, reason: "Unauthorized", body: "Unauthorized" };
        }
      } catch (error) {
        if (!(error instanceof UploadRefusal)) throw error;
        reply = { status: error.status, reason: error.message, body: `${error.status} ${error.message}` };
      }
    }
    const { status, reason, logged } = reply;
    if (fault && "lost" in fault) request.socket.destroy();
    else this.#reply(response, reply, fault !== undefined && "cut" in fault);
    this.requests.push({
      method,
      path: url.pathname,
      status: fault && "lost" in fault ? "lost" : fault && "cut" in fault ? "cut" : status,
      reason: logged ?? reason,
      ...(filename && { filename }),
    });
  }

  /** Every route that reads no body. */
  #read(method: string, path: string, accept: string): PypiReply {
    if (method === "POST" && path === "/legacy") {
      const reason =
        "An upload was attempted to /legacy but the expected upload URL is /legacy/ (with a trailing slash)";
      return { status: 308, reason, body: reason, headers: { location: `${this.url}/legacy/` } };
    }
    if (method === "GET" && path === "/_/oidc/audience") {
      if (!this.#oidc) throw new UploadRefusal(403, "Trusted publishing functionality not enabled");
      return ok({ audience: this.audience });
    }
    if (method === "GET" && path.startsWith("/simple/")) return this.#simple(path, accept);
    if (method === "GET" && path.startsWith("/pypi/")) return this.#json(path);
    if (method === "GET" && path.startsWith("/integrity/")) return this.#integrity(path, accept);
    throw new UploadRefusal(404, "Not Found");
  }

  /** Whether a read may go ahead: always, unless reads are private and it has no valid token. */
  #readAllowed(request: IncomingMessage, path: string): boolean {
    if (!this.#privateReads || !/^\/(simple|pypi|integrity)\//.test(path)) return true;
    try {
      this.#credential(request);
      return true;
    } catch {
      return false;
    }
  }

  #credential(request: IncomingMessage): Credential {
    const header = request.headers.authorization ?? "";
    if (header.startsWith("Basic ")) {
      const decoded = Buffer.from(header.slice(6), "base64").toString("utf8");
      const colon = decoded.indexOf(":");
      const user = decoded.slice(0, colon);
      if (user !== "__token__") {
        throw new UploadRefusal(
          403,
          `Username/Password authentication is no longer supported. Migrate to API Tokens or Trusted Publishers instead. See ${HELP}#apitoken and ${HELP}#trusted-publishers`,
        );
      }
      const credential = this.#tokens.get(decoded.slice(colon + 1));
      if (!credential)
        throw new UploadRefusal(
          403,
          "Invalid API Token: InvalidMacaroonError('malformed or nonexistent macaroon')",
        );
      return credential;
    }
    const bearer = /^(?:token|bearer)\s+(.+)$/i.exec(header)?.[1];
    const credential = bearer && this.#tokens.get(bearer);
    if (!credential)
      throw new UploadRefusal(
        403,
        `Invalid or non-existent authentication information. See ${HELP}#invalid-auth for more information.`,
      );
    return credential;
  }

  async #upload(request: IncomingMessage): Promise<string> {
    let credential: Credential;
    try {
      credential = this.#credential(request);
    } catch (error) {
      for await (const _ of request);
      throw error;
    }
    const staging = join(this.#storage, `upload-${randomBytes(6).toString("hex")}`);
    // The file is hashed as it streams to disk, never read back.
    const hashes = { sha256: createHash("sha256"), md5: createHash("md5"), blake2: await createBLAKE2b(256) };
    const parsed = await parseMultipart(request, staging, (data) => {
      hashes.sha256.update(data);
      hashes.md5.update(data);
      hashes.blake2.update(data);
    });
    const form = new Map<string, string[]>();
    for (const [name, value] of parsed.fields) {
      if (value.trim() === "UNKNOWN") continue;
      form.set(name, [...(form.get(name) ?? []), value]);
    }
    try {
      if (parsed.fileFields.length > 0)
        throw new UploadRefusal(400, `${parsed.fileFields[0]}: Should not be a tuple.`);
      const checked = checkUploadForm(form);
      const file = parsed.file;
      if (!file) throw new UploadRefusal(400, "Upload payload does not have a file.");
      const project = canonicalName(checked.name);
      if (credential.projects && !credential.projects.includes(project)) {
        throw new UploadRefusal(
          403,
          `The given token isn't allowed to upload to project '${project}'. See ${HELP}#project-name for more information.`,
        );
      }
      if (
        credential.trusted &&
        this.files.every((stored) => stored.project !== project) &&
        !this.#publishers.some((publisher) => canonicalName(publisher.project) === project)
      ) {
        throw new UploadRefusal(
          400,
          "Non-user identities cannot create new projects. This was probably caused by successfully using a pending publisher but specifying the project name incorrectly (either in the publisher or in your project's metadata). Please ensure that both match.",
        );
      }
      if (!file.contentType || file.contentType.startsWith("image/"))
        throw new UploadRefusal(400, "Invalid distribution file.");
      if (file.size > this.maxFileSize) {
        throw new UploadRefusal(
          400,
          `File too large. Limit for project '${project}' is ${Math.round(this.maxFileSize / 1024 / 1024)} MB. See https://docs.pypi.org/project-management/storage-limits#requesting-a-file-size-limit-increase for more information.`,
        );
      }
      const sha256 = hashes.sha256.digest("hex");
      const md5 = hashes.md5.digest("hex");
      const blake2_256 = hashes.blake2.digest("hex");
      const sent = { sha256_digest: sha256, blake2_256_digest: blake2_256, md5_digest: md5 };
      for (const [field, value] of Object.entries(sent)) {
        const given = form.get(field)?.[0];
        if (given !== undefined && given.toLowerCase() !== value)
          throw new UploadRefusal(
            400,
            "The digest supplied does not match a digest calculated from the uploaded file.",
          );
      }
      const duplicate = this.files.find(
        (stored) => stored.filename === file.filename || stored.blake2_256 === blake2_256,
      );
      if (duplicate) {
        if (
          duplicate.filename === file.filename &&
          duplicate.sha256 === sha256 &&
          duplicate.blake2_256 === blake2_256
        )
          return file.filename;
        throw new UploadRefusal(
          400,
          `File already exists ('${file.filename}', with blake2_256 hash '${blake2_256}'). See ${HELP}#file-name-reuse for more information.`,
        );
      }
      if (this.#deleted.has(file.filename)) {
        throw new UploadRefusal(
          400,
          `This filename was previously used by a file that has since been deleted. Use a different version. See ${HELP}#file-name-reuse for more information.`,
        );
      }
      if (
        checked.filetype === "sdist" &&
        this.files.some(
          (stored) =>
            stored.project === project &&
            stored.version === checked.version &&
            stored.filename.endsWith(".tar.gz"),
        )
      ) {
        throw new UploadRefusal(400, "Only one sdist may be uploaded per release.");
      }
      checkUploadedFile(file.path, file.filename, checked);
      const attestations = form.get("attestations")?.[0];
      if (attestations !== undefined && !credential.trusted) {
        throw new UploadRefusal(
          400,
          "Invalid attestations supplied during upload: Attestations are only supported when using Trusted Publishing",
        );
      }
      let provenance: Provenance | undefined;
      if (attestations !== undefined && credential.publisher) {
        try {
          const { repository, workflow, environment } = credential.publisher;
          provenance = {
            attestation_bundles: [
              {
                publisher: { kind: "GitHub", repository, workflow, environment: environment ?? null },
                attestations: checkAttestations(attestations, file.filename, sha256),
              },
            ],
          };
        } catch (error) {
          if (!(error instanceof AttestationRefusal)) throw error;
          throw new UploadRefusal(400, `Invalid attestations supplied during upload: ${error.message}`);
        }
      }
      const path = join(this.#storage, file.filename);
      renameSync(file.path, path);
      this.files.push({
        project,
        version: checked.version,
        filename: file.filename,
        path,
        size: file.size,
        sha256,
        blake2_256,
        md5,
        uploadedAt: new Date().toISOString(),
        fields: parsed.fields,
        attestations,
        provenance,
      });
      return file.filename;
    } finally {
      rmSync(staging, { force: true });
    }
  }

  async #mint(request: IncomingMessage): Promise<PypiReply> {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const refuse = (code: string, description: string): PypiReply => ({
      status: 422,
      reason: "Unprocessable Entity",
      body: { message: "Token request failed", errors: [{ code, description }] },
      logged: code,
    });
    if (!this.#oidc) return refuse("not-enabled", "GitHub trusted publishing functionality not enabled");
    let token: unknown;
    try {
      token = (JSON.parse(Buffer.concat(chunks).toString("utf8")) as { token?: unknown }).token;
    } catch {
      return refuse("invalid-payload", "malformed JWT");
    }
    if (typeof token !== "string") return refuse("invalid-payload", "malformed JWT");
    try {
      const publisher = verifyPublishingToken(token, {
        ...this.#oidc,
        audience: this.audience,
        publishers: this.#publishers,
        used: this.#usedJti,
        now: Math.floor(Date.now() / 1000),
      });
      const minted = `pypi-${randomBytes(24).toString("base64url")}`;
      this.#tokens.set(minted, { projects: [canonicalName(publisher.project)], trusted: true, publisher });
      return ok({
        success: true,
        token: minted,
        expires: Math.floor(Date.now() / 1000) + this.#uploadTokenLifetime,
      });
    } catch (error) {
      if (error instanceof TokenRefusal) return refuse(error.code, error.message);
      throw error;
    }
  }

  /** The files of a project, by its canonical name. */
  #projectFiles(project: string): StoredFile[] {
    return this.files.filter((file) => file.project === project);
  }

  #simple(path: string, accept: string): PypiReply {
    const name = decodeURIComponent(path.slice("/simple/".length).replace(/\/$/, ""));
    if (name === "" && accept.includes("application/vnd.pypi.simple.v1+json")) {
      // The root: every project (PEP 691's index page).
      const projects = [...new Set(this.files.map((file) => file.project))].map((project) => ({
        name: project,
      }));
      const body = JSON.stringify({
        meta: { "api-version": "1.4", "_last-serial": this.files.length },
        projects,
      });
      return ok(body, { "content-type": "application/vnd.pypi.simple.v1+json", vary: "Accept" });
    }
    const project = canonicalName(name);
    if (name !== project) {
      return {
        status: 301,
        reason: "Moved Permanently",
        body: "",
        headers: { location: `${this.url}/simple/${project}/` },
      };
    }
    const files = this.#projectFiles(project);
    if (files.length === 0) throw new UploadRefusal(404, "Not Found");
    if (accept.includes("application/vnd.pypi.simple.v1+json")) {
      const body = JSON.stringify({
        meta: { "api-version": "1.4", "_last-serial": files.length },
        name,
        versions: [...new Set(files.map((file) => file.version))],
        files: files.map((file) => ({
          filename: file.filename,
          url: `${this.url}/packages/${file.filename}`,
          hashes: { sha256: file.sha256 },
          "requires-python": null,
          size: file.size,
          "upload-time": file.uploadedAt,
          yanked: false,
          "core-metadata": false,
          provenance: file.provenance ? this.#provenanceUrl(file) : null,
        })),
      });
      return ok(body, { "content-type": "application/vnd.pypi.simple.v1+json", vary: "Accept" });
    }
    const links = files
      .map(
        (file) =>
          `<a href="${this.url}/packages/${file.filename}#sha256=${file.sha256}">${file.filename}</a><br/>`,
      )
      .join("\n");
    return ok(`<!DOCTYPE html><html><body>\n${links}\n</body></html>`, {
      "content-type": "text/html",
      vary: "Accept",
    });
  }

  #provenanceUrl(file: StoredFile): string {
    return `${this.url}/integrity/${file.project}/${file.version}/${file.filename}/provenance`;
  }

  /**
   * `GET /integrity/{project}/{version}/{filename}/provenance` (Warehouse's `provenance_for_file`,
   * warehouse/api/integrity.py): answered in the first of its two types the Accept header takes,
   * and 406 when it takes neither.
   */
  #integrity(path: string, accept: string): PypiReply {
    const type = INTEGRITY_TYPES.find((offer) => acceptable(accept, offer));
    if (!type) throw new UploadRefusal(406, "Not Acceptable");
    const [project = "", version, filename, leaf] = path
      .slice("/integrity/".length)
      .split("/")
      .map(decodeURIComponent);
    const file = this.#projectFiles(canonicalName(project)).find(
      (stored) => stored.version === version && stored.filename === filename,
    );
    if (!file || leaf !== "provenance") throw new UploadRefusal(404, "Not Found");
    if (!file.provenance)
      return {
        status: 404,
        reason: "Not Found",
        body: { message: `No provenance available for ${file.filename}` },
      };
    return ok(file.provenance, { "content-type": type });
  }

  #json(path: string): PypiReply {
    const [name = "", version] = path
      .slice("/pypi/".length)
      .replace(/\/json\/?$/, "")
      .split("/");
    const files = this.#projectFiles(canonicalName(name));
    const selected = version ? files.filter((file) => file.version === version) : files;
    if (selected.length === 0) throw new UploadRefusal(404, "Not Found");
    const record = (file: StoredFile) => ({
      filename: file.filename,
      packagetype: file.filename.endsWith(".whl") ? "bdist_wheel" : "sdist",
      size: file.size,
      digests: { md5: file.md5, sha256: file.sha256, blake2b_256: file.blake2_256 },
      md5_digest: file.md5,
      upload_time_iso_8601: file.uploadedAt,
      url: `${this.url}/packages/${file.filename}`,
      yanked: false,
    });
    const latest = selected.at(-1) as StoredFile;
    const shown = version ?? latest.version;
    const releases: Record<string, unknown[]> = {};
    for (const file of version ? [] : files) {
      releases[file.version] ??= [];
      releases[file.version]?.push(record(file));
    }
    return ok({
      info: { name: latest.project, version: shown },
      urls: selected.filter((file) => file.version === shown).map(record),
      ...(!version && { releases }),
      last_serial: this.files.length,
    });
  }
}

/** Options of the fake index. */
export interface FakePypiOptions {
  /** Enables trusted publishing with the key that verifies the OIDC tokens (the fake GitHub's). */
  readonly oidc?: { readonly key: KeyObject; readonly issuer: string };
  /** `pypi` unless set (TestPyPI's is `testpypi`). */
  readonly audience?: string;
  readonly maxFileSize?: number;
  /** Whether reading the simple and JSON APIs takes a token, as on a private index (PyPI's are public). */
  readonly privateReads?: boolean;
  /** How long a minted upload token lasts (the `expires` the exchange answers): PyPI's 900 s unless set. */
  readonly uploadTokenLifetimeSeconds?: number;
}
