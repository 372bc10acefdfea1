"""Kept for imports written before the vocabulary moved to the bottom layer: :mod:`analysis.core.vocabulary`."""

from analysis.core.vocabulary import *  # noqa: F401,F403
