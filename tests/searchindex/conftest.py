# The index is checked by searching: these tests search the small hub the search tests use.
from tests.search.conftest import clear_cache, corpus, regions, themes  # noqa: F401
