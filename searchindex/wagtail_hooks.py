from wagtail import hooks
from wagtail.documents import get_document_model

from . import indexing


@hooks.register("after_bulk_action")
def index_documents_after_bulk_action(request, action_type, objects, action_class_instance):
    # Some bulk actions (adding to a collection) update documents without saving each one.
    documents = [obj.pk for obj in objects if isinstance(obj, get_document_model())]
    if documents:
        indexing.index_documents(documents)
