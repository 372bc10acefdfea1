"""The bottom layer: the music vocabulary (:mod:`.vocabulary`) and the data types every layer passes
(:mod:`.types`). It imports nothing else from the project and nothing heavy (numpy, pydantic), so a
query-time import of a name from here costs nothing (tests/test_layers.py checks both)."""
