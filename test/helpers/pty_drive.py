#!/usr/bin/env python3
"""Runs a command in a pseudo-terminal and drives it with keystrokes, for end-to-end tests.

Usage: pty_drive.py SCRIPT_JSON -- COMMAND ARGS...

SCRIPT_JSON is a JSON list of steps, each one of
  {"expect": "text", "timeout": 10}   wait until the screen output (ANSI codes removed) contains
                                      text after the previous match; fail on timeout
  {"send": "keys"}                    write keys to the terminal ("\\r" Enter, "\\u001b[B" Down,
                                      "\\u0003" Ctrl-C, "\\u0004" Ctrl-D)
  {"signal": "SIGTERM"}               send a signal to the child
  {"hangup": true}                    close the terminal's controlling side (the child gets SIGHUP)
  {"sleep": 0.2}
At the end it waits (at most 20 s) for the child and prints one JSON object on stdout:
  {"code": exit code or null, "signal": name or null, "output": what the terminal showed,
   "failed": null or the step that timed out}
Only the standard library: pty, os, select, signal.
"""
import json
import os
import pty
import re
import select
import signal
import sys
import time

ANSI = re.compile(r"\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b[()][A-Za-z0-9]|\x1b[=>]|\r")


def main() -> int:
    sep = sys.argv.index("--")
    steps = json.loads(sys.argv[1])
    command = sys.argv[sep + 1 :]
    pid, fd = pty.fork()
    if pid == 0:
        os.environ.setdefault("TERM", "xterm-256color")
        os.environ["COLUMNS"] = "100"
        os.environ["LINES"] = "40"
        try:
            os.execvp(command[0], command)
        finally:
            os._exit(127)
    # A fixed size, so wrapping is the same on every machine.
    import fcntl
    import struct
    import termios

    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 100, 0, 0))

    raw = bytearray()
    seen = 0  # where the next "expect" starts looking
    failed = None
    closed = False

    def pump(timeout: float) -> None:
        nonlocal closed
        if closed:
            time.sleep(timeout)
            return
        r, _, _ = select.select([fd], [], [], timeout)
        if r:
            try:
                chunk = os.read(fd, 65536)
            except OSError:
                chunk = b""
            if not chunk:
                closed = True
            raw.extend(chunk)

    def screen() -> str:
        return ANSI.sub("", raw.decode("utf-8", "replace"))

    for step in steps:
        if "expect" in step:
            deadline = time.time() + float(step.get("timeout", 10))
            while True:
                text = screen()
                at = text.find(step["expect"], seen)
                if at >= 0:
                    seen = at + len(step["expect"])
                    break
                if time.time() > deadline or closed:
                    failed = step
                    break
                pump(0.05)
            if failed:
                break
        elif "send" in step:
            # Let the prompt settle first: keys typed before it listens are dropped as stale.
            pump(0.15)
            os.write(fd, step["send"].encode("utf-8"))
        elif "signal" in step:
            pump(0.15)
            os.kill(pid, getattr(signal, step["signal"]))
        elif "hangup" in step:
            pump(0.15)
            os.close(fd)
            closed = True
        elif "sleep" in step:
            end = time.time() + float(step["sleep"])
            while time.time() < end:
                pump(0.05)

    if failed:
        # Nothing more will come: do not wait for a child that is waiting for keys.
        os.kill(pid, signal.SIGKILL)
    deadline = time.time() + 20
    status = None
    while time.time() < deadline:
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            break
        pump(0.05)
    else:
        os.kill(pid, signal.SIGKILL)
        _, status = os.waitpid(pid, 0)
    # Whatever is left in the terminal's buffer.
    for _ in range(20):
        if closed:
            break
        pump(0.02)
    code = os.WEXITSTATUS(status) if os.WIFEXITED(status) else None
    sig = signal.Signals(os.WTERMSIG(status)).name if os.WIFSIGNALED(status) else None
    print(json.dumps({"code": code, "signal": sig, "output": screen(), "raw": raw.decode("utf-8", "replace"), "failed": failed}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
