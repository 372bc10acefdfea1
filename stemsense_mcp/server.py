"""The MCP server: validates input, calls the layers below, shapes output. No musical logic here.

Every tool declares its output schema (a pydantic model) and returns structured content plus one
short sentence of text. Every failure the caller can act on becomes a tool error whose message
says what to do.
"""

from __future__ import annotations

import asyncio
import functools
import inspect
import json
import logging
import math
from typing import Annotated, Any, Callable, Literal

import anyio
from fastmcp import Context, FastMCP
from fastmcp.apps.config import AppConfig, ResourceCSP
from fastmcp.exceptions import ResourceError, ToolError
from fastmcp.exceptions import ValidationError as ArgumentsError
from fastmcp.server.middleware import Middleware
from pydantic import ValidationError as PydanticValidationError
from fastmcp.tools import ToolResult
from mcp.types import ResourceLink, TextContent
from pydantic import BaseModel, ConfigDict, Field, WithJsonSchema

from analysis.config import MIX_STEM, PART_STEMS, STEM_NAMES, Settings
from analysis.errors import StemSenseError
from analysis.library import Library
from analysis.models import DeleteResult, Timeline, TimelineSpan, TrackList, TrackStatus, TrackSummary
from frames.models import Findings, FrameSelection
from frames.select import weights as frame_weights
from frames.service import get_findings as findings_for
from frames.service import select_frame as select_frame_for
from generation.models import GenerationResult, PartEvaluation
from generation.service import evaluate_part as evaluate
from generation.service import generate_part as generate
from generation.service import ARTEFACTS as PART_ARTEFACTS
from generation.service import part_file
from heuristics.models import WindowAnalysis

from . import __version__
from . import app as timeline_app
from . import prompts, textual
from heuristics.window import analyze_window as analyze
from heuristics.window import track_chart

INSTRUCTIONS = """\
StemSense is the analyst; you are the translator. To talk about a passage, call get_findings with the
stems and the window [start_s, end_s) the user means, and their question: it returns what is true in
that window only (groove, harmony, melody, texture, each stem's role, a lens for how to lead, cautions)
with a plain summary. The discuss_window prompt sets out how to speak from it; create_part and
generate_part write a new part that fits. Load music first with load_track (a mixed audio file, a
folder of stems, or a MIDI file): it returns a track_id at once and ingests in the background; poll
track_status until 'ready'. get_track summarises what is stored (track-level). analyze_window gives
the raw measurements behind the findings. Stem audio and MIDI are resources under
stemsense://tracks/{track_id}/... In clients that show MCP Apps, show_timeline opens a timeline where
the user selects stems and bars and asks.
"""

# All four annotations on every tool (a missing destructiveHint defaults to true, and hosts may then ask
# the user to confirm a harmless call). Nothing here reaches beyond this machine: openWorldHint false.
READS = {"readOnlyHint": True, "destructiveHint": False, "idempotentHint": True, "openWorldHint": False}
WRITES = {"readOnlyHint": False, "destructiveHint": False, "idempotentHint": True, "openWorldHint": False}
DELETES = {"readOnlyHint": False, "destructiveHint": True, "idempotentHint": False, "openWorldHint": False}

# -- the interface's parameter types: every parameter described, stem names and models as enums ----------
PartStem = Literal["vocals", "bass", "drums", "guitar", "piano", "other"]
Stem = Literal[PartStem, "mix"]  # "mix": a mix loaded without separation (no Demucs weights) is this one stem
TrackId = Annotated[str, Field(description="a track's id (from load_track or list_tracks)")]
Stems = Annotated[list[Stem], Field(min_length=1, description='the stems to look at, e.g. ["bass", "drums"]')]
OneStem = Annotated[PartStem, Field(description="the stem the part is for")]
Start = Annotated[float, Field(description="window start, seconds from the start of the track")]
End = Annotated[float, Field(description="window end, seconds (exclusive); frames and findings read windows up to "
                                         "30 s long")]
