"""Evaluation: material with known truth, metrics and benchmarks. Run from the repository root."""
