"""gaiko (外交): records of diplomatic talks as a structured, searchable archive.

Public surface: ``extract_text``/``extract_path`` (one document -> Record), ``Record`` (the schema).
"""

from gaiko.record import Record

__all__ = ["Record", "extract_path", "extract_bytes", "extract_text", "__version__"]
__version__ = "0.1.0"


def __getattr__(name: str):  # lazy: importing gaiko does not load the tokenizer
    if name in ("extract_path", "extract_bytes", "extract_text"):
        from gaiko import pipeline

        return getattr(pipeline, name)
    raise AttributeError(name)
