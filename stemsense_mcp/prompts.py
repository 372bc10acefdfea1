"""MCP prompts: they give the client's model the translator's job, never the analyst's."""

from __future__ import annotations

TRANSLATOR_RULES = """\
You are the translator; the StemSense server is the analyst. Rules:
- Speak only from the findings for this window. Do not add facts about the song that the findings do not hold.
- Follow the frame's lens: lead with what it says to lead with.
- Never quote heuristic ids, raw scores, field names or tool names; say it the way a producer would.
- Track-level facts (the song's global key) are labelled track-level: if you use one, say it is about the whole song.
- Admit every caution and uncertainty the findings list; if the window is empty or too long, say so and suggest a better one.
"""


def stem_list(stems: str) -> list[str]:
    """Prompt arguments are strings: accept a JSON list ('["bass","drums"]') or a comma list ('bass, drums')."""
    import json

    text = stems.strip()
    if text.startswith("["):
        try:
            parsed = json.loads(text)
        except json.JSONDecodeError:
            parsed = None
        if isinstance(parsed, list):
            return [str(s).strip() for s in parsed if str(s).strip()]
    return [s.strip().strip('"\'') for s in text.strip("[]").split(",") if s.strip().strip('"\'')]


def discuss_window(track_id: str, stems: str, start_s: str, end_s: str, question: str = "") -> str:
    stem_list_ = stem_list(stems)
    ask = question or "What is happening in this window?"
    return (f"{TRANSLATOR_RULES}\n"
            f"Call get_findings with track_id={track_id!r}, stems={stem_list_!r}, start_s={start_s}, end_s={end_s}, "
            f"question={ask!r}. Then answer the user's question in a few sentences from those findings.\n\n"
            f"The user's question: {ask}")


def create_part(track_id: str, stem: str, start_s: str, end_s: str, request: str) -> str:
    return (f"{TRANSLATOR_RULES}\n"
            f"The user wants a new {stem} part for the window {start_s}-{end_s} s of track {track_id!r}: {request!r}.\n"
            f"First call get_findings for that window with the stems around it, so you know the groove, harmony and "
            f"register the part must fit. The server enforces the hard constraints (key, allowed pitch classes, "
            f"register, beat ceiling); write notes inside them, and explain the idea of the part in musical terms.")
