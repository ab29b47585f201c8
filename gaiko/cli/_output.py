"""Standard output of the command line: a failed write is one error line, a closed pipe a quiet exit.

``guard()`` puts a text stream over file descriptor 1 whose failed writes raise ``OutputError`` (a disk or
device full, an I/O error) instead of an ``OSError`` that could come from anywhere, and a closed pipe
raises ``OutputClosed``. ``silence()`` points descriptor 1 at /dev/null, so what is still buffered is
dropped at exit instead of failing again (Python's "Exception ignored ... BrokenPipeError", exit 120).
"""

from __future__ import annotations

import io
import os
import sys

from gaiko.errors import EXIT_SOME_FAILED, GaikoError


class OutputError(GaikoError):
    """The output could not be written (``gaiko search ... > /dev/full``)."""

    exit_code = EXIT_SOME_FAILED


class OutputClosed(BaseException):
    """The reader of the output went away (a closed pipe). Not an OSError: click turns an EPIPE OSError
    raised in a command into exit 1 while one at interpreter exit gave 120, so the exit code depended on
    where the pipe closed; and not an Exception, so no handler of input errors mistakes it for one."""


class _Raw(io.RawIOBase):
    def __init__(self, fd: int) -> None:
        self.fd = fd

    def writable(self) -> bool:
        return True

    def fileno(self) -> int:
        return self.fd

    def isatty(self) -> bool:
        return os.isatty(self.fd)

    def write(self, b) -> int:
        try:
            return os.write(self.fd, b)
        except BrokenPipeError:
            raise OutputClosed() from None
        except OSError as e:
            raise OutputError(f"cannot write the output: {e.strerror or e}") from None


def guard() -> None:
    out = sys.stdout
    try:
        fd = out.fileno()
    except (AttributeError, OSError, ValueError):  # no real stdout (closed, or replaced by a test runner)
        return
    out.flush()
    sys.stdout = io.TextIOWrapper(io.BufferedWriter(_Raw(fd)), encoding=out.encoding, errors=out.errors,
                                  line_buffering=bool(out.line_buffering))


def flush() -> None:
    if sys.stdout is not None:
        sys.stdout.flush()


def silence() -> None:
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (AttributeError, OSError, ValueError):
        pass
