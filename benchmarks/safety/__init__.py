"""Labelled evaluation corpus and recall/false-positive scorer for the safety-filter module."""
