from django.dispatch import Signal

# Sent inside the transaction that wrote index rows, with `kind`, `object_ids` (the entries
# brought up to date), `built` ([(IndexedItem, SearchFacts)], those now indexed) and `removed`
# (the object ids no longer indexed). A receiver with work outside the database (a search
# server's copy, the spelling vocabulary) defers it with transaction.on_commit.
index_changed = Signal()

# Sent before every entry is indexed again from scratch (`manage.py rebuild_search_index`).
index_cleared = Signal()
