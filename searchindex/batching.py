"""The index brought up to date once for many changes made together (a whole site loaded or
imported), instead of once for every save and publish of every page.

Outside `held_back()` each change is indexed at once. Inside it, what changed is remembered, and
indexed when the block ends, in the same transaction as the changes: a page created and
published is saved three times, and a page is reindexed again whenever a member it names is.
"""

from contextlib import contextmanager
from contextvars import ContextVar

from . import indexing


class Pending:
    def __init__(self):
        self.pages = set()
        self.documents = set()
        self.holders = set()

    def index(self):
        pages = set(self.pages)
        for facet, value in self.holders:
            pages |= indexing.holders_of(facet, value)
        indexing.index_pages(pages)
        indexing.index_documents(self.documents)


_pending = ContextVar("searchindex_pending", default=None)


@contextmanager
def held_back():
    """Index what the block changes once, when it ends (an inner block leaves it to the outer
    one). If the block fails, nothing is indexed: its transaction is rolled back."""
    if _pending.get() is not None:
        yield
        return
    pending = Pending()
    token = _pending.set(pending)
    try:
        yield
    finally:
        _pending.reset(token)
    pending.index()


def index_pages(page_ids):
    pending = _pending.get()
    if pending is None:
        indexing.index_pages(page_ids)
    else:
        pending.pages.update(page_ids)


def index_documents(document_ids):
    pending = _pending.get()
    if pending is None:
        indexing.index_documents(document_ids)
    else:
        pending.documents.update(document_ids)


def reindex_holders(facet, value):
    pending = _pending.get()
    if pending is None:
        indexing.reindex_holders(facet, value)
    else:
        pending.holders.add((facet, str(value)))
