"""Topics per year per relationship."""

from __future__ import annotations

from gaiko.link.docs import load_gold
from gaiko.link.trends import topics_by_year


def test_topics_by_year_for_russia(shared_dir):
    docs = load_gold((shared_dir / "gold").glob("*.json"))
    years = topics_by_year(docs, country="ru")
    assert [y.year for y in years] == sorted(y.year for y in years)
    by = {y.year: y for y in years}
    assert by["2002"].counts["平和条約・領土"] >= 2  # 2002 talk: peace treaty negotiations
    assert by["2018"].counts["安全保障・防衛"] >= 3  # the 2+2 of 2018
    assert all(y.total == sum(y.counts.values()) for y in years)
    assert topics_by_year(docs, country="BR") == []


def test_topics_command(tmp_path):
    from click.testing import CliRunner

    from gaiko.cli import cli

    r = CliRunner().invoke(cli, ["topics", "--taxonomy"])
    assert r.exit_code == 0 and r.output.splitlines()[0].startswith("平和条約・領土\t")
