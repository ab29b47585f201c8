"""Every facet the search page shows counts exactly the documents its filter returns, on both backends."""

from gaiko.archive import Archive, Filters

FACET_FILTER = {"year": None, "country": "country", "kind": "kind", "channel": "channel", "state": "state", "person": "person",
                "outcome": "outcome", "topic": "topic", "doc_type": "doc_type"}


def test_facets_match_their_filters(archive_url, shared_dir):
    from gaiko.pipeline import extract_path

    docs = sorted((shared_dir / "seeds").iterdir()) + sorted((shared_dir / "devset/docs").iterdir())
    with Archive.open(archive_url) as archive:
        for path in docs:
            archive.add(extract_path(path))
        res = archive.search("会談", facets=True)
        assert set(FACET_FILTER) <= set(res.facets), res.facets.keys()
        for name, values in res.facets.items():
            assert values, name
            field = FACET_FILTER.get(name)
            for fc in values[:5]:
                if field is None:
                    f = Filters(date_from=fc.value, date_to=fc.value)
                else:
                    f = Filters(**{field: fc.value})
                assert archive.search("会談", f).total == fc.count, (name, fc.value)
