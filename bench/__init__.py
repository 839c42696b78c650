"""Benchmarks: they print numbers; they assert nothing. Run with ``make bench``."""
