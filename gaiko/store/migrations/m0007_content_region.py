"""documents.content_start/content_end: the page's content region (navigation and footers outside it), the
part of the text the full-text index holds and snippets are cut from. NULL (documents stored before this
migration, or texts without navigation): the whole text; `gaiko reindex --force` fills them."""

from __future__ import annotations


def apply(db) -> None:
    db.execute("ALTER TABLE documents ADD COLUMN content_start INTEGER")
    db.execute("ALTER TABLE documents ADD COLUMN content_end INTEGER")
