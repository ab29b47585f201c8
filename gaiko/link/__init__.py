"""Knowledge across records: links computed over the whole archive, as pure functions of its documents.

``gaiko.archive.Archive`` serves them (``link()``, ``people()``, ``person()``, ``followups()``, ...), from
the tables ``gaiko link`` stores (``gaiko.store.links``) or computed on the spot; nothing here reads or
writes a database.

- ``gaiko.link.docs``: ``DocView``/``EventView``, the read-only views of documents and events the linkers use.
- ``gaiko.link.reconcile``: ``group_events(rows)`` - which event rows (chronology entries, meeting records)
  describe the same talk; ``event_groups(rows)`` names the groups.
- ``gaiko.link.people``: one person per real individual: ``resolve(docs)``, ``named(people, name)``.
- ``gaiko.link.followups``: planned items linked to the talks that fulfil them: ``link_followups(docs)``.
- ``gaiko.link.trends``: ``topics_by_year(docs, country=None)`` - topic counts per year (a chart).
- ``gaiko.link.build``: ``compute(docs)`` - all of the above in one pass (what ``gaiko link`` stores).
- ``gaiko.link.labels``: ``event_label(row)`` - 日露首脳会談, the name of a talk.
- ``gaiko.link.names``: name keys shared by the above (ラヴロフ == ラブロフ); ``gaiko.link.lexicon``: office
  holders' Latin names.
"""
