"""Extractors: stages over one ``Doc``, in a fixed order, then assembly into the ``Record``.

Each stage reads the document (and what earlier stages wrote) and adds facts with spans:

    document    title, content region, page date, document type
    meetings    the talks: kind, channel, date, times, place, principals, attendees, sentence scope
    chronology  (chronology pages instead of meetings) one talk per dated entry
    outcomes    agree / request / protest / invite / thank, with the side that acted
    plans       follow-ups agreed or scheduled, dated at the precision written

``assemble`` is the only code that builds a ``Record``.

The package holds no code: ``gaiko.extract.run`` runs the stages and assembles (importing the package
imports nothing, so a stage importing a sibling never cycles through it). Vocabularies live in
``gaiko.extract.lexicon``; drafts passed between stages in ``gaiko.extract.drafts``.
"""
