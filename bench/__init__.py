"""Benchmark and dataset helpers (not part of the installed package)."""
