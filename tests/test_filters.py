"""One declaration of the search filters (gaiko.filters.FILTERS): the CLI options, the API parameters and models,
the SQL and the facets are all made from it; a new row shows up in each of them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from click.testing import CliRunner

from gaiko.archive import Archive
from gaiko.filters import FACETS, FILTERS, NAMES, YEAR, Filters, check
from gaiko.inputs import InvalidInput

ROOT = Path(__file__).resolve().parent.parent
OPTIONS = {f.option for f in FILTERS}


def _options(command: str) -> set[str]:
    from gaiko.cli import cli

    return {o for p in cli.commands[command].params for o in p.opts if o.startswith("--")}


def test_the_cli_search_has_one_option_per_row():
    from gaiko.cli import cli

    assert _options("search") == OPTIONS | {"--db", "--sort", "--limit", "--offset", "--json"}
    assert {p.name for p in cli.commands["search"].params} >= set(NAMES)
    assert _options("timeline") >= {"--from", "--to", "--kind", "--person", "--country"}


def test_the_api_parameters_and_models_are_the_rows():
    import inspect

    from gaiko.api.params import PARAM_LABELS, filter_params
    from gaiko.views.models import FilterValues

    assert list(inspect.signature(filter_params).parameters) == [*NAMES, YEAR.name]
    assert list(FilterValues.model_fields) == list(NAMES)
    assert set(PARAM_LABELS) >= set(NAMES) | {YEAR.name}


def test_facets_are_the_rows_with_a_facet_and_the_year():
    assert [f.name for f in FACETS] == [YEAR.name, *(f.name for f in FILTERS if f.facet)]
    assert all(f.on is not None and f.sets for f in FACETS)


def test_every_row_is_an_sql_condition():
    from gaiko.store.filters import document_conditions, event_conditions

    for f in FILTERS:
        value = f.value.choices[0] if f.value.choices else {"date": "2008", "code": "RU"}.get(f.value.kind, "x")
        doc, _ = document_conditions(Filters(**{f.name: value}))
        ev, _ = event_conditions(Filters(**{f.name: value}), doc_alias="d")
        assert len(doc) == 1 and len(ev) == 1, f.name


def test_values_are_checked_as_the_cli_and_the_api_check_them():
    with pytest.raises(InvalidInput, match="unknown kind"):
        check(Filters(kind="nope"))
    with pytest.raises(InvalidInput, match="unknown country code"):
        check(Filters(country="ZZ"))
    with pytest.raises(InvalidInput, match="empty date range"):
        check(Filters(date_from="2011", date_to="2008"))
    with pytest.raises(TypeError, match="unknown filter venue"):
        Filters(venue="x")
    assert check(Filters(country="ru", kind="summit")) == Filters(country="ru", kind="summit")
    assert Filters(person="").is_empty() and Filters(kind="summit").active() == {"kind": "summit"}


# A new row, as someone adding a filter would write it: the talks held in a city. Nothing else is edited.
NEW_ROW = textwrap.dedent('''
    import gaiko.filters as F

    row = F.Filter("city", "--city", "Talks held in this city (as written: 大阪).", "都市", F.Value("name", metavar="CITY"),
                   F.On("events", "city"), F.Facet("都市"))
    F.FILTERS = (*F.FILTERS, row)
    F.BY_NAME, F.NAMES, F.FACETS = F.index(F.FILTERS)
''')

PROBE = NEW_ROW + textwrap.dedent('''
    import hashlib, json, sys
    from pathlib import Path

    from click.testing import CliRunner
    from fastapi.testclient import TestClient

    from gaiko.api.deps import Settings
    from gaiko.archive import Archive, Filters
    from gaiko.cli import cli
    from gaiko.pipeline import Extraction
    from gaiko.record import Record
    from gaiko.server import create_app

    db = sys.argv[1]
    with Archive.open(db) as a:
        for j in sorted(Path(sys.argv[2]).glob("*.json")):
            text = j.with_suffix(".txt").read_text("utf-8")
            a.add(Extraction(id=j.stem, path=str(j), text=text, record=Record.model_validate_json(j.read_text("utf-8")),
                             sha256=hashlib.sha256(text.encode()).hexdigest(), encoding="utf-8"))
        res = a.search("", Filters(city="大阪"), facets=True)
        everything = a.search("", facets=True)
    client = TestClient(create_app(Settings(db=db)))
    spec = client.get("/openapi.json").json()
    api = client.get("/api/search", params={"q": "", "city": "大阪"}).json()
    out = {
        "help": CliRunner().invoke(cli, ["search", "--help"]).output,
        "cli": json.loads(CliRunner().invoke(cli, ["search", "--city", "大阪", "--json", "--db", db]).output)["total"],
        "archive": res.total,
        "facet": {f.value: f.count for f in everything.facets.get("city", [])},
        "api_params": [p["name"] for p in spec["paths"]["/api/search"]["get"]["parameters"]],
        "api": [api["total"], api["filters"].get("city")],
        "events": client.get("/api/events", params={"city": "大阪"}).json()["total"],
        "page": "都市" in client.get("/search", params={"q": "会談"}).text,
    }
    print(json.dumps(out, ensure_ascii=False))
''')


def test_a_new_row_shows_up_in_the_cli_the_api_the_sql_and_the_facets(tmp_path):
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    r = subprocess.run([sys.executable, "-c", PROBE, str(tmp_path / "a.db"), str(ROOT / "tests/data/knowledge")],
                       capture_output=True, text=True, env=env, timeout=300)
    assert r.returncode == 0, r.stderr[-2000:]
    out = json.loads(r.stdout.strip().splitlines()[-1])
    assert "--city CITY" in out["help"] and "Talks held in this city" in out["help"]
    assert out["cli"] == out["archive"] == out["api"][0] == 2 and out["api"][1] == "大阪"  # two talks in 大阪
    assert out["events"] == 2
    assert "city" in out["api_params"]
    assert out["facet"].get("大阪") == 2
    assert out["page"]
    # and the table as it is has no such row
    assert "--city" not in _options("search") and "city" not in NAMES


def test_the_real_facets_are_the_tables(tmp_path):
    from test_link_archive import knowledge_extractions

    with Archive.open(str(tmp_path / "k.db")) as a:
        for x in knowledge_extractions():
            a.add(x)
        res = a.search("", Filters(kind="summit"), facets=True)
    assert list(res.facets) == [f.name for f in FACETS]


def test_the_cli_runs_a_row_it_lacked_while_declared_by_hand(tmp_path):
    """--topic: the README listed it, the CLI's own list of options did not have it."""
    from gaiko.cli import cli

    db = str(tmp_path / "d.db")
    with Archive.open(db) as a:
        a.ingest([str(ROOT / "tests/data/docs")], jobs=1)
        topic = a.search("", facets=True).facets["topic"][0]
        want = a.search("", Filters(topic=topic.value)).total
    r = CliRunner().invoke(cli, ["search", "--topic", topic.value, "--json", "--db", db])
    assert r.exit_code == 0 and json.loads(r.output)["total"] == want == topic.count > 0
