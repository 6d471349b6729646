"""Builds the demo site from the modules in demo/data through the Wagtail and Django model API."""
