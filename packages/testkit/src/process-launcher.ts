/**
 * Starts the test bench's short-lived commands (git, the bundles, `run:` steps) through one
 * long-lived helper process per Node process, process-launcher.py. Node's spawn forks the calling
 * process synchronously: a vitest worker is hundreds of MB, about 10 ms of its thread per command
 * and more in the kernel, and one test file starts over a thousand git commands. The helper, a
 * small Python process, starts them with vfork; a command costs this process under a millisecond
 * (writing the request, reading the answer) and the helper about one more, on the other core.
 *
 * The helper starts on first use, keeps Node running only while a command is under way, and
 * starts again after it died. A command here runs to its end and is then answered, or
 * (launchConnected) talks with this process through a Unix socket until its stdin is closed: one
 * that is sent signals still needs spawn.
 */
import { type ChildProcessByStdio, spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { createServer, type Socket } from "node:net";
import { constants } from "node:os";
import { join } from "node:path";
import type { Readable, Writable } from "node:stream";
import { getSystemErrorName } from "node:util";

/** How to run one command. */
export interface LaunchOptions {
  /** The command's stdin; without it stdin is /dev/null (spawn's "ignore"). */
  readonly input?: string | Buffer;
  /** The command's whole environment, as spawn's `env`: process.env when not given. */
  readonly env?: NodeJS.ProcessEnv;
  /** The command's directory: this process's when not given. */
  readonly cwd?: string;
  /** Kills the command with SIGKILL after this long (a `child.kill("SIGKILL")` timer). */
  readonly timeoutMs?: number;
  /** The most bytes of stdout, and of stderr, kept: more is an error, as for execFile. */
  readonly maxBuffer?: number;
}

/** How a command ended, as spawn's "close" event tells it, and all it wrote. */
export interface Launched {
  /** The exit code; null when a signal ended the command. */
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: Buffer;
  readonly stderr: Buffer;
}

/** The most output an answer carries (what the fake GitHub's git commands may write). */
export const LAUNCH_MAX_BUFFER = 256 * 1024 * 1024;
/** execFile's default maxBuffer, kept by launchFile. */
const EXEC_FILE_MAX_BUFFER = 1024 * 1024;
/** The python3 the suite requires (scripts/preflight.mjs). */
const PYTHON = "/usr/bin/python3";
const HELPER = join(import.meta.dirname, "process-launcher.py");
/** process-launcher.py's structs: a request's head and an answer's head. */
const REQUEST_HEAD = 21;
const ANSWER_HEAD = 12;
const SIGNAL_NAMES = new Map(
  Object.entries(constants.signals).map(([name, number]) => [number, name as NodeJS.Signals]),
);

interface Request {
  readonly file: string;
  readonly args: readonly string[];
  readonly maxBuffer: number;
  /** False for a connected command until its connection closed: the connection keeps Node running. */
  holds: boolean;
  readonly resolve: (launched: Launched) => void;
  readonly reject: (error: Error) => void;
}

/** What a command's stdin is (process-launcher.py's NO_INPUT, INPUT, CONNECTED). */
type Stdin = { readonly input: Buffer } | { readonly socket: string } | undefined;

/** One helper process and the requests it has not answered yet. */
interface Helper {
  readonly child: ChildProcessByStdio<Writable, Readable, Readable>;
  readonly requests: Map<number, Request>;
  /** How many of them keep Node running. */
  holding: number;
  /** Answer bytes read but not yet taken, and how many. */
  chunks: Buffer[];
  size: number;
  /** The end of what the helper wrote to stderr, told when it dies. */
  stderr: string;
}

let helper: Helper | undefined;
let nextId = 0;

/** Runs a command to its end and answers how it ended, as spawn would tell it. */
export async function launch(
  file: string,
  args: readonly string[],
  options: LaunchOptions = {},
): Promise<Launched> {
  const maxBuffer = options.maxBuffer ?? LAUNCH_MAX_BUFFER;
  if (!(maxBuffer >= 0 && maxBuffer <= LAUNCH_MAX_BUFFER))
    throw new RangeError(`launch: maxBuffer ${maxBuffer} is over the launcher's ${LAUNCH_MAX_BUFFER}`);
  const stdin = options.input === undefined ? undefined : { input: Buffer.from(options.input) };
  return send(file, args, options, maxBuffer, stdin).answer;
}

/** A long-lived command whose stdin and stdout are one connection with this process. */
export interface Connected {
  /** Written to, the command's stdin; read from, its stdout. Ending it ends the stdin. */
  readonly connection: Promise<Socket>;
  /** How the command ended (its stdout and stderr are not in it). */
  readonly ended: Promise<Launched>;
}

/**
 * Starts a command that this process talks with as long as it runs (`git cat-file --batch`):
 * its stdin and stdout are a Unix socket connection, its stderr is /dev/null. The helper connects
 * before it starts the command: a command that cannot start closes its connection at once (or
 * `connection` fails, when Node reads the failure first), and `ended` fails as spawn would. Once
 * connected, only the connection keeps Node running (unref it while the command has nothing to
 * do); once it closed, Node runs until `ended` is told.
 */
export function launchConnected(
  file: string,
  args: readonly string[],
  options: Pick<LaunchOptions, "env" | "cwd"> = {},
): Connected {
  // An abstract socket (Linux): no file to remove. Any process of this machine may connect to
  // one it can name, so the name is random.
  const address = `\0release-actions-launcher-${randomUUID()}`;
  // Listening keeps Node running until the command connected (or failed to). The socket is
  // bound here, before the request goes to the helper.
  const server = createServer();
  server.listen(address);
  const { answer: ended, hold } = send(file, args, options, 0, { socket: address });
  const connection = new Promise<Socket>((resolve, reject) => {
    server.once("connection", (socket) => {
      server.close();
      socket.once("close", hold);
      resolve(socket);
    });
    server.once("error", reject);
    // A command that ran had connected first: its connection is on its way even when Node reads
    // the helper's answer before it. One that could not start (or connect) may never connect.
    ended.catch((error: Error) => {
      server.close();
      reject(error);
    });
  });
  return { connection, ended };
}

function send(
  file: string,
  args: readonly string[],
  options: LaunchOptions,
  maxBuffer: number,
  stdin: Stdin,
): { answer: Promise<Launched>; hold: () => void } {
  const env = Object.entries(options.env ?? process.env).flatMap(([name, value]) =>
    value === undefined ? [] : [`${name}=${value}`],
  );
  const id = nextId;
  nextId = (nextId + 1) % 2 ** 32;
  const head = Buffer.alloc(REQUEST_HEAD);
  head.writeUInt32BE(id, 0);
  head.writeUInt32BE(options.timeoutMs ?? 0, 4);
  head.writeUInt32BE(maxBuffer, 8);
  head.writeUInt32BE(args.length, 12);
  head.writeUInt32BE(env.length, 16);
  head.writeUInt8(stdin === undefined ? 0 : "input" in stdin ? 1 : 2, 20);
  const strings: Buffer[] = [file, options.cwd ?? "", ...args, ...env].map((text) => Buffer.from(text));
  if (stdin !== undefined) strings.push("input" in stdin ? stdin.input : Buffer.from(stdin.socket));
  const body = [head, ...strings.flatMap((bytes) => [uint32(bytes.length), bytes])];
  const running = start();
  const answer = new Promise<Launched>((resolve, reject) => {
    running.requests.set(id, { file, args, maxBuffer, holds: false, resolve, reject });
    running.child.stdin.write(
      Buffer.concat([uint32(body.reduce((size, part) => size + part.length, 0)), ...body]),
    );
  });
  /** From now until its answer, the request keeps Node running. */
  const hold = () => {
    const request = running.requests.get(id);
    if (!request || request.holds) return;
    request.holds = true;
    if (++running.holding === 1) holdWhileBusy(running.child, true);
  };
  if (stdin === undefined || "input" in stdin) hold();
  return { answer, hold };
}

/**
 * execFile's promise (utf8): `{ stdout, stderr }` when the command exits 0, else its error:
 * "Command failed: <command line>\n<stderr>" with code, signal, cmd, stdout and stderr.
 */
export async function launchFile(
  file: string,
  args: readonly string[],
  options: Omit<LaunchOptions, "timeoutMs"> = {},
): Promise<{ stdout: string; stderr: string }> {
  const cmd = [file, ...args].join(" ");
  let launched: Launched;
  try {
    launched = await launch(file, args, { ...options, maxBuffer: options.maxBuffer ?? EXEC_FILE_MAX_BUFFER });
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: Buffer; stderr?: Buffer };
    throw Object.assign(error as Error, {
      cmd,
      stdout: stdout?.toString("utf8") ?? "",
      stderr: stderr?.toString("utf8") ?? "",
    });
  }
  const stdout = launched.stdout.toString("utf8");
  const stderr = launched.stderr.toString("utf8");
  if (launched.code === 0) return { stdout, stderr };
  throw Object.assign(new Error(`Command failed: ${cmd}\n${stderr}`), {
    code: launched.code,
    killed: false,
    signal: launched.signal,
    cmd,
    stdout,
    stderr,
  });
}

