"""Builds the demo site from the data files in demo/content, through the importers."""
