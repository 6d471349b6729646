"""Signals other apps may listen to about documents."""

from django.dispatch import Signal

# Sent with `document_id` when a document's extracted text was stored (without a save signal).
document_text_changed = Signal()
