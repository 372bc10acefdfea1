"""Hostile input against every tool and resource, through a real MCP client (hypothesis).

    python -m eval.fuzz --examples 300     # prints calls tried, errors by kind, failures
    python -m eval.fuzz --calls 10000      # repeat batches until 10,000 calls

Every call must end in a result or a clear tool error (no traceback, no hang), and the store must
be exactly as before: one ready track, unchanged, and PRAGMA integrity_check ok.
"""

from __future__ import annotations

import argparse
import asyncio
import tempfile
import time
from collections import Counter
from pathlib import Path

from hypothesis import HealthCheck, given, settings as hsettings, strategies as st

from analysis.config import STEM_NAMES, Settings

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "demo_song.mid"
NASTY_TEXT = st.one_of(
    st.text(max_size=50), st.text(alphabet=st.characters(min_codepoint=0, max_codepoint=0x1F), max_size=20),
    st.sampled_from(["", " ", "../../etc/passwd", "/dev/zero", "/proc/self/mem", "..", "\x00", "😀" * 500,
                     "a" * 100_000, "%2e%2e%2f", "C:\\Windows\\system32", "~/.ssh/id_rsa", "NaN", "null"]))
NUMBERS = st.one_of(st.floats(allow_nan=True, allow_infinity=True), st.integers(-10**12, 10**12),
                    st.sampled_from([0.0, -0.0, 1e-300, 1e300, float("nan"), float("inf"), -1.0]))
ANY = st.one_of(NASTY_TEXT, NUMBERS, st.none(), st.booleans(), st.lists(st.integers(), max_size=3),
                st.dictionaries(st.text(max_size=5), st.integers(), max_size=3))
STEMS = st.one_of(st.lists(st.sampled_from(STEM_NAMES), max_size=8), st.lists(NASTY_TEXT, max_size=5),
                  st.just(["bass"] * 3000), st.just([f"stem{i}" for i in range(2000)]), ANY)


def call_strategy(track_id: str):
    tid = st.one_of(st.just(track_id), NASTY_TEXT, ANY)
    window = dict(track_id=tid, stems=STEMS, start_s=NUMBERS | ANY, end_s=NUMBERS | ANY)
    return st.one_of(
        st.tuples(st.just("load_track"), st.fixed_dictionaries(
            {"source": NASTY_TEXT | ANY}, optional={"stems": st.one_of(ANY, st.dictionaries(NASTY_TEXT, NASTY_TEXT, max_size=4)),
                                                     "title": NASTY_TEXT | ANY, "wait": ANY, "separation_model": NASTY_TEXT})),
        st.tuples(st.sampled_from(["track_status", "get_track", "delete_track", "show_timeline"]),
                  st.fixed_dictionaries({"track_id": tid})),
        st.tuples(st.just("timeline_data"), st.fixed_dictionaries({"track_id": tid}, optional={"points": NUMBERS | ANY})),
        st.tuples(st.just("list_tracks"), st.just({})),
        st.tuples(st.sampled_from(["analyze_window", "select_frame", "get_findings"]),
                  st.fixed_dictionaries(window, optional={"question": NASTY_TEXT | ANY})),
        st.tuples(st.sampled_from(["generate_part", "evaluate_part"]), st.fixed_dictionaries(
            dict(track_id=tid, stem=st.sampled_from(STEM_NAMES) | NASTY_TEXT, start_s=NUMBERS | ANY, end_s=NUMBERS | ANY),
            optional={"request": NASTY_TEXT | ANY, "notes": st.one_of(ANY, st.lists(st.dictionaries(
                st.sampled_from(["time_s", "beat", "duration_s", "pitch", "velocity", "x"]), NUMBERS | ANY), max_size=4)),
                "n_options": NUMBERS | ANY, "seed": NUMBERS | ANY})),
        st.tuples(st.just("resource"), st.one_of(
            st.builds(lambda n: f"stemsense://schemas/{n}.json", NASTY_TEXT | st.sampled_from(["Findings", "TrackStatus"])),
            st.builds(lambda t, s: f"stemsense://tracks/{t}/stems/{s}.wav", NASTY_TEXT, NASTY_TEXT),
            st.builds(lambda t, a, b: f"stemsense://tracks/{t}/stems/bass.wav?start_s={a}&end_s={b}",
                      st.just(track_id), NUMBERS, NUMBERS),
            st.builds(lambda t, s, a, b: f"stemsense://tracks/{t}/stems/{s}.ogg?start_s={a}&end_s={b}",
                      st.just(track_id) | NASTY_TEXT, st.sampled_from(STEM_NAMES) | NASTY_TEXT, NUMBERS, NUMBERS),
            st.builds(lambda t, s: f"stemsense://tracks/{t}/midi/{s}.mid", st.just(track_id) | NASTY_TEXT, NASTY_TEXT))),
    )


