"""gaiko (外交): records of diplomatic talks as a structured, searchable archive.

Public surface: ``extract_text``/``extract_bytes``/``extract_path`` (one document -> ``Extraction`` with its
``Record``), ``Record`` (the schema); ``gaiko.archive.Archive`` is the archive. Importing gaiko loads the
extractors' tables, not the tokenizer (SudachiPy starts at the first sentence tokenized).
"""

from gaiko.pipeline import extract_bytes, extract_path, extract_text
from gaiko.record import Record

__all__ = ["Record", "extract_path", "extract_bytes", "extract_text", "__version__"]
__version__ = "0.1.0"
