"""The SQLite engine's FTS5 tables (migrations search/0007 and 0011), named apart from the engine
so that the system check can ask for them without loading numpy, which no worker loads before
its first search."""

TABLE = "search_indexeditem_fts"  # title, summary and body
TITLES = "search_indexeditem_titles"  # the title alone
SUMMARIES = "search_indexeditem_summaries"  # the summary alone
FULL_TEXT_TABLES = (TABLE, TITLES, SUMMARIES)
