"""Knowledge across records: links computed over the whole archive.

Modules (each a library API the CLI, the JSON API and the web app call):

- ``gaiko.link.reconcile``: ``group_events(rows)`` - which event rows (chronology entries, meeting
  records) describe the same talk; ``reconcile(archive)`` persists the groups.
- ``gaiko.link.people``: one person per real individual; ``list_people(archive)``, ``person(archive, name)``.
- ``gaiko.link.followups``: planned items linked to the talks that fulfil them;
  ``followups(archive, country=None, status=None)``.
- ``gaiko.link.trends``: ``topics_by_year(archive, country=None)`` - topic counts per year (a chart).
- ``gaiko.link.build``: ``link(archive)`` (re)builds all derived tables (what ``gaiko link`` runs).
- ``gaiko.link.names``: name keys shared by the above (ラヴロフ == ラブロフ).
"""
