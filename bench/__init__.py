"""Benchmarks: printed figures with the commands to reproduce them (see README)."""
