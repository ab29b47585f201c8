"""Import every lexicon module, so ``gaiko.extract.lexicon.tables()`` lists them all."""

from __future__ import annotations
