"""Routing (intent), frame selection, window-level stem roles and findings."""
