/**
 * The fake PyPI: the legacy upload API with Warehouse's rules and error texts (in the reason
 * phrase and the body, over HTTP/1.1), the PEP 691 JSON simple API and the JSON API over what was
 * uploaded, and trusted publishing (`/_/oidc/audience`, `/_/oidc/mint-token`) that verifies the
 * fake GitHub's OIDC tokens against configured trusted publishers, with PEP 740 attestations
 * (trusted publishing only) served by the Integrity API. Debian's twine uploads to it.
 */
import { createHash, type KeyObject, randomBytes } from "node:crypto";
import { mkdtempSync, renameSync, rmSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createBLAKE2b } from "hash-wasm";
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
  readonly status: number | "dropped";
  readonly reason: string;
  readonly filename?: string;
}

/** A fault to inject. */
export interface PypiFault {
  readonly path?: RegExp;
  readonly times?: number;
  readonly fault: { readonly status: number; readonly reason?: string } | { readonly drop: true };
}

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
  readonly #server: Server;
  readonly #sockets = new Set<Socket>();
  readonly #storage = mkdtempSync(join(tmpdir(), "fake-pypi-"));
  readonly #tokens = new Map<string, Credential>();
  readonly #publishers: TrustedPublisher[] = [];
  readonly #usedJti = new Set<string>();
  readonly #deleted = new Set<string>();
  readonly #faults: { spec: PypiFault; used: number }[] = [];
  readonly #oidc: { key: KeyObject; issuer: string } | undefined;
  readonly audience: string;
  maxFileSize: number;

  private constructor(server: Server, options: FakePypiOptions) {
    this.#server = server;
    this.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    this.audience = options.audience ?? "pypi";
    this.maxFileSize = options.maxFileSize ?? 100 * 1024 * 1024;
    this.#oidc = options.oidc;
  }

  /** Starts a fake index on a free port of 127.0.0.1. */
  static async start(options: FakePypiOptions = {}): Promise<FakePyPI> {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const fake = new FakePyPI(server, options);
    server.on("connection", (socket) => {
      fake.#sockets.add(socket);
      socket.on("close", () => fake.#sockets.delete(socket));
    });
    server.on("request", (request, response) => void fake.#serve(request, response));
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
    for (const socket of this.#sockets) socket.destroy();
    await new Promise<void>((resolve) => this.#server.close(() => resolve()));
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

  #reply(
    response: ServerResponse,
    status: number,
    reason: string,
    body: string | object,
    headers: Record<string, string> = {},
  ): void {
    const text = typeof body === "string" ? body : JSON.stringify(body);
    // Warehouse puts its message in the reason phrase, escaped to latin-1.
    response.writeHead(status, reason.replace(/[^\x20-\x7e]/g, "?").replace(/\n/g, " "), {
      "content-type": typeof body === "string" ? "text/plain; charset=utf-8" : "application/json",
      ...headers,
    });
    response.end(text);
  }

  async #serve(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? "/", this.url);
    const method = request.method ?? "GET";
    const fault = this.#faults.find(
      (entry) => (entry.spec.path?.test(url.pathname) ?? true) && entry.used < (entry.spec.times ?? 1),
    );
    if (fault) {
      fault.used++;
      for await (const _ of request);
      if ("drop" in fault.spec.fault) {
        this.requests.push({ method, path: url.pathname, status: "dropped", reason: "" });
        request.socket.destroy();
        return;
      }
      const reason = fault.spec.fault.reason ?? "Service Unavailable";
      this.requests.push({ method, path: url.pathname, status: fault.spec.fault.status, reason });
      this.#reply(response, fault.spec.fault.status, reason, reason);
      return;
    }
    let status = 200;
    let reason = "OK";
    let filename: string | undefined;
    try {
      if (method === "POST" && url.pathname === "/legacy") {
        for await (const _ of request);
        status = 308;
        reason =
          "An upload was attempted to /legacy but the expected upload URL is /legacy/ (with a trailing slash)";
        this.#reply(response, status, reason, reason, { location: `${this.url}/legacy/` });
      } else if (method === "POST" && url.pathname === "/legacy/") {
        filename = await this.#upload(request);
        this.#reply(response, 200, "OK", "");
      } else if (method === "GET" && url.pathname === "/_/oidc/audience") {
        if (!this.#oidc) throw new UploadRefusal(403, "Trusted publishing functionality not enabled");
        this.#reply(response, 200, "OK", { audience: this.audience });
      } else if (method === "POST" && url.pathname === "/_/oidc/mint-token") {
        ({ status, reason } = await this.#mint(request, response));
      } else if (method === "GET" && url.pathname.startsWith("/simple/")) {
        ({ status, reason } = this.#simple(url.pathname, request.headers.accept ?? "", response));
      } else if (method === "GET" && url.pathname.startsWith("/pypi/")) {
        ({ status, reason } = this.#json(url.pathname, response));
      } else if (method === "GET" && url.pathname.startsWith("/integrity/")) {
        ({ status, reason } = this.#integrity(url.pathname, response));
      } else {
        for await (const _ of request);
        throw new UploadRefusal(404, "Not Found");
      }
    } catch (error) {
      if (!(error instanceof UploadRefusal)) throw error;
      status = error.status;
      reason = error.message;
      if (!response.headersSent) this.#reply(response, status, reason, `${status} ${reason}`);
    }
    this.requests.push({ method, path: url.pathname, status, reason, ...(filename && { filename }) });
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

  async #mint(
    request: IncomingMessage,
    response: ServerResponse,
  ): Promise<{ status: number; reason: string }> {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const refuse = (code: string, description: string) => {
      this.#reply(response, 422, "Unprocessable Entity", {
        message: "Token request failed",
        errors: [{ code, description }],
      });
      return { status: 422, reason: code };
    };
    if (!this.#oidc) return refuse("not-enabled", "GitHub trusted publishing functionality not enabled");
    let token: unknown;
    try {
      token = (JSON.parse(Buffer.concat(chunks).toString("utf8")) as { token?: unknown }).token;
    } catch {
      return refuse("invalid-payload", "malformed JWT");
    }
    if (typeof token !== "string") return refuse("invalid-payload", "malformed JWT");
    try {
      const { publisher } = verifyPublishingToken(token, {
        ...this.#oidc,
        audience: this.audience,
        publishers: this.#publishers,
        used: this.#usedJti,
        now: Math.floor(Date.now() / 1000),
      });
      const minted = `pypi-${randomBytes(24).toString("base64url")}`;
      this.#tokens.set(minted, { projects: [canonicalName(publisher.project)], trusted: true, publisher });
      this.#reply(response, 200, "OK", {
        success: true,
        token: minted,
        expires: Math.floor(Date.now() / 1000) + 900,
      });
      return { status: 200, reason: "OK" };
    } catch (error) {
      if (error instanceof TokenRefusal) return refuse(error.code, error.message);
      throw error;
    }
  }

  #projectFiles(name: string): StoredFile[] {
    return this.files.filter((file) => file.project === canonicalName(name));
  }

  #simple(path: string, accept: string, response: ServerResponse): { status: number; reason: string } {
    const name = decodeURIComponent(path.slice("/simple/".length).replace(/\/$/, ""));
    if (name !== canonicalName(name)) {
      this.#reply(response, 301, "Moved Permanently", "", {
        location: `${this.url}/simple/${canonicalName(name)}/`,
      });
      return { status: 301, reason: "Moved Permanently" };
    }
    const files = this.#projectFiles(name);
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
      response
        .writeHead(200, { "content-type": "application/vnd.pypi.simple.v1+json", vary: "Accept" })
        .end(body);
    } else {
      const links = files
        .map(
          (file) =>
            `<a href="${this.url}/packages/${file.filename}#sha256=${file.sha256}">${file.filename}</a><br/>`,
        )
        .join("\n");
      response
        .writeHead(200, { "content-type": "text/html", vary: "Accept" })
        .end(`<!DOCTYPE html><html><body>\n${links}\n</body></html>`);
    }
    return { status: 200, reason: "OK" };
  }

  #provenanceUrl(file: StoredFile): string {
    return `${this.url}/integrity/${file.project}/${file.version}/${file.filename}/provenance`;
  }

  /** `GET /integrity/{project}/{version}/{filename}/provenance` (Warehouse's `provenance_for_file`). */
  #integrity(path: string, response: ServerResponse): { status: number; reason: string } {
    const [project = "", version, filename, leaf] = path
      .slice("/integrity/".length)
      .split("/")
      .map(decodeURIComponent);
    const file = this.files.find(
      (stored) =>
        stored.project === canonicalName(project) &&
        stored.version === version &&
        stored.filename === filename,
    );
    if (!file || leaf !== "provenance") throw new UploadRefusal(404, "Not Found");
    if (!file.provenance) {
      this.#reply(response, 404, "Not Found", { message: `No provenance available for ${file.filename}` });
      return { status: 404, reason: "Not Found" };
    }
    this.#reply(response, 200, "OK", file.provenance);
    return { status: 200, reason: "OK" };
  }

  #json(path: string, response: ServerResponse): { status: number; reason: string } {
    const [name = "", version] = path
      .slice("/pypi/".length)
      .replace(/\/json\/?$/, "")
      .split("/");
    const files = this.#projectFiles(name);
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
    const releases: Record<string, unknown[]> = {};
    for (const file of files) releases[file.version] = [...(releases[file.version] ?? []), record(file)];
    this.#reply(response, 200, "OK", {
      info: { name: latest.project, version: version ?? latest.version },
      urls: selected.filter((file) => file.version === (version ?? latest.version)).map(record),
      ...(!version && { releases }),
      last_serial: this.files.length,
    });
    return { status: 200, reason: "OK" };
  }
}

/** Options of the fake index. */
export interface FakePypiOptions {
  /** Enables trusted publishing with the key that verifies the OIDC tokens (the fake GitHub's). */
  readonly oidc?: { readonly key: KeyObject; readonly issuer: string };
  /** `pypi` unless set (TestPyPI's is `testpypi`). */
  readonly audience?: string;
  readonly maxFileSize?: number;
}
