"""Window-level measurements H001-H015: pure functions of a WindowSlice. Fast, per query."""
