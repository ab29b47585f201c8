"""The library's shape, read from its source with ``ast``: no import cycles, no gaiko import hidden inside a
function, SQL only under gaiko/store/, interfaces only through the facade.

The graph: one node per module of the gaiko package (``gaiko/x/__init__.py`` is ``gaiko.x``); an edge for every
``import``/``from ... import`` of a gaiko module, at module level and inside functions alike (relative imports
resolved; ``from gaiko.x import y`` is an edge to ``gaiko.x.y`` when y is a submodule, else to ``gaiko.x``).
Imports under ``if TYPE_CHECKING:`` are no edges: they name types for annotations and never run (``gaiko.text``'s
``Doc`` annotates the drafts the extract stages keep on it).
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "gaiko"

INTERFACES = ("gaiko.cli", "gaiko.api", "gaiko.web", "gaiko.views", "gaiko.server")
# what an interface may not import: it goes through the facade (gaiko.archive), gaiko.record, gaiko.filters and
# the shared page models (gaiko.views). Errors are gaiko.errors, outside these packages: no exception needed.
INTERFACE_FORBIDDEN = ("gaiko.link", "gaiko.store", "gaiko.extract")

SQL = re.compile(r"\bSELECT\s|\bINSERT\s+INTO\b|\bCREATE\s+(?:UNIQUE\s+)?(?:TABLE|INDEX)\b|\bDELETE\s+FROM\b"
                 r"|\bUPDATE\s+\w+\s+SET\b|\bALTER\s+(?:TABLE|INDEX)\b|\bDROP\s+(?:TABLE|INDEX)\b")


@dataclass(frozen=True)
class Import:
    source: str  # the importing module
    target: str  # the gaiko module imported
    line: int
    in_function: bool


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


@lru_cache(maxsize=1)
def modules() -> dict[str, Path]:
    return {module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def _existing(name: str) -> str | None:
    """The module ``name`` or its nearest enclosing module (``gaiko.x.Name`` -> ``gaiko.x``)."""
    mods = modules()
    while name and name not in mods:
        name = name.rpartition(".")[0]
    return name or None


def _targets(mod: str, node: ast.Import | ast.ImportFrom) -> list[str]:
    mods = modules()
    out: list[str | None] = []
    if isinstance(node, ast.Import):
        out = [_existing(a.name) for a in node.names]
    else:
        base = node.module or ""
        if node.level:
            pkg = mod if mods[mod].name == "__init__.py" else mod.rpartition(".")[0]
            for _ in range(node.level - 1):
                pkg = pkg.rpartition(".")[0]
            base = f"{pkg}.{base}" if base else pkg
        out = [f"{base}.{a.name}" if f"{base}.{a.name}" in mods else _existing(base) for a in node.names]
    return [t for t in dict.fromkeys(out) if t and (t == "gaiko" or t.startswith("gaiko."))]


@lru_cache(maxsize=1)
def imports() -> tuple[Import, ...]:
    found: list[Import] = []
    for mod, path in modules().items():
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))

        def visit(node: ast.AST, in_function: bool) -> None:
            for child in ast.iter_child_nodes(node):
                if isinstance(child, ast.If) and _type_checking(child.test):
                    continue
                if isinstance(child, (ast.Import, ast.ImportFrom)):
                    found.extend(Import(mod, t, child.lineno, in_function) for t in _targets(mod, child))  # noqa: B023 - visit runs inside the loop
                visit(child, in_function or isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)))

        visit(tree, False)
    return tuple(found)


def _type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or \
        (isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING")


def graph(collapse=lambda m: m) -> dict[str, set[str]]:
    g: dict[str, set[str]] = {collapse(m): set() for m in modules()}
    for imp in imports():
        a, b = collapse(imp.source), collapse(imp.target)
        if a != b:
            g[a].add(b)
    return g


def components(g: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan), each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    comps: list[list[str]] = []

    def connect(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in sorted(g.get(v, ())):
            if w not in index:
                connect(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                comps.append(sorted(comp))

    for v in sorted(g):
        if v not in index:
            connect(v)
    return comps


def chain(g: dict[str, set[str]], comp: list[str]) -> list[str]:
    """The shortest cycle through the component's first module, as a chain that closes on itself:
    ['a', 'b', 'c', 'a'] reads a imports b, b imports c, c imports a."""
    inside, start = set(comp), comp[0]
    prev: dict[str, str] = {}
    todo = [start]
    while todo:
        nxt = []
        for v in todo:
            for w in sorted(g[v] & inside):
                if w == start:
                    path = [v]
                    while path[-1] != start:
                        path.append(prev[path[-1]])
                    return [*reversed(path), start]
                if w not in prev:
                    prev[w] = v
                    nxt.append(w)
        todo = nxt
    return comp  # not reached: every module of a component lies on a cycle through any other


def readable(g: dict[str, set[str]]) -> str:
    """One line per component: a cycle as a chain, then every module of the component if it has more."""
    lines = []
    for comp in components(g):
        c = chain(g, comp)
        rest = sorted(set(comp) - set(c))
        lines.append(" -> ".join(c) + (f"   (also in this tangle: {', '.join(rest)})" if rest else ""))
    return "\n".join(lines)


def package_of(mod: str) -> str:
    """``gaiko.link.people`` -> ``gaiko.link``; a top-level module stays itself."""
    return ".".join(mod.split(".")[:2])


# --- the tests ----------------------------------------------------------------------------------------
def test_the_graph_sees_every_import_form():
    """The builder itself: relative imports, submodules named in ``from``, names that are not modules."""
    by = {(i.source, i.target) for i in imports()}
    assert ("gaiko.archive", "gaiko.store.db") in by  # from gaiko.store.db import DB
    assert any(s == "gaiko.store.migrations.m0004_pg_grams" and t == "gaiko.store.pg_search" for s, t in by)
    assert not any(t == "gaiko.record.Record" for _, t in by)


def test_no_import_cycle_between_modules():
    g = graph()
    if components(g):
        pytest.fail("import cycles (each a chain of modules importing the next):\n" + readable(g), pytrace=False)


def test_no_import_cycle_between_packages():
    """Collapsed to gaiko's subpackages and top-level modules (gaiko.api, gaiko.web, gaiko.archive, ...): the
    layers import one way only (the web pages and the JSON API both sit on gaiko.views, never on each other)."""
    g = graph(package_of)
    if components(g):
        pytest.fail("cycles between packages:\n" + readable(g), pytrace=False)


def test_no_gaiko_import_inside_a_function():
    """Imports of gaiko modules are at module level, where the graph shows them; a function may import only a
    heavy optional third-party dependency (pyarrow, uvicorn, rich, sudachipy, ...)."""
    hidden = [f"{modules()[i.source].relative_to(ROOT)}:{i.line} imports {i.target}"
              for i in imports() if i.in_function]
    assert not hidden, "gaiko imports inside functions:\n" + "\n".join(hidden)


def _strings(tree: ast.AST):
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            yield node


def test_sql_only_under_gaiko_store():
    found = []
    for mod, path in modules().items():
        if mod == "gaiko.store" or mod.startswith("gaiko.store."):
            continue
        for node in _strings(ast.parse(path.read_text(encoding="utf-8"))):
            if SQL.search(node.value):
                found.append(f"{path.relative_to(ROOT)}:{node.lineno}: {node.value.strip()[:70]!r}")
    assert not found, "SQL outside gaiko/store/:\n" + "\n".join(found)


def test_the_sql_pattern_finds_sql():
    for s in ("SELECT data FROM kn_people", "INSERT INTO kn_meta (key) VALUES (?)", "DELETE FROM ",
              "UPDATE documents SET source_url = ?", "CREATE TABLE x (a)", "CREATE INDEX i ON x(a)"):
        assert SQL.search(s), s
    for s in ("select a result", "Selected documents", "the update set", "日露首脳会談"):
        assert not SQL.search(s), s


def test_interfaces_only_use_the_facade():
    """The CLI, the JSON API, the web pages and the page models they share call gaiko.archive (and read
    gaiko.record, gaiko.filters): never the linkers, the store or the extractors themselves."""
    bad = [f"{modules()[i.source].relative_to(ROOT)}:{i.line} imports {i.target}" for i in imports()
           if i.source.startswith(INTERFACES) and i.target.startswith(INTERFACE_FORBIDDEN)]
    assert not bad, "interfaces importing internals:\n" + "\n".join(bad)


def test_cycles_are_printed_as_chains():
    g = {"a": {"b"}, "b": {"c", "x"}, "c": {"a", "d"}, "d": set(), "x": {"b"}}
    assert components(g) == [["a", "b", "c", "x"]]
    assert readable(g) == "a -> b -> c -> a   (also in this tangle: x)"


def test_imports_by_name_name_real_modules():
    """The one import the graph cannot see, ``gaiko serve`` handing uvicorn the app's factory by name, names a
    module of the graph and a function in it; and every command module of gaiko.cli is imported by the group's
    package (commands are no longer discovered at run time)."""
    from gaiko.cli.serve import APP_FACTORY

    module, _, attr = APP_FACTORY.partition(":")
    assert module in modules()
    assert any(isinstance(n, ast.FunctionDef) and n.name == attr
               for n in ast.parse(modules()[module].read_text(encoding="utf-8")).body)
    commands = {m for m in modules() if m.startswith("gaiko.cli.") and not m.rpartition(".")[2].startswith("_")}
    imported = {i.target for i in imports() if i.source == "gaiko.cli"}
    assert commands - {"gaiko.cli.base"} <= imported, commands - imported