# generation's: shorter words (tools/list stays under its budget); a selection's stem names are checked by the
# service against the track's (an unknown one, or one it lacks, is an error naming the stems it has)
PartStart = Annotated[float, Field(description="window start, seconds")]
PartEnd = Annotated[float, Field(description="window end, seconds (exclusive)")]
ContextStems = Annotated[list[str] | None, Field(description="selected stems it fits (default: all)")]
Question = Annotated[str | None, Field(description="the user's question in their own words: it decides what the "
                                                     "answer leads with and which stems it is about")]


class StemFiles(BaseModel):
    """Your own stems: a file per stem name (paths relative to `source` when it is a folder)."""

    model_config = ConfigDict(extra="forbid")
    vocals: str | None = None
    bass: str | None = None
    drums: str | None = None
    guitar: str | None = None
    piano: str | None = None
    other: str | None = None


NOTE_SCHEMA = {"type": "array", "description": "the part's notes", "items": {
    "type": "object", "additionalProperties": False,
    "properties": {
        "time_s": {"type": ["number", "null"], "description": "onset, track seconds"},
        "beat": {"type": ["number", "null"], "description": "or: onset in beats from the window's first beat"},
        "duration_s": {"type": ["number", "null"], "description": "length, seconds"},
        "duration_beats": {"type": ["number", "null"], "description": "or: length in beats"},
        "pitch": {"type": "integer", "description": "MIDI pitch 0-127"},
        "velocity": {"type": ["integer", "null"], "description": "1-127 (default 90)"}},
    "required": ["pitch"]}}

PART_DESCRIPTIONS = {"part.mid": "MIDI file", "part.musicxml": "notation (MusicXML)", "part.wav": "audio alone (WAV)",
                     "in_context.wav": "audio with the window's other stems (WAV)",
                     "part.ogg": "compact audio for players (Ogg Vorbis)"}

# Tools whose results the timeline app can show; the link is ignored by clients without MCP Apps.
SHOWS_TIMELINE = AppConfig(resource_uri=timeline_app.URI)
APP_ONLY = AppConfig(resource_uri=timeline_app.URI, visibility=["app"])


def _tool_errors(fn: Callable[..., Any]) -> Callable[..., Any]:
    """Turn the layers' StemSenseError into MCP tool errors (the message is written for a person)."""

    if inspect.iscoroutinefunction(fn):
        @functools.wraps(fn)
        async def async_wrapper(*args, **kwargs):
            try:
                return await fn(*args, **kwargs)
            except StemSenseError as exc:
                raise ToolError(str(exc)) from None
        return async_wrapper

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except StemSenseError as exc:
            raise ToolError(str(exc)) from None
    return wrapper


def _short(value: Any) -> str:
    text = str(value)
    return repr(text[:40] + ("..." if len(text) > 40 else ""))


def readable(exc: PydanticValidationError, tool: str) -> str:
    """A tool's argument errors in words a person can act on (no validation dump, no links; what the
    caller sent is quoted short)."""
    out = []
    for err in exc.errors():
        loc = [str(x) for x in err["loc"]]
        where = ".".join(loc)[:60] or "arguments"
        if err["type"] == "extra_forbidden" and loc and loc[0] == "stems":
            out.append(f"Unknown stem {_short(loc[-1])} in stems: use {', '.join(PART_STEMS)}.")
        elif err["type"] == "literal_error" and loc and loc[0] in ("stems", "stem"):
            names = PART_STEMS if loc[0] == "stem" else STEM_NAMES
            out.append(f"Unknown stem {_short(err.get('input'))} in {where}: use {', '.join(names)}.")
        elif err["type"] in ("missing", "missing_argument"):
            out.append(f"{where} is required.")
        elif err["type"] in ("unexpected_keyword_argument", "extra_forbidden"):
            out.append(f"{where} is not a parameter of {tool}.")
        else:
            out.append(f"{where}: {err['msg']} (got {_short(err.get('input'))}).")
    return " ".join(out[:4]) + (f" ({len(out) - 4} more like these)" if len(out) > 4 else "")


