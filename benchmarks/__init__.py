"""Benchmarks, run by `raptscallions bench`."""
