"""
The helper behind process-launcher.ts: starts commands for one Node process and answers with
their exit status and output. Python's subprocess starts a command with vfork from this small
process, where Node's spawn forks the whole (large) test worker.

Frames go both ways as a 4-byte big-endian length, then the body.
A request: id, timeout in ms (0: none), most bytes kept of each output, number of arguments,
number of environment entries, what stdin is (struct REQUEST: NO_INPUT, INPUT or CONNECTED),
then byte strings, each led by its 4-byte length: the command, the directory ("": this one), the
arguments, the environment entries (NAME=value), then the stdin bytes (INPUT) or the Unix socket
to connect to (CONNECTED: the command reads its stdin from the connection and writes its stdout
to it, for a long-lived command the caller talks with; its stderr goes to /dev/null).
An answer: id, return code (minus the signal's number when a signal ended it), errno when the
command could not start, else 0 (struct ANSWER), then stdout and stderr, each led by its length
and cut one byte past the most kept (so that the caller sees the limit was passed); both empty
for a CONNECTED command, which is answered when it ends.
"""

import errno
import os
import shutil
import socket
import struct
import subprocess
import sys
import threading
import traceback

REQUEST = struct.Struct(">IIIIIB")
ANSWER = struct.Struct(">IiI")
LENGTH = struct.Struct(">I")
NO_INPUT, INPUT, CONNECTED = 0, 1, 2


def byte_strings(body, offset, count):
    strings = []
    for _ in range(count):
        (size,) = LENGTH.unpack_from(body, offset)
        offset += LENGTH.size
        strings.append(body[offset : offset + size])
        offset += size
    return strings


def start(argv, stdio, cwd, env, connection=None):
    def popen(argv):
        if stdio == CONNECTED:
            return subprocess.Popen(
                argv, stdin=connection, stdout=connection, stderr=subprocess.DEVNULL, cwd=cwd or None, env=env
            )
        return subprocess.Popen(
            argv,
            stdin=subprocess.PIPE if stdio == INPUT else subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            cwd=cwd or None,
            env=env,
        )

    try:
        return popen(argv)
    except OSError as error:
        # Node's spawn runs an executable file that is no program with /bin/sh, as execvp does.
        found = shutil.which(argv[0], path=env.get(b"PATH", os.defpath.encode()))
        if error.errno != errno.ENOEXEC or found is None:
            raise
        return popen([b"/bin/sh", found, *argv[1:]])


def run(body):
    """Runs one request's command: (id, return code, errno, stdout, stderr)."""
    ident, timeout_ms, most, nargs, nenv, stdio = REQUEST.unpack_from(body)
    strings = byte_strings(body, REQUEST.size, 2 + nargs + nenv + (stdio != NO_INPUT))
    command, cwd = strings[0], strings[1]
    args = strings[2 : 2 + nargs]
    env = dict(entry.split(b"=", 1) for entry in strings[2 + nargs : 2 + nargs + nenv])
    try:
        if stdio == CONNECTED:
            with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as connection:
                connection.connect(strings[-1])
                child = start([command, *args], stdio, cwd, env, connection)
        else:
            child = start([command, *args], stdio, cwd, env)
    except OSError as error:
        return ident, 0, error.errno or errno.EINVAL, b"", b""
    except ValueError:  # a NUL byte in an argument or a variable
        return ident, 0, errno.EINVAL, b"", b""
    if stdio == CONNECTED:
        return ident, child.wait(), 0, b"", b""
    try:
        # communicate() ignores a child that closes its stdin early: its exit code says why.
        out, err = child.communicate(strings[-1] if stdio == INPUT else None, timeout_ms / 1000 or None)
    except subprocess.TimeoutExpired:
        child.kill()
        out, err = child.communicate()
    return ident, child.returncode, 0, out[: most + 1], err[: most + 1]


def main():
    requests = sys.stdin.buffer
    answers = sys.stdout.buffer
    writing = threading.Lock()

    def serve(body):
        try:
            ident, code, error, out, err = run(body)
            head = ANSWER.pack(ident, code, error)
            size = len(head) + 2 * LENGTH.size + len(out) + len(err)
            with writing:
                for part in (LENGTH.pack(size), head, LENGTH.pack(len(out)), out, LENGTH.pack(len(err)), err):
                    answers.write(part)
                answers.flush()
        except BaseException:
            # A request left unanswered would wait forever: ending the helper fails them all.
            traceback.print_exc()
            sys.stderr.flush()
            os._exit(70)

    while True:
        head = requests.read(LENGTH.size)
        if len(head) < LENGTH.size:
            return  # the Node process closed its end: it is gone or done
        (size,) = LENGTH.unpack(head)
        threading.Thread(target=serve, args=(requests.read(size),), daemon=True).start()


main()
