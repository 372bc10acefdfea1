"""Upload-time pipeline: decode, separate, extract and store. Slow, once per track.

Importing this package imports nothing heavy: Essentia, torch and basic-pitch load where they are used
(:func:`analysis.config.essentia_standard`), so a query-time import of the vocabulary or the store is cheap.
"""
