"""Error types and the documented exit codes of the command line."""

EXIT_OK = 0  # every input processed
EXIT_SOME_FAILED = 1  # some inputs failed (each reported on stderr in one line); the rest were processed
EXIT_USAGE = 2  # bad usage: unknown option, missing argument, bad database URL, ...


class GaikoError(Exception):
    """An expected failure with a one-line message for the user."""

    exit_code = EXIT_SOME_FAILED


class InputError(GaikoError):
    """One input could not be read or decoded (missing, binary, too large, empty)."""


class UsageError(GaikoError):
    exit_code = EXIT_USAGE


class StoreError(GaikoError):
    """The database could not be opened or written (unreachable server, bad URL, locked)."""

    exit_code = EXIT_USAGE
