"""What several test packages share and is not a fixture: files built in memory, settings
loaded in a fresh interpreter, the demo's standard page text, the small hub the search tests
build. A test module imports from here, from `tests.factories` or from its own package's helper
modules, never from another test module or a conftest."""