function uint32(value: number): Buffer {
  const bytes = Buffer.alloc(4);
  bytes.writeUInt32BE(value);
  return bytes;
}

function start(): Helper {
  if (helper) return helper;
  const child = spawn(PYTHON, ["-I", "-S", HELPER], { stdio: ["pipe", "pipe", "pipe"] });
  const started: Helper = { child, requests: new Map(), holding: 0, chunks: [], size: 0, stderr: "" };
  helper = started;
  child.stdout.on("data", (chunk: Buffer) => read(started, chunk));
  child.stderr.on("data", (chunk: Buffer) => {
    started.stderr = (started.stderr + chunk.toString("utf8")).slice(-4000);
  });
  // A helper that dies closes its stdin: "close" below tells the waiting requests.
  child.stdin.on("error", () => undefined);
  const stopped = (why: string) => {
    if (helper === started) helper = undefined;
    const said = started.stderr.trim();
    const error = new Error(`the process launcher (${PYTHON} ${HELPER}) ${why}${said && `: ${said}`}`);
    for (const request of started.requests.values()) request.reject(error);
    started.requests.clear();
    started.holding = 0;
  };
  child.on("error", (error) => stopped(`could not run: ${error.message}`));
  // "close", not "exit": the answers the helper wrote before it ended are read first.
  child.on("close", (code, signal) => stopped(`ended (${signal ?? code})`));
  // Its stderr never keeps Node running; stdin and stdout do while requests are under way.
  (child.stderr as Socket).unref();
  holdWhileBusy(child, false);
  return started;
}

