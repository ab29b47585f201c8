"""Import every lexicon module, so ``gaiko.extract.lexicon.tables()`` lists them all.

A module is listed here once its matchers fire its rows (and cases make every row fire).
"""

from __future__ import annotations

from gaiko.extract.lexicon import outcomes, plans, sides  # noqa: F401
