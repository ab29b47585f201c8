"""What each page shows, built once for the JSON API (``gaiko.api``) and the HTML pages (``gaiko.web``).

- ``gaiko.views.models``: the typed page objects (``SearchPage``, ``DocumentPage``, ...), the API's response
  models and the templates' data.
- ``gaiko.views.build``: the page builders: ``gaiko.archive.Archive`` calls in, one page object out.
- ``gaiko.views.highlight``: the evidence marks of a document page; ``gaiko.views.labels``: Japanese labels.

Both interfaces import these, and these import neither of them.
"""