class ReadableArgumentErrors(Middleware):
    """Argument validation failures become tool errors that say what to fix."""

    async def on_call_tool(self, context, call_next):
        try:
            return await call_next(context)
        except ArgumentsError as exc:
            cause = exc.__cause__
            if isinstance(cause, PydanticValidationError):
                raise ToolError(readable(cause, context.message.name)) from None
            raise


def _resource_errors(fn: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except StemSenseError as exc:  # the caller's mistake, said plainly: no traceback in the server's log
            raise ResourceError(str(exc), log_level=logging.DEBUG) from None
    return wrapper


def result(model: BaseModel, text: str, links: list[ResourceLink] | None = None) -> ToolResult:
    """Structured content (the model) plus its faithful rendering as text (``textual``): most clients
    give their model only the text, so the text holds every field, led by ``text``. ``links``: the
    artefacts the result names (stems, MIDI, parts), as resource_link blocks a client can fetch."""
    payload = model.model_dump(mode="json")
    shown = payload
    if isinstance(payload.get("frame"), dict) and payload["frame"].get("routing") == payload.get("routing"):
        shown = {**payload, "frame": {k: v for k, v in payload["frame"].items() if k != "routing"}}  # said once
    for path in getattr(model, "TEXT_OMIT", ()):  # shown in another form in the text (the structure keeps it)
        head, _, field = path.partition(".")
        if isinstance(shown.get(head), dict) and field in shown[head]:
            shown = {**shown, head: {k: v for k, v in shown[head].items() if k != field}}
    if hasattr(model, "text_shown"):  # named in the text as it is said (the structure keeps its own keys)
        shown = model.text_shown(shown)
    order = getattr(model, "TEXT_ORDER", ())  # what a reader needs first, first
    shown = {k: shown[k] for k in [*order, *shown] if k in shown}
    return ToolResult(content=[TextContent(type="text", text=textual.render(text, shown)), *(links or [])],
                      structured_content=payload)


def link(uri: str, name: str, mime_type: str, description: str) -> ResourceLink:
    return ResourceLink(type="resource_link", uri=uri, name=name, mime_type=mime_type, description=description)


def part_links(option) -> list[ResourceLink]:
    return [link(uri, f"option {option.rank} {name}", PART_ARTEFACTS[name], f"{option.label}: {PART_DESCRIPTIONS[name]}")
            for name, uri in option.resources.items()]


SCHEMAS: dict[str, type[BaseModel]] = {}  # name -> model, served whole at stemsense://schemas/{name}.json


def schema(model: type[BaseModel]) -> dict:
    """A tool's output schema, kept small for tools/list: the top-level fields with their types (nested
    objects as objects), enums kept; the full schema, every field described, is the resource named in
    its description. Structured content validates against both."""
    full = model.model_json_schema(mode="serialization")
    SCHEMAS[model.__name__] = model
    defs = full.get("$defs", {})

    def shallow(prop: dict) -> dict:
        if "$ref" in prop:
            target = defs[prop["$ref"].split("/")[-1]]
            return {"enum": target["enum"]} if "enum" in target else {"type": "object"}
        if "anyOf" in prop:
            return {"anyOf": [shallow(p) for p in prop["anyOf"]]}
        out = {k: prop[k] for k in ("type", "enum", "const") if k in prop}
        if prop.get("type") == "array":
            out["items"] = shallow(prop.get("items", {})) if prop.get("items") else {}
        return out or {}

    return {"type": "object", "description": f"{model.__name__}; full schema: stemsense://schemas/{model.__name__}.json",
            "properties": {k: shallow(v) for k, v in full.get("properties", {}).items()},
            "required": full.get("required", [])}


def _seconds_or_none(value: str | float | None, name: str) -> float | None:
    """A URI query parameter as seconds (they arrive as text), or a clear error."""
    if value is None or value == "":
        return None
    try:
        seconds = float(value)
    except (TypeError, ValueError):
        seconds = float("nan")
    if not math.isfinite(seconds):
        raise StemSenseError(f"{name} must be a number of seconds (got {str(value)[:20]!r}), e.g. ?start_s=8&end_s=16.")
    return seconds


def build_server(settings: Settings | None = None, library: Library | None = None, auth=None) -> FastMCP:
    """Create the FastMCP server over one :class:`Library` (created from the environment if not given).

    ``auth``: a FastMCP token verifier for HTTP transports (see cli.http_security)."""
    lib = library or Library(settings or Settings.from_env())
    mcp = FastMCP("stemsense", instructions=INSTRUCTIONS, auth=auth, version=__version__)
    mcp.library = lib  # type: ignore[attr-defined]  # tests and the demo reach the same object
    mcp.add_middleware(ReadableArgumentErrors())

    # -- tracks ----------------------------------------------------------------------
    @mcp.tool(output_schema=schema(TrackStatus), annotations=WRITES, app=SHOWS_TIMELINE)
    @_tool_errors
    async def load_track(
            source: Annotated[str, Field(description="a mixed audio file, a folder of stem files, or a MIDI file "
                                                     "(a path under the allowed roots)")],
            stems: Annotated[StemFiles | None, Field(description="your own stem files by stem name, instead of "
                                                                 "separating a mix")] = None,
            title: Annotated[str | None, Field(description="a name to show; the file name otherwise")] = None,
            wait: Annotated[bool, Field(description="block until ready (at most about 25 s), reporting progress")] = False,
            separation_model: Annotated[Literal["htdemucs_6s", "htdemucs_ft", "htdemucs"], Field(
                description="the Demucs model for a mix: htdemucs_6s six stems (its piano is weak); htdemucs_ft "
                            "and htdemucs four (no guitar or piano)")] = "htdemucs_6s",
            ctx: Context | None = None) -> ToolResult:
        """Start a track's ingest in the background; returns its track_id at once.

        source: a mix (wav, flac, ogg, mp3, m4a; separated with Demucs), a folder of stem files named after
        the stems (bass.wav, ...), or a MIDI file. The same material gives the same track_id; poll
        track_status until ready."""
        files = {k: v for k, v in stems.model_dump().items() if v} if isinstance(stems, StemFiles) else stems
        status = await anyio.to_thread.run_sync(
            functools.partial(lib.load, source, files or None, title, separation_model))
        if wait and status.state in ("queued", "running"):
            status = await _wait_ready(lib, status.track_id, ctx)
        return result(status, f"{status.title}: {status.state} ({status.track_id}). {status.message}")

    @mcp.tool(output_schema=schema(TrackStatus), annotations=READS)
    @_tool_errors
    def track_status(track_id: TrackId) -> ToolResult:
        """Where a track's ingest stands: state queued | running | ready | failed, progress 0..1, step, error."""
        status = lib.status(track_id)
        return result(status, f"{status.title}: {status.state}, {status.progress:.0%}" +
                      (f" — {status.error}" if status.error else ""))

    @mcp.tool(output_schema=schema(TrackList), annotations=READS)
    @_tool_errors
    def list_tracks() -> ToolResult:
        """Every loaded track with its state."""
        tracks = TrackList(tracks=lib.list())
        return result(tracks, f"{len(tracks.tracks)} track(s) loaded.")

    @mcp.tool(output_schema=schema(TrackSummary), annotations=READS)
    @_tool_errors
    def get_track(track_id: TrackId) -> ToolResult:
        """A track's summary: title, duration, sample rate, stems (empty or not, where they came from),
        the analysis steps run, and the track-level analysis that has landed (labelled track-level)."""
        summary = lib.summary(track_id)
        present = ", ".join(s.stem + (" (silent)" if s.empty else "") for s in summary.stems) or "no stems yet"
        links = [link(s.audio_uri, f"{s.stem}.wav", "audio/wav", f"the {s.stem} stem's audio (16-bit WAV)")
                 for s in summary.stems if not s.empty]
        links += [link(s.midi_uri, f"{s.stem}.mid", "audio/midi", f"the {s.stem} stem's notes as MIDI")
                  for s in summary.stems if s.midi_uri]
        # a mix loaded without separation says so, with the fix (its stem's origin holds the note)
        unseparated = next((f" Loaded as one {MIX_STEM} stem, {s.origin}." for s in summary.stems if s.stem == MIX_STEM), "")
        return result(summary, f"{summary.title}: {summary.state}; stems: {present}.{unseparated}", links)

    @mcp.tool(output_schema=schema(DeleteResult), annotations=DELETES)
    @_tool_errors
    def delete_track(track_id: TrackId) -> ToolResult:
        """Delete a track, its analysis and its audio from the store (not your source files)."""
        out = lib.delete(track_id)
        return result(out, out.message)

    # -- the timeline app (MCP Apps) -------------------------------------------------------
    @mcp.tool(output_schema=schema(TrackStatus), annotations=READS, app=SHOWS_TIMELINE)
    @_tool_errors
    def show_timeline(track_id: TrackId) -> ToolResult:
        """Show the track's timeline to the user (in clients that display MCP Apps): one lane per stem,
        sections, chords and the bar grid; the user drags over stems and bars to select a window, plays
        it and asks, and the selection comes back to you as context. Returns the track's status."""
        status = lib.status(track_id)
        return result(status, f"Timeline of {status.title} ({status.state}): select stems and bars in it to ask "
                              "about a window.")

    @mcp.tool(output_schema=schema(Timeline), annotations=READS, app=APP_ONLY)
    @_tool_errors
    def timeline_data(track_id: TrackId, points: Annotated[int, Field(
            description="waveform points per stem")] = 1200) -> ToolResult:
        """For the timeline app: waveform peaks per stem (`points` per stem), beat grid, sections and
        chords of a ready track, all track-level (for drawing, not for describing a window)."""
        timeline = lib.timeline(track_id, points)
        # the chord lane is a chart: the chord of each bar (or half-bar), held chords drawn once
        chart = [TimelineSpan(start_s=a, end_s=z, label=symbol) for a, z, symbol in track_chart(lib, track_id)]
        timeline = timeline.model_copy(update={"max_window_s": frame_weights()["max_window_s"],
                                               "chords": chart or timeline.chords})
        return result(timeline, f"Timeline of {timeline.title}: {len(timeline.stems)} stems, "
                                f"{len(timeline.grid.beats_s)} beats.")

    @mcp.resource(timeline_app.URI, name="timeline", app=AppConfig(csp=ResourceCSP(), prefers_border=True),
                  description="The StemSense timeline (an MCP App): lanes per stem, select a window, play it, ask.")
    @_resource_errors
    def timeline_page() -> str:
        return timeline_app.html()

    # -- the window --------------------------------------------------------------------
    @mcp.tool(output_schema=schema(WindowAnalysis), annotations=READS)
    @_tool_errors
    def analyze_window(track_id: TrackId, stems: Stems, start_s: Start, end_s: End) -> ToolResult:
        """The raw measurements of a window [start_s, end_s) of the selected stems, from inside it only:
        per-stem stats, heuristics H001-H015 (status, 0..1 score, evidence), presence, events, meter, drum
        pattern, chord chart, relations. track_context is track-level and labelled so."""
        analysis = analyze(lib, track_id, stems, start_s, end_s)
        ok = sum(1 for h in analysis.heuristics if h.status == "ok")
        empty = [s.stem for s in analysis.stems if s.empty]
        return result(analysis, f"Window {start_s:.2f}-{end_s:.2f} s of {', '.join(stems)}: {ok}/15 heuristics apply"
                      + (f"; silent here: {', '.join(empty)}" if empty else "") + ".")

    @mcp.tool(output_schema=schema(FrameSelection), annotations=READS)
    @_tool_errors
    def select_frame(track_id: TrackId, stems: Stems, start_s: Start, end_s: End,
                     question: Question = None) -> ToolResult:
        """Choose the interpretive frame for a window: pulse, tonal, form, foreground or micro_event
        (unknown for windows over 30 s or empty ones), with a lens directive, cautions, a confidence,
        every frame's score, and the question's routing (intent and reasons)."""
        frame = select_frame_for(lib, track_id, stems, start_s, end_s, question)
        return result(frame, f"Frame: {frame.frame} (confidence {frame.confidence:.2f}). {frame.lens}")

    @mcp.tool(output_schema=schema(Findings), annotations=READS, app=SHOWS_TIMELINE)
    @_tool_errors
    def get_findings(track_id: TrackId, stems: Stems, start_s: Start, end_s: End,
                     question: Question = None) -> ToolResult:
        """What is true in this window: a summary whose first sentence answers the question (more asks
        beside it); events with bar and beat; meter and feel; drum pattern; chords as a bar chart; each
        stem's presence and role; groove, melody, texture, dynamics, the counts behind each verdict; scope
        and cautions. Speak from these findings; never give a track-level fact as a window's."""
        findings = findings_for(lib, track_id, stems, start_s, end_s, question)
        return result(findings, findings.summary)

    # -- generation ------------------------------------------------------------------
    @mcp.tool(output_schema=schema(GenerationResult), annotations=WRITES,
              app=SHOWS_TIMELINE)
    @_tool_errors
    def generate_part(track_id: TrackId, stem: OneStem, start_s: PartStart, end_s: PartEnd,
                      request: Annotated[str, Field(description="what the part should do, in the user's words")],
                      n_options: Annotated[int, Field(description="how many candidate parts (1-8)")] = 3,
                      seed: Annotated[int | None, Field(description="the same seed gives the same options")] = None,
                      stems: ContextStems = None) -> ToolResult:
        """Candidate parts for one stem over the window, fitted against the selected `stems`: a deterministic
        directive (route; constraints: key, chord tones, register, beat ceiling, current notes), options
        ranked by fit (harmony, register, lock with the kit, density), as MIDI, MusicXML and WAV resources."""
        out = generate(lib, track_id, stem, start_s, end_s, request, n_options, seed, stems)
        best = out.options[0]
        return result(out, f"{len(out.options)} {stem} option(s) ({out.directive.route}); best: {best.label} "
                           f"(fit {best.score.total:.2f}).", [x for option in out.options for x in part_links(option)])

    @mcp.tool(output_schema=schema(PartEvaluation), annotations=WRITES,
              app=SHOWS_TIMELINE)
    @_tool_errors
    def evaluate_part(track_id: TrackId, stem: OneStem, start_s: PartStart, end_s: PartEnd,
                      notes: Annotated[list[dict], WithJsonSchema(NOTE_SCHEMA)], stems: ContextStems = None) -> ToolResult:
        """Notes you wrote for a stem over the window, checked, scored and rendered as generate_part's are."""
        out = evaluate(lib, track_id, stem, start_s, end_s, notes, stems)
        text = (f"Valid; fit {out.option.score.total:.2f}." if out.valid
                else f"{len(out.violations)} constraint violation(s): {out.violations[0]}")
        return result(out, text, part_links(out.option) if out.option else [])

    # -- prompts ---------------------------------------------------------------------
    mcp.prompt(name="discuss_window", description="Talk about a window as a producer would, from its findings.")(
        prompts.discuss_window)
    mcp.prompt(name="create_part", description="Ask for a new part that fits a window, within the server's constraints.")(
        prompts.create_part)

    # -- resources -------------------------------------------------------------------
    @mcp.resource("stemsense://tracks/{track_id}", mime_type="application/json",
                  description="A track's summary (same as get_track).")
    @_resource_errors
    def track_resource(track_id: str) -> str:
        return lib.summary(track_id).model_dump_json()

    @mcp.resource("stemsense://tracks/{track_id}/stems/{stem}.wav{?start_s,end_s}", mime_type="audio/wav",
                  description="A stem's audio (16-bit WAV, 44.1 kHz); start_s/end_s give an excerpt.")
    @_resource_errors
    def stem_audio(track_id: str, stem: str, start_s: str | None = None, end_s: str | None = None) -> bytes:
        return lib.stem_wav(lib.check_track_id(track_id), stem, _seconds_or_none(start_s, "start_s"),
                            _seconds_or_none(end_s, "end_s"))

    @mcp.resource("stemsense://tracks/{track_id}/stems/{stem}.ogg{?start_s,end_s}", mime_type="audio/ogg",
                  description="An excerpt of a stem for listening: mono Ogg Vorbis, 22.05 kHz, at most 120 s.")
    @_resource_errors
    def stem_preview(track_id: str, stem: str, start_s: str | None = None, end_s: str | None = None) -> bytes:
        start, end = _seconds_or_none(start_s, "start_s"), _seconds_or_none(end_s, "end_s")
        if start is None or end is None:
            raise StemSenseError("Give start_s and end_s (seconds) for a preview, e.g. ...bass.ogg?start_s=8&end_s=16.")
        return lib.stem_preview(lib.check_track_id(track_id), stem, start, end)

    @mcp.resource("stemsense://schemas/{name}.json", mime_type="application/schema+json",
                  description="The full JSON schema of a tool's result, every field described (tools/list carries a "
                              "short form and names this resource).")
    @_resource_errors
    def result_schema(name: str) -> str:
        if name not in SCHEMAS:
            raise StemSenseError(f"No schema named {name!r}; there are: {', '.join(sorted(SCHEMAS))}.")
        return json.dumps(SCHEMAS[name].model_json_schema(mode="serialization"))

    # -- completions: track ids and stem names for prompt arguments and resource templates ---------------------
    @mcp.completion
    def complete(ref, argument, context):
        typed = argument.value or ""
        if argument.name == "track_id":
            return [t.track_id for t in lib.list() if t.track_id.startswith(typed)][:100]
        if argument.name in ("stem", "stems"):
            tid = ((context.arguments or {}) if context else {}).get("track_id")
            names = list(STEM_NAMES)
            if tid:
                try:
                    names = [x.stem for x in lib.summary(tid).stems if not x.empty] or names
                except StemSenseError:
                    pass
            return [n for n in names if n.startswith(typed)]
        if argument.name == "name":
            return [n for n in sorted(SCHEMAS) if n.startswith(typed)]
        return None

    @mcp.resource("stemsense://tracks/{track_id}/midi/{stem}.mid", mime_type="audio/midi",
                  description="A stem's note events as a MIDI file (exact for MIDI sources, transcribed otherwise).")
    @_resource_errors
    def stem_midi(track_id: str, stem: str) -> bytes:
        return lib.stem_midi(lib.check_track_id(track_id), stem)

    # one template per artefact, so each is served with its real MIME type
    for name, mime in PART_ARTEFACTS.items():
        def part_artefact(part_id: str, _name: str = name) -> bytes:
            return part_file(lib, part_id, _name)

        mcp.resource(f"stemsense://parts/{{part_id}}/{name}", name=f"part_{name.replace('.', '_')}", mime_type=mime,
                     description=f"A generated part's {PART_DESCRIPTIONS[name]} (from generate_part or evaluate_part).")(
            _resource_errors(part_artefact))

    return mcp


async def _wait_ready(lib: Library, track_id: str, ctx: Context | None) -> TrackStatus:
    """Poll the store until ready/failed or the wait bound, reporting progress: only when it changed,
    and strictly increasing (the spec requires it; a step's restart never reports a smaller value)."""
    deadline = anyio.current_time() + lib.settings.wait_s
    status = lib.status(track_id)
    last = -1.0

    async def report(value: float, message: str) -> None:
        nonlocal last
        if ctx is not None and value > last:
            last = value
            await ctx.report_progress(value, 1.0, message)

    while status.state in ("queued", "running") and anyio.current_time() < deadline:
        await report(status.progress, status.step or status.state)
        await asyncio.sleep(0.2)
        status = lib.status(track_id)
    await report(1.0 if status.state in ("ready", "failed") else status.progress, status.state)
    return status


__all__ = ["build_server"]
