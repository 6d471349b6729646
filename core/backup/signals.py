from django.dispatch import Signal

# Sent after a restore has replaced the database and files (with `manifest`), so that anything a
# process keeps about the old contents (shared caches, a search server's copy of the index) can
# be renewed.
site_restored = Signal()
