"""Intent routing: rules over the question's words and the selection, never a model."""

from __future__ import annotations

import re

from heuristics.models import WindowAnalysis

from .models import Routing

WORDS = {
    "groove": ("groove", "rhythm", "rhythmic", "pocket", "tight", "timing", "feel", "swing", "beat", "drums", "lock",
               "locked", "syncopat", "funky", "funk", "shuffle", "push", "laid back", "behind", "ahead", "tempo", "kick"),
    "harmony": ("harmony", "harmonic", "chord", "chords", "key", "tonal", "tonality", "progression", "cadence",
                "tension", "resolve", "resolution", "modal", "mode", "dissonan", "consonan", "minor", "major"),
    "melody": ("melody", "melodic", "line", "phrase", "phrasing", "contour", "hook", "tune", "riff", "motif", "notes",
               "sing", "singing", "vocal line", "lead line"),
    "structure": ("section", "structure", "form", "verse", "chorus", "bridge", "intro", "outro", "transition",
                  "build", "drop", "boundary", "change", "arrangement changes"),
    "texture": ("texture", "arrangement", "mix", "layer", "layers", "space", "masking", "register", "frequency",
                "balance", "dense", "sparse", "interact", "interaction", "together", "blend", "clash"),
    "overview": ("what's happening", "what is happening", "describe", "overview", "narrative", "tell me about",
                 "what's going on", "what is going on", "summar"),
}
# What the answer leads with, beyond the intent: the narrative arc, or how the parts interact.
FOCUS_WORDS = {
    "arc": ("narrative", "arc", "story", "journey", "unfold", "release", "build", "builds", "phrasing", "develop",
            "go somewhere", "goes somewhere", "shape of"),
    "interaction": ("interact", "interaction", "interplay", "together", "lock", "locked", "relationship", "relate",
                    "between", "answer", "conversation", "each other", "play off", "against"),
}
PRIORITY = ("groove", "harmony", "melody", "structure", "texture", "overview")
# Words that name a stem in a question ("Do the bass and drums lock?").
STEM_WORDS = {
    "drums": ("drums", "drum", "kick", "snare", "hi-hat", "hihat", "hats", "kit", "percussion"),
    "bass": ("bass", "bassline", "bass line"),
    "vocals": ("vocal", "vocals", "voice", "singer", "singing", "vox"),
    "guitar": ("guitar", "guitars"),
    "piano": ("piano", "keys", "keyboard"),
    "other": ("pad", "strings", "synth"),
}


def named_stems(question: str | None) -> list[str]:
    """The stems a question names, in the order it names them."""
    text = (question or "").lower()
    found = []
    for stem, words in STEM_WORDS.items():
        hits = [m.start() for w in words for m in re.finditer(r"\b" + re.escape(w) + r"\b", text)]
        if hits:
            found.append((min(hits), stem))
    return [stem for _, stem in sorted(found)]


def route(question: str | None, analysis: WindowAnalysis) -> Routing:
    stems = [s.stem for s in analysis.stems if not s.empty]
    reasons: list[str] = []
    text = (question or "").lower()
    hits = {intent: [w for w in words if re.search(r"\b" + re.escape(w), text)] for intent, words in WORDS.items()}
    scores = {intent: float(len(found)) for intent, found in hits.items()}
    for intent, found in hits.items():
        if found:
            reasons.append(f"question mentions {', '.join(found)} ({intent})")
    # what the selection implies
    if set(stems) and set(stems) <= {"bass", "drums"} and "drums" in stems:
        scores["groove"] += 0.5
        reasons.append("bass/drums selection: rhythm evidence leads")
    pitched = [s for s in analysis.stems if not s.empty and s.stem != "drums"]
    if len(stems) == 1 and pitched:
        scores["melody"] += 0.5
        reasons.append(f"a single melodic stem ({stems[0]}): pitch and phrase shape lead")
    if scores["overview"] > 0 or not text.strip():
        scores["overview"] += 0.75
        reasons.append("broad question: a narrative overview led by the foreground and the window's place in the form"
                       if text.strip() else "no question: overview")
    best = max(PRIORITY, key=lambda i: (scores[i], -PRIORITY.index(i)))
    if scores[best] == 0:
        best = "overview"
        reasons.append("no intent words matched: overview")
    named = [s for s in named_stems(question) if s in {x.stem for x in analysis.stems}]
    if named:
        reasons.append(f"question names {', '.join(named)}: answered about them")
    focus = "overview"
    for name, words in FOCUS_WORDS.items():
        found = [w for w in words if re.search(r"\b" + re.escape(w), text)]
        if found:
            focus = name
            reasons.append(f"question mentions {', '.join(found)}: the answer leads with the "
                           f"{'narrative arc' if name == 'arc' else 'interaction between the parts'}")
            break
    return Routing(intent=best, reasons=reasons, question=question, named_stems=named, focus=focus)
