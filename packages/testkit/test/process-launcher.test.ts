import { execFile, spawnSync } from "node:child_process";
import { mkdtempSync, realpathSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { launch, launchConnected, launchFile } from "../src/process-launcher.ts";
import { node24 } from "../src/runner/node-runtime.ts";

// The launcher stands in for spawn and execFile: each case asks Node's own child_process the
// same question and expects the same answer.
const execFileAsync = promisify(execFile);

/** What spawn tells of a command: exit code, signal, stdout and stderr. */
function spawned(
  file: string,
  args: readonly string[],
  options: { input?: Buffer; env?: NodeJS.ProcessEnv; cwd?: string } = {},
) {
  const result = spawnSync(file, args, {
    ...options,
    stdio: [options.input === undefined ? "ignore" : "pipe", "pipe", "pipe"],
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: result.status, signal: result.signal, stdout: result.stdout, stderr: result.stderr };
}

/** An error's fields that callers read, for comparing two errors. */
function fields(error: unknown): Record<string, unknown> {
  const { message, code, errno, syscall, path, spawnargs, signal, killed, cmd, stdout, stderr } =
    error as Record<string, unknown>;
  return { message, code, errno, syscall, path, spawnargs, signal, killed, cmd, stdout, stderr };
}

async function failure(promise: Promise<unknown>): Promise<Record<string, unknown>> {
  try {
    await promise;
  } catch (error) {
    return fields(error);
  }
  throw new Error("expected a failure");
}

describe("process launcher", () => {
  it("hands stdin and stdout through byte for byte, with the environment and directory given", async () => {
    const bytes = Buffer.alloc(3 * 1024 * 1024 + 7);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 31 + (i >> 8)) & 0xff;
    const echoed = await launch("cat", [], { input: bytes });
    // Buffer.equals: a deep comparison of megabytes takes vitest seconds.
    expect({ ...echoed, stdout: echoed.stdout.equals(bytes) }).toEqual({
      code: 0,
      signal: null,
      stdout: true,
      stderr: Buffer.alloc(0),
    });
    expect((await launch("cat", [], { input: "" })).stdout).toEqual(Buffer.alloc(0));

    const cwd = realpathSync(mkdtempSync(join(tmpdir(), "launcher-")));
    const env = { PATH: process.env.PATH ?? "/usr/bin:/bin", NAME: "välue with = and \x01", EMPTY: "" };
    const script = 'printf "%s|%s|%s|" "$NAME" "${EMPTY-unset}" "$HOME"; pwd; head -c 3; echo "$0 $1"';
    const args = ["-c", script, "zero", "one two"];
    const input = Buffer.from([0x00, 0xff, 0x0a, 0x41]);
    expect(await launch("sh", args, { input, env, cwd })).toEqual(spawned("sh", args, { input, env, cwd }));
  });

  it("tells a failing command's exit code and stderr, and fails launchFile as execFile fails", async () => {
    const args = ["-c", "echo out; echo 'bad thing' >&2; exit 3"];
    expect(await launch("sh", args)).toEqual({
      code: 3,
      signal: null,
      stdout: Buffer.from("out\n"),
      stderr: Buffer.from("bad thing\n"),
    });
    const launched = await failure(launchFile("sh", args));
    expect(launched.message).toBe(
      "Command failed: sh -c echo out; echo 'bad thing' >&2; exit 3\nbad thing\n",
    );
    expect(launched).toEqual(await failure(execFileAsync("sh", args)));
    expect(await launchFile("sh", ["-c", "printf 'é\\n'; echo warn >&2"])).toEqual(
      await execFileAsync("sh", ["-c", "printf 'é\\n'; echo warn >&2"]),
    );
  });

  it("tells a command ended by a signal, and kills one that outlives its time", async () => {
    const args = ["-c", "echo before; kill -TERM $$"];
    expect(await launch("sh", args)).toEqual(spawned("sh", args));
    expect(await failure(launchFile("sh", args))).toEqual(await failure(execFileAsync("sh", args)));
    const killed = await launch("sh", ["-c", "echo started; exec sleep 60"], { timeoutMs: 2000 });
    expect(killed).toMatchObject({ code: null, signal: "SIGKILL", stdout: Buffer.from("started\n") });
  });

  it("runs many commands at once and answers each its own", async () => {
    // The reader can only finish once the writer, asked later, has run beside it.
    const fifo = join(mkdtempSync(join(tmpdir(), "launcher-")), "fifo");
    expect((await launch("mkfifo", [fifo])).code).toBe(0);
    const reader = launch("sh", ["-c", 'read line < "$0"; echo "got $line"', fifo]);
    const writer = launch("sh", ["-c", 'echo hello > "$0"', fifo]);
    const many = Array.from({ length: 60 }, (_, i) =>
      launch("sh", ["-c", `sleep 0.0${i % 7}; echo "$0"; echo "e$0" >&2; exit $(($0 % 5))`, String(i)]),
    );
    expect((await reader).stdout.toString()).toBe("got hello\n");
    expect((await writer).code).toBe(0);
    expect(await Promise.all(many)).toEqual(
      Array.from({ length: 60 }, (_, i) => ({
        code: i % 5,
        signal: null,
        stdout: Buffer.from(`${i}\n`),
        stderr: Buffer.from(`e${i}\n`),
      })),
    );
  });

  it("fails a command that cannot start as spawn and execFile do", async () => {
    const missing = "no-such-command-for-the-launcher";
    const launched = await failure(launch(missing, ["a", "b"]));
    expect(launched).toMatchObject({ message: `spawn ${missing} ENOENT`, code: "ENOENT", errno: -2 });
    expect(await failure(launchFile(missing, ["a", "b"]))).toEqual(
      await failure(execFileAsync(missing, ["a", "b"])),
    );
    const noDirectory = { cwd: "/nonexistent/launcher" };
    expect(await failure(launchFile("true", [], noDirectory))).toEqual(
      await failure(execFileAsync("true", [], noDirectory)),
    );
    // Not executable; and executable but no program, which spawn hands to /bin/sh as execvp does.
    const scripts = mkdtempSync(join(tmpdir(), "launcher-"));
    writeFileSync(join(scripts, "plain"), "echo plain $0 $1\n", { mode: 0o644 });
    writeFileSync(join(scripts, "bare-script"), "echo bare $0 $1; exit 4\n", { mode: 0o755 });
    const inScripts = { env: { PATH: `${scripts}:/usr/bin:/bin` } };
    for (const [file, options] of [
      [join(scripts, "plain"), {}],
      [join(scripts, "bare-script"), {}],
      ["bare-script", inScripts],
      ["plain", inScripts],
    ] as const)
      expect(await failure(launchFile(file, ["x"], options))).toEqual(
        await failure(execFileAsync(file, ["x"], options)),
      );
  });

  it("fails output over maxBuffer as execFile does", async () => {
    // Only one output each: execFile kills at the limit, so what the other had written is a race.
    for (const script of ["printf '%050d' 0", "printf '%050d' 1 >&2"])
      for (const maxBuffer of [10, 49])
        expect(await failure(launchFile("sh", ["-c", script], { maxBuffer }))).toEqual(
          await failure(execFileAsync("sh", ["-c", script], { maxBuffer })),
        );
    expect(await launchFile("sh", ["-c", "printf '%050d' 0"], { maxBuffer: 50 })).toEqual({
      stdout: "0".repeat(50),
      stderr: "",
    });
  });

  it("starts its helper again after it died, failing the commands it had under way", async () => {
    const helperPid = async () => Number((await launch("sh", ["-c", "echo $PPID"])).stdout.toString());
    const first = await helperPid();
    const pending = launch("sleep", ["5"]);
    process.kill(first, "SIGKILL");
    await expect(pending).rejects.toThrow(/process launcher .* ended \(SIGKILL\)/);
    const second = await helperPid();
    expect(second).not.toBe(first);
    expect((await launch("echo", ["again"])).stdout.toString()).toBe("again\n");
  });

  it("talks with a connected command through its stdin and stdout until its stdin is closed", async () => {
    const cwd = realpathSync(mkdtempSync(join(tmpdir(), "launcher-")));
    const { connection, ended } = launchConnected(
      "sh",
      ["-c", 'read line; echo "$PWD $GREETING $line"; echo to-stderr >&2; cat'],
      { cwd, env: { PATH: process.env.PATH ?? "/usr/bin:/bin", GREETING: "hello" } },
    );
    const socket = await connection;
    const received: Buffer[] = [];
    socket.on("data", (chunk: Buffer) => received.push(chunk));
    const closed = new Promise((resolve) => socket.on("close", resolve));
    socket.write("first\n");
    socket.end("and the rest");
    await closed;
    // Its stderr went to /dev/null; stdout is the connection.
    expect(Buffer.concat(received).toString()).toBe(`${cwd} hello first\nand the rest`);
    expect(await ended).toEqual({ code: 0, signal: null, stdout: Buffer.alloc(0), stderr: Buffer.alloc(0) });
  });

  it("fails a command that cannot start as spawn does, closing its connection if it was made", async () => {
    const spawnFailure = { message: "spawn no-such-command-here ENOENT", code: "ENOENT" };
    const missing = launchConnected("no-such-command-here", []);
    // The helper connects, then fails to start the command: which of the two Node reads first
    // is up to its event loop (measured: the failure first, now and then, on a busy machine).
    const socket = await missing.connection.catch((error: unknown) => {
      expect(error).toMatchObject(spawnFailure);
      return undefined;
    });
    if (socket) await new Promise((resolve) => socket.on("close", resolve).resume());
    await expect(missing.ended).rejects.toMatchObject(spawnFailure);
  });

  it("keeps Node running while a command is under way, and never once it is idle", () => {
    // A script that ends with the helper idle: Node must exit by itself, after the answer.
    const script = `
      const { launch, launchConnected } = await import(process.argv[1]);
      const { stdout } = await launch("sh", ["-c", "sleep 0.5; echo done"]);
      process.stdout.write(stdout);
      // A connected command that ends by itself: once its connection closed, Node waits for how.
      const quick = launchConnected("sh", ["-c", "sleep 0.3; exit 3"]);
      await quick.connection;
      process.stdout.write(\`ended \${(await quick.ended).code}\\n\`);
      // A connected command that is left running, its connection unref'd while idle.
      (await launchConnected("cat", []).connection).unref();
    `;
    const module = join(import.meta.dirname, "..", "src", "process-launcher.ts");
    const run = spawnSync(node24(), ["--input-type=module", "-e", script, module], {
      encoding: "utf8",
      timeout: 30_000,
    });
    expect({ status: run.status, signal: run.signal, stdout: run.stdout, stderr: run.stderr }).toEqual({
      status: 0,
      signal: null,
      stdout: "done\nended 3\n",
      stderr: "",
    });
  });
});
