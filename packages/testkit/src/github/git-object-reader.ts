/**
 * One long-lived `git cat-file --batch-command` per repository, which answers "which object does
 * this name mean" and "what are its bytes" without starting a git process per question. A git
 * process costs milliseconds of CPU to start and run, and the fake asks hundreds of these
 * questions per test. git reads refs and loose objects from disk on every
 * command, so the answers follow what other git processes (update-ref, hash-object…) wrote.
 */
import type { Socket } from "node:net";
import { launchConnected } from "../process-launcher.ts";

/** An object as `cat-file` describes it; `content` for `contents` questions. */
export interface GitObject {
  readonly sha: string;
  readonly type: string;
  readonly size: number;
  readonly content?: Buffer;
}

interface Question {
  readonly contents: boolean;
  readonly answer: (object: GitObject | undefined) => void;
  readonly fail: (error: Error) => void;
}

const HEADER = /^([0-9a-f]{40}) (\S+) (\d+)$/;

/**
 * True when `cat-file` answers for this name exactly what a new git process would. A name led
 * by an abbreviated object id is not: git lists the loose objects of a directory once per
 * process, so a long-lived one would not see that a newer object made the abbreviation ambiguous.
 */
export function readerAnswers(name: string): boolean {
  const lead = name.split(/[\^~:@]/, 1)[0] ?? "";
  // One line of the protocol: no spaces nor control characters (no ref name has them).
  return /^[!-~\u0080-\u{10ffff}]+$/u.test(name) && !/^[0-9a-f]{4,39}$/i.test(lead);
}

/** One `cat-file` process with the questions it has not answered yet, in the order asked. */
interface Batch {
  /** Its stdin and stdout, once it connected. */
  readonly connection: Promise<Socket>;
  readonly questions: Question[];
  buffered: Buffer;
}

/** The `cat-file --batch-command` process of one repository, started on first use. */
export class GitObjectReader {
  readonly #path: string;
  readonly #env: NodeJS.ProcessEnv;
  #batch: Batch | undefined;

  constructor(path: string, env: NodeJS.ProcessEnv) {
    this.#path = path;
    this.#env = env;
  }

  /** The object a name means (type and size), or undefined when there is none. */
  info(name: string): Promise<GitObject | undefined> {
    return this.#ask(false, name);
  }

  /** The object a name means with its bytes, or undefined when there is none. */
  contents(name: string): Promise<GitObject | undefined> {
    return this.#ask(true, name);
  }

  /** Stops the process once it has answered (a later question starts a new one). */
  close(): void {
    this.#batch?.connection.then(
      (connection) => connection.end(),
      () => undefined,
    );
    this.#batch = undefined;
  }

  #ask(contents: boolean, name: string): Promise<GitObject | undefined> {
    if (!readerAnswers(name))
      throw new Error(`GitObjectReader: "${name}" needs a git process of its own (see readerAnswers)`);
    const batch = this.#start();
    return new Promise((answer, fail) => {
      const first = batch.questions.length === 0;
      batch.questions.push({ contents, answer, fail });
      batch.connection.then(
        (connection) => {
          // Only a process with questions pending keeps Node running (the rehearsal exits when done).
          if (first) connection.ref();
          connection.write(`${contents ? "contents" : "info"} ${name}\n`);
        },
        () => undefined,
      );
    });
  }

  #start(): Batch {
    if (this.#batch) return this.#batch;
    // Through the process launcher: Node's spawn would fork the whole worker for it.
    const { connection, ended } = launchConnected("git", ["-C", this.#path, "cat-file", "--batch-command"], {
      env: this.#env,
    });
    const batch: Batch = { connection, questions: [], buffered: Buffer.alloc(0) };
    this.#batch = batch;
    const stopped = (why: string) => {
      if (this.#batch === batch) this.#batch = undefined;
      const error = new Error(`git cat-file --batch-command in ${this.#path} ${why}`);
      for (const question of batch.questions.splice(0)) question.fail(error);
    };
    const failed = (error: Error) => stopped(`could not run: ${error.message}`);
    connection.then((socket) => {
      socket.on("data", (chunk: Buffer) => read(batch, socket, chunk));
      // A git that ends (or never started) closes the connection; how it ended tells why.
      socket.on("error", () => undefined);
      socket.on("close", () =>
        ended.then(
          ({ code, signal }) => stopped(`exited (${signal ?? code}) with questions unanswered`),
          failed,
        ),
      );
    }, failed);
    return batch;
  }
}

/** Takes the complete answers out of what git wrote so far. */
function read(batch: Batch, connection: Socket, chunk: Buffer): void {
  batch.buffered = batch.buffered.length === 0 ? chunk : Buffer.concat([batch.buffered, chunk]);
  for (;;) {
    const question = batch.questions[0];
    const newline = batch.buffered.indexOf(10);
    if (!question || newline < 0) break;
    // "<name> missing" and "<name> ambiguous" do not match: no such object.
    const header = HEADER.exec(batch.buffered.subarray(0, newline).toString("utf8"));
    const size = Number(header?.[3] ?? 0);
    const end = header && question.contents ? newline + 1 + size + 1 : newline + 1;
    if (batch.buffered.length < end) break;
    const object = header && {
      sha: header[1] as string,
      type: header[2] as string,
      size,
      ...(question.contents && {
        content: Buffer.from(batch.buffered.subarray(newline + 1, newline + 1 + size)),
      }),
    };
    batch.buffered = batch.buffered.subarray(end);
    batch.questions.shift();
    question.answer(object ?? undefined);
  }
  if (batch.questions.length === 0) connection.unref();
}