def run(examples: int = 100, calls_per_example: int = 6) -> dict:
    from fastmcp import Client

    from stemsense_mcp.server import build_server

    stats = Counter()
    failures: list[str] = []
    with tempfile.TemporaryDirectory(prefix="stemsense-fuzz-") as tmp:
        root = Path(tmp)
        (root / "inputs").mkdir()
        cfg = Settings(home=root / "home", allowed_roots=[(root / "inputs").resolve(), EXAMPLE.parent], wait_s=5)
        server = build_server(cfg)
        lib = server.library
        tid = lib.load(str(EXAMPLE)).track_id
        while lib.status(tid).state not in ("ready", "failed"):
            time.sleep(0.1)
        before = lib.summary(tid).model_dump()

        async def one_batch(calls):
            async with Client(server) as client:
                for kind, args in calls:
                    stats["calls"] += 1
                    t0 = time.monotonic()
                    try:
                        if kind == "resource":
                            try:
                                await asyncio.wait_for(client.read_resource(args), timeout=30)
                                stats["resource ok"] += 1
                            except asyncio.TimeoutError:
                                failures.append(f"hang: {kind} {str(args)[:120]}")
                            except Exception as exc:  # a resource error reaches the client as an exception
                                text = str(exc)
                                stats["resource error"] += 1
                                if "Traceback" in text or not text.strip():
                                    failures.append(f"unclear resource error: {args[:120]} -> {text[:200]}")
                            continue
                        if kind in ("delete_track", "load_track"):
                            if args.get("track_id") == tid:
                                continue  # deleting the reference track is legitimate, not a fault
                        res = await asyncio.wait_for(client.call_tool(kind, args, raise_on_error=False), timeout=60)
                    except asyncio.TimeoutError:
                        failures.append(f"hang: {kind} {str(args)[:120]}")
                        continue
                    elapsed = time.monotonic() - t0
                    if res.is_error:
                        text = res.content[0].text if res.content else ""
                        stats[f"{kind} error"] += 1
                        if "Traceback" in text or not text.strip() or len(text) > 2000:
                            failures.append(f"unclear error: {kind} {str(args)[:120]} -> {text[:200]}")
                    else:
                        stats[f"{kind} ok"] += 1
                    if elapsed > 30:
                        failures.append(f"slow ({elapsed:.0f} s): {kind} {str(args)[:120]}")

        @hsettings(max_examples=examples, deadline=None, database=None,
                   suppress_health_check=list(HealthCheck))
        @given(st.lists(call_strategy(tid), min_size=1, max_size=calls_per_example))
        def fuzz(calls):
            asyncio.run(one_batch(calls))

        fuzz()
        after = lib.summary(tid).model_dump()
        tracks = [t.track_id for t in lib.list()]
        if after != before:
            failures.append("the reference track changed")
        if tracks != [tid]:
            failures.append(f"the store gained or lost tracks: {tracks}")
        if not lib.store.integrity_ok():
            failures.append("integrity_check failed")
        lib.close()
    return {"stats": stats, "failures": failures}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--examples", type=int, default=300)
    parser.add_argument("--calls", type=int, default=None, help="run batches until at least this many calls (e.g. 10000)")
    args = parser.parse_args()
    t0 = time.monotonic()
    out = run(args.examples)
    while args.calls and out["stats"]["calls"] < args.calls:  # fresh batches (each a fresh store) until enough
        more = run(args.examples)
        out["stats"].update(more["stats"])
        out["failures"] += more["failures"]
    print(f"{out['stats']['calls']} calls in {time.monotonic() - t0:.0f} s")
    for k, v in sorted(out["stats"].items()):
        print(f"  {k}: {v}")
    print(f"failures: {len(out['failures'])}")
    for f in out["failures"][:30]:
        print("  " + f)


if __name__ == "__main__":
    main()
