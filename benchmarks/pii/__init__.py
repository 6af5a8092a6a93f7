"""Labelled corpus and recall/false-positive scorer for the pii-filter module."""