/**
 * Lets the helper keep Node running only while it is busy: a script (the rehearsal) exits once
 * its work is done, and a worker never waits on it.
 */
function holdWhileBusy(child: Helper["child"], busy: boolean): void {
  for (const handle of [child, child.stdin as Socket, child.stdout as Socket])
    if (busy) handle.ref();
    else handle.unref();
}

/** Takes the complete answers out of what the helper wrote so far. */
function read(running: Helper, chunk: Buffer): void {
  running.chunks.push(chunk);
  running.size += chunk.length;
  while (running.size >= 4) {
    const first = running.chunks[0] as Buffer;
    const length = 4 + (first.length >= 4 ? first : Buffer.concat(running.chunks)).readUInt32BE(0);
    if (running.size < length) return;
    const bytes = running.chunks.length === 1 ? first : Buffer.concat(running.chunks);
    running.chunks = bytes.length > length ? [bytes.subarray(length)] : [];
    running.size -= length;
    answer(running, bytes.subarray(4, length));
  }
}

function answer(running: Helper, frame: Buffer): void {
  const id = frame.readUInt32BE(0);
  const returnCode = frame.readInt32BE(4);
  const errno = frame.readUInt32BE(8);
  const stdoutLength = frame.readUInt32BE(ANSWER_HEAD);
  const stdoutEnd = ANSWER_HEAD + 4 + stdoutLength;
  // Copies: the frame's buffer may hold other answers, which a kept output would keep alive.
  const stdout = Buffer.from(frame.subarray(ANSWER_HEAD + 4, stdoutEnd));
  const stderr = Buffer.from(frame.subarray(stdoutEnd + 4, stdoutEnd + 4 + frame.readUInt32BE(stdoutEnd)));
  const request = running.requests.get(id);
  if (!request) return;
  running.requests.delete(id);
  if (request.holds && --running.holding === 0) holdWhileBusy(running.child, false);
  if (errno !== 0) request.reject(spawnError(request, errno));
  else if (stdout.length > request.maxBuffer) request.reject(overflow("stdout", request, stdout, stderr));
  else if (stderr.length > request.maxBuffer) request.reject(overflow("stderr", request, stdout, stderr));
  else
    request.resolve({
      code: returnCode >= 0 ? returnCode : null,
      signal: returnCode >= 0 ? null : (SIGNAL_NAMES.get(-returnCode) ?? null),
      stdout,
      stderr,
    });
}

/** The error spawn emits for a command it could not start (`spawn git ENOENT`). */
function spawnError(request: Request, errno: number): Error {
  const code = getSystemErrorName(-errno);
  return Object.assign(new Error(`spawn ${request.file} ${code}`), {
    errno: -errno,
    code,
    syscall: `spawn ${request.file}`,
    path: request.file,
    spawnargs: [...request.args],
  });
}

/** execFile's error for output over maxBuffer, with the output cut there. */
function overflow(stream: "stdout" | "stderr", request: Request, stdout: Buffer, stderr: Buffer): Error {
  return Object.assign(new RangeError(`${stream} maxBuffer length exceeded`), {
    code: "ERR_CHILD_PROCESS_STDIO_MAXBUFFER",
    stdout: stdout.subarray(0, request.maxBuffer),
    stderr: stderr.subarray(0, request.maxBuffer),
  });
}
