"""eval/'s truth and rubric modules judge the code; they may call the functions under test but never borrow
its thresholds. A rubric that imports ``MIN_SOUNDING_SHARE`` (or reads ``frames.select.weights()``)
agrees with the code by construction. The modules are read with ``ast`` (nothing is imported), every
``from analysis|heuristics|frames ... import NAME`` and every ``module.NAME`` reached through an alias
of those packages is listed, and an UPPER_CASE name (a constant) or a function that hands out the
code's numbers fails — except the few names below, which are units, storage layout or vocabulary, not
judgements. A planted source shows the checker catches each form."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CODE_PACKAGES = ("analysis", "heuristics", "frames")
RUBRIC_MODULES = ("frame_windows", "frame_test_songs", "truth", "findings_metrics", "scope", "metrics", "answers",
                  "answer_songs", "bass", "meter", "bleed", "client_check", "key_change", "leave_one_out", "gen_material",
                  "drums", "vocals", "two_parts", "tempo_trend", "chart", "grid_tail", "leaked_notes",
                  "overtones", "sung", "ranges", "articulation")
NOT_JUDGEMENTS = {  # name -> why importing it cannot make truth agree with the code
    "SAMPLE_RATE_HZ": "the rate audio is stored at (a unit)",
    "FEATURE_HOP_S": "the stored frames' grid (storage layout: reading frames needs it)",
    "FRAME": "the stored frames' length (storage layout)",
    "DRUM_CLASSES": "GM drum keys by class (vocabulary)",
    "PITCH_CLASS": "note names to pitch classes (vocabulary)",
}
CALIBRATION_ONLY = {  # (module, name) -> why it is not truth
    ("bass", "PARAMS"): "the transcriber's own settings, passed when running the method under test (never a truth)",
    ("bass", "REFINE_BAND"): "the refine step's band, passed when running the stored method (never a truth)",
    ("drums", "DRUMS"): "the detector's own settings, varied to run the baseline detector beside it (never a truth)",
    ("vocals", "PARAMS"): "the line reader's settings the voice candidate starts from: a method under test, never a truth",
    ("truth", "REFINE_BAND"): "fit_attack_priors fits the code's attack prior by running the code's own attack "
                              "measurement (with its band) on calibration grooves; no truth is derived from it",
}
KNOWN_VIOLATIONS: dict[str, str] = {}  # module -> what it borrows; strict xfail: the test fails once fixed
NUMBER_SOURCES = {"weights"}  # functions that return the code's fitted numbers (frames.select.weights)
CONSTANT = re.compile(r"^_?[A-Z][A-Z0-9_]*$")


def _from_code(module: str | None) -> bool:
    return bool(module) and module.split(".")[0] in CODE_PACKAGES


def borrowed_thresholds(source: str) -> list[str]:
    """Every constant (UPPER_CASE) or number-returning function a source takes from analysis/,
    heuristics/ or frames/, as 'line: module.NAME'."""
    tree = ast.parse(source)
    found, aliases = [], {}
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and _from_code(node.module):
            for a in node.names:
                if a.name in NOT_JUDGEMENTS:
                    continue
                if CONSTANT.match(a.name) or a.name in NUMBER_SOURCES or a.name == "*":
                    found.append(f"{node.lineno}: {node.module}.{a.name}")
                elif node.module in CODE_PACKAGES:  # `from analysis import stem_analysis as sa`: a module alias
                    aliases[a.asname or a.name] = f"{node.module}.{a.name}"
        elif isinstance(node, ast.Import):
            for a in node.names:
                if _from_code(a.name):
                    aliases[a.asname or a.name.split(".")[0]] = a.asname and a.name or a.name.split(".")[0]
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and node.attr not in NOT_JUDGEMENTS and (
                CONSTANT.match(node.attr) or node.attr in NUMBER_SOURCES):
            base = node.value
            while isinstance(base, ast.Attribute):
                base = base.value
            if isinstance(base, ast.Name) and base.id in aliases:
                found.append(f"{node.lineno}: {aliases[base.id]}….{node.attr}")
    return found


@pytest.mark.parametrize("name", [pytest.param(m, marks=pytest.mark.xfail(strict=True, reason=KNOWN_VIOLATIONS[m]))
                                  if m in KNOWN_VIOLATIONS else m for m in RUBRIC_MODULES])
def test_rubric_and_truth_modules_borrow_no_threshold_from_the_code(name):
    path = ROOT / "eval" / f"{name}.py"
    if not path.is_file():
        pytest.skip(f"eval/{name}.py is not in this checkout")
    found = [f for f in borrowed_thresholds(path.read_text())
             if not any(m == name and f.endswith("." + n) for m, n in CALIBRATION_ONLY)]
    assert found == [], f"eval/{name}.py takes the code's numbers"


@pytest.mark.parametrize("planted, expected", [
    ("from heuristics.slice import MIN_SOUNDING_SHARE\n", "heuristics.slice.MIN_SOUNDING_SHARE"),
    ("def f():\n    from frames.select import weights\n    return weights()['frames']\n", "frames.select.weights"),
    ("from analysis import stem_analysis as sa\nx = sa.ATTACK_PRIOR_S['bass']\n", "ATTACK_PRIOR_S"),
    ("import analysis.vocabulary\nq = analysis.vocabulary.SILENT_FRAME_DB\n", "SILENT_FRAME_DB"),
    ("import frames.select as sel\nshare = sel.weights()['frames']['foreground']['min_active_share']\n", "weights"),
])
def test_the_checker_catches_a_planted_borrowed_threshold(planted, expected):
    found = borrowed_thresholds(planted)
    assert found and any(expected in f for f in found), found


def test_the_checker_lets_functions_under_test_and_units_through():
    clean = ("from analysis.config import SAMPLE_RATE_HZ, Settings\nfrom frames.service import get_findings\n"
             "from analysis import stem_analysis as sa\nnotes = sa.drum_events\n")
    assert borrowed_thresholds(clean) == []
