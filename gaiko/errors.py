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


class ValueRefused(StoreError, ValueError):
    """The database refused a value of one statement (PostgreSQL: a NUL byte in a text, a word past an index's
    limit): the request or document at fault fails alone (API: 400; an ingest: that document)."""


class StaleLinks(GaikoError):
    """The archive's derived data (people, follow-ups, talk groups) is out of date and the archive too large to
    link on the spot: ``gaiko link`` rebuilds it."""


def printable(s: object) -> str:
    """``s`` as one printable line: control characters (newlines, terminal escapes, DEL, C1) and bytes of a
    file name that is not valid UTF-8 (surrogate escapes) become ``\\xNN`` / ``\\uNNNN``, so an error about a
    hostile file name is one line that cannot drive the terminal."""
    out = []
    for ch in str(s):
        o = ord(ch)
        if 0xDC80 <= o <= 0xDCFF:  # a byte os.fsdecode could not decode (surrogateescape)
            out.append(f"\\x{o - 0xDC00:02x}")
        elif o < 32 or o == 127 or 0x80 <= o < 0xA0:
            out.append(f"\\x{o:02x}")
        elif 0xD800 <= o <= 0xDFFF or o in (0x2028, 0x2029):  # other lone surrogates, line separators
            out.append(f"\\u{o:04x}")
        else:
            out.append(ch)
    return "".join(out)
