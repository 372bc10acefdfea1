"""Upload-time pipeline: decode, separate, extract and store. Slow, once per track."""
