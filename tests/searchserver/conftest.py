from tests.search import conftest as search_fixtures

# The small hub the search tests use (tests/search/conftest.py), shared with the engine tests.
clear_cache = search_fixtures.clear_cache
themes = search_fixtures.themes
regions = search_fixtures.regions
corpus = search_fixtures.corpus
