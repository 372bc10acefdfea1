"""The import layers, read from the source with ``ast`` (every import, at module level or inside a
function: a deferred import is still an arrow). Data flows one way:

    analysis.core  <  analysis  <  heuristics  <  frames | generation  <  stemsense_mcp  <  eval

A module may import its own layer and the ones below it; an arrow up (or across, between frames and
generation) fails, as does any cycle between modules. The bottom layer imports nothing else from the
project, and the query-time packages import nothing heavy (Essentia, torch, basic-pitch)."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("analysis", "heuristics", "frames", "generation", "stemsense_mcp", "eval")
LAYERS: tuple[tuple[str, ...], ...] = (  # bottom first; packages on one line are siblings and never import each other
    ("analysis.core",),
    ("analysis",),
    ("heuristics",),
    ("frames", "generation"),
    ("stemsense_mcp",),
    ("eval",),
)
HEAVY = ("essentia", "torch", "demucs", "basic_pitch", "onnxruntime", "librosa", "whisper", "transformers", "ray")


def layer_of(module: str) -> tuple[int, str]:
    """(rank, group) of a project module: the longest layer prefix that names it."""
    best = None
    for rank, groups in enumerate(LAYERS):
        for group in groups:
            if (module == group or module.startswith(group + ".")) and (best is None or len(group) > len(best[1])):
                best = (rank, group)
    assert best is not None, f"{module} is in no layer: add it to LAYERS"
    return best


def project_modules(root: Path = ROOT) -> dict[str, Path]:
    mods = {}
    for pkg in PACKAGES:
        for path in (root / pkg).rglob("*.py"):
            parts = path.relative_to(root).with_suffix("").parts
            if "node_modules" in parts:
                continue
            mods[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = path
    return mods


def imports_of(module: str, source: str, is_package: bool, known) -> set[str]:
    """The project modules a source imports (``from pkg import mod`` names the module ``pkg.mod``)."""
    out = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                here = module.split(".") if is_package else module.split(".")[:-1]
                here = here[:len(here) - (node.level - 1)]
                base = ".".join(here + ([node.module] if node.module else []))
            names = [f"{base}.{a.name}" if f"{base}.{a.name}" in known else base for a in node.names]
        else:
            continue
        for name in names:
            while name and name not in known:
                name = name.rpartition(".")[0]
            if name and name != module:
                out.add(name)
    return out


def import_graph(root: Path = ROOT) -> dict[str, set[str]]:
    mods = project_modules(root)
    return {m: imports_of(m, p.read_text(), p.name == "__init__.py", mods) for m, p in mods.items()}


def back_arrows(graph: dict[str, set[str]]) -> list[str]:
    """Every import that points up a layer, or across to a sibling package of the same layer."""
    bad = []
    for src, targets in graph.items():
        rank, group = layer_of(src)
        for dst in sorted(targets):
            d_rank, d_group = layer_of(dst)
            if d_rank > rank or (d_rank == rank and d_group != group):
                bad.append(f"{src} -> {dst}")
    return sorted(bad)


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan)."""
    index, low, stack, on, out = {}, {}, [], set(), []

    def visit(v):
        index[v] = low[v] = len(index)
        stack.append(v)
        on.add(v)
        for w in graph.get(v, ()):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                out.append(sorted(comp))

    for v in list(graph):
        if v not in index:
            visit(v)
    return out


def test_no_import_points_up_or_across_a_layer():
    assert back_arrows(import_graph()) == []


def test_no_import_cycles():
    # (the last one, eval.drums <-> eval.offsets, went: the soundfont rendering is eval.material's)
    assert cycles(import_graph()) == []


def test_the_bottom_layer_imports_nothing_else_from_the_project():
    graph = import_graph()
    core = {m: t for m, t in graph.items() if layer_of(m)[1] == "analysis.core"}
    assert core, "analysis/core/ is missing"
    assert {m: sorted(t) for m, t in core.items() if any(layer_of(x)[1] != "analysis.core" for x in t)} == {}


def test_the_checker_catches_a_back_arrow_a_sideways_arrow_and_a_cycle():
    graph = {"analysis.core.types": {"analysis.store"}, "analysis.store": set(), "frames.findings": {"generation.models"},
             "generation.models": set(), "heuristics.rules": {"heuristics.timing"}, "heuristics.timing": {"heuristics.rules"},
             "analysis.ingest": {"analysis.core.types"}}
    assert back_arrows(graph) == ["analysis.core.types -> analysis.store", "frames.findings -> generation.models"]
    assert cycles(graph) == [["heuristics.rules", "heuristics.timing"]]


def test_the_graph_sees_deferred_and_relative_imports():
    known = {"analysis", "analysis.store", "analysis.core", "analysis.core.types", "heuristics", "heuristics.slice"}
    source = "from ..store import Store\ndef f():\n    from heuristics import slice\n    import analysis.store\n"
    assert imports_of("analysis.core.types", source, False, known) == {"analysis.store", "heuristics.slice"}


@pytest.mark.parametrize("module", ["analysis.core.vocabulary", "analysis.core.types", "analysis.store", "heuristics.window",
                                    "frames", "frames.service", "generation.service"])
def test_a_query_time_import_loads_nothing_heavy(module):
    code = (f"import sys; import {module}; "
            f"print(','.join(sorted(m for m in {HEAVY!r} if m in sys.modules)))")
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "", f"importing {module} loads {done.stdout.strip()}"
