"""Upload-time pipeline: decode, separate, extract and store. Slow, once per track."""

try:  # Essentia prints an INFO line about classifier models on every import; it is not ours to show
    import essentia as _essentia

    _essentia.log.infoActive = False
except ImportError:  # pragma: no cover - a missing dependency shows where it is used
    pass
