"""The text a client's model reads: a faithful, compact rendering of a tool's structured result.

Claude Desktop and most agent frameworks pass only a tool result's *text* content to the model, so the
text carries every field of the structured result, not a summary of it: a lead sentence, then the
result as indented ``key: value`` lines (nested objects indented, lists of values inline, lists of
objects as ``-`` items; empty and null fields left out, numbers to three decimals).

Size budget: TEXT_BUDGET_CHARS per result (about 6,000 tokens). A result over it keeps its shape and
every field, and its longest lists are cut to their first items, each cut said in place
(``… 12 more``); the full lists stay in the structured content. The lists a producer's question is most
often answered from (the claims and further answers, the events, the chart's bars, progression and numerals)
keep at least PROTECTED_MIN items: until the eighteenth session one cap cut every list alike, and a busy 25-s window's
text kept one chart bar of ten and one event (its budget was 12,000 characters; a session's sweep, dev).
"""

from __future__ import annotations

from typing import Any

TEXT_BUDGET_CHARS = 24_000
PROTECTED = frozenset({"claims", "further_answers", "events", "bars", "progression", "bars_each", "numerals"})
PROTECTED_MIN = 16


def _scalar(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return f"{value:.3f}".rstrip("0").rstrip(".") if value == value else "nan"
    return str(value)


def _inline(items: list, more: str = "") -> str:
    """A list of values on one line; where a value holds a comma itself (a bar's rhythm, "on one, the and of two"),
    the values are parted by ' | ', so each stays one item to a reader."""
    sep = " | " if any(isinstance(x, str) and "," in x for x in items) else ", "
    return f"[{sep.join(_scalar(x) for x in items)}{more}]"


def _empty(value: Any) -> bool:
    return value is None or value == [] or value == {} or value == ""


def _lines(value: Any, indent: int, cap: int | None) -> list[str]:
    pad = "  " * indent
    out: list[str] = []
    if isinstance(value, dict):
        for key, item in value.items():
            if _empty(item):
                continue
            keep = cap if cap is None or key not in PROTECTED else max(cap, PROTECTED_MIN)
            if keep != cap:
                out += _lines({key: item}, indent, keep)
                continue
            if isinstance(item, dict):
                out.append(f"{pad}{key}:")
                out += _lines(item, indent + 1, cap)
            elif isinstance(item, list) and any(isinstance(x, (dict, list)) for x in item):
                out.append(f"{pad}{key}:")
                out += _list_lines(item, indent + 1, cap)
            elif isinstance(item, list):
                shown = item if cap is None else item[:cap]
                more = f", … {len(item) - len(shown)} more" if len(shown) < len(item) else ""
                out.append(f"{pad}{key}: {_inline(shown, more)}")
            else:
                out.append(f"{pad}{key}: {_scalar(item)}")
    return out


def _list_lines(items: list, indent: int, cap: int | None) -> list[str]:
    pad = "  " * indent
    shown = items if cap is None else items[:cap]
    out: list[str] = []
    for item in shown:
        if isinstance(item, dict):
            inner = _lines(item, indent + 1, cap)
            if inner:
                out.append(f"{pad}- {inner[0].strip()}")
                out += inner[1:]
        elif isinstance(item, list):
            out.append(f"{pad}- {_inline(item if cap is None else item[:cap])}")
        else:
            out.append(f"{pad}- {_scalar(item)}")
    if len(shown) < len(items):
        out.append(f"{pad}… {len(items) - len(shown)} more")
    return out


def render(lead: str, payload: dict, budget: int = TEXT_BUDGET_CHARS) -> str:
    """``lead`` then every field of ``payload`` (a top-level field that *is* the lead is not said
    twice), within ``budget`` characters where lists allow."""
    payload = {k: v for k, v in payload.items() if not (isinstance(v, str) and v.strip() == lead.strip())}
    for cap in (None, 24, 12, 6, 3, 1):
        text = "\n".join([lead.strip(), *_lines(payload, 0, cap)])
        if len(text) <= budget:
            return text
    return text
