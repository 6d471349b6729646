from django_tasks import task


@task()
def extract_document_text(document_id):
    """Background task: extract a document's text (see documents.services.extract_document)."""
    from documents.services import extract_document

    return extract_document(document_id)
