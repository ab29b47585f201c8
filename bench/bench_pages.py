"""CPU and wall time of the pages a user opens besides search, one in-process call each (not a load test).

    python bench/bench_pages.py --db /tmp/web100k-web.db

Calls the page builders the web app and the JSON API share (`gaiko.views.build`): home, two chronologies, a
person, two filtered event lists, five filtered searches. The garbage collector is tuned as in the server (`gaiko.server.tune_gc`)
when that exists. Prints a Markdown table: page, CPU ms, wall ms, and the 1-minute load average.
"""

from __future__ import annotations

import argparse
import os
import time


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--db", required=True, help="archive (SQLite path or postgresql://...)")
    args = ap.parse_args()
    from gaiko.archive import Archive
    from gaiko.views import build as views
    from gaiko.views.models import FilterValues

    try:
        from gaiko.server import tune_gc
    except ImportError:  # older trees
        tune_gc = None
    if tune_gc:
        tune_gc()
    pages = [
        ("home", views.home_page, ()),
        ("chronology JP-KR", views.relation_page, ("JP-KR",)),
        ("chronology JP-RU", views.relation_page, ("JP-RU",)),
        ("person 岸田", views.person_page, ("岸田",)),
        ("events country=RU", views.events_page, (FilterValues(country="RU"),)),
        ("events person=岸田", views.events_page, (FilterValues(person="岸田"),)),
        # the search page with a filter (facets as the page counts them: up to FACET_MAX_MATCHES matches)
        ("search ラヴロフ country=RU", views.search_page, ("ラヴロフ", FilterValues(country="RU"))),
        ("search 会談 country=RU", views.search_page, ("会談", FilterValues(country="RU"))),
        ("search 会談 person=岸田", views.search_page, ("会談", FilterValues(person="岸田"))),
        ("search 首脳会談 country=KR from 2015", views.search_page, ("首脳会談", FilterValues(country="KR", date_from="2015"))),
        ("search (no words) country=RU", views.search_page, ("", FilterValues(country="RU"))),
    ]
    print(f"load average before: {os.getloadavg()[0]:.2f}; gc tuned: {bool(tune_gc)}")
    print("| page | CPU ms | wall ms |\n|---|---|---|")
    with Archive.open(args.db, create=False) as a:
        for label, fn, extra in pages:
            wall, cpu = time.perf_counter(), time.process_time()
            fn(a, *extra)
            print(f"| {label} | {1000 * (time.process_time() - cpu):,.0f} | {1000 * (time.perf_counter() - wall):,.0f} |",
                  flush=True)
    print(f"load average after: {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
