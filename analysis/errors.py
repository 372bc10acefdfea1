"""Errors that carry a message a person can act on.

The MCP layer turns every :class:`StemSenseError` into a tool error with this message,
so each message says what went wrong *and* what to do about it.
"""


class StemSenseError(Exception):
    """Base class: a failure the caller can fix or should know about."""


class InputError(StemSenseError):
    """The request itself is wrong (bad path, bad window, unknown stem...)."""


class NotFoundError(StemSenseError):
    """A handle (track_id, stem, part_id) does not name anything stored."""


class NotReadyError(StemSenseError):
    """The track exists but its ingest has not finished (or failed)."""


class ModelUnavailableError(StemSenseError):
    """A model's weights are not on this machine."""


class Skip(Exception):
    """An analysis step that cannot run here (no weights, no vocals...); the reason is recorded, not an error."""


class StorageError(StemSenseError):
    """The data folder cannot be written or read."""
