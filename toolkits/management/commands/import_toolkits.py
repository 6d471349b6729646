from django.core.management.base import CommandError

from core.importing import ImportCommand, read_json_records
from toolkits.importers import ToolkitImporter
from toolkits.models import ToolkitIndexPage


class Command(ImportCommand):
    help = (
        "Import toolkits from a JSON array of objects with the keys title, slug (optional: the "
        "page's address), summary, audience, introduction (Markdown), steps (a list of objects "
        "with a title and guidance in Markdown), body (Markdown, or a list of Markdown and "
        "key_figures, quote and call_to_action objects), themes, principles, originating_lab "
        "(a lab's title), related_case_studies (titles), resources (a list of objects with the "
        "title of a document in the library and a description) and listing_image (the title "
        "of an image in the library). Re-importing updates a toolkit matched by its title."
    )
    noun = "toolkits"

    def read_records(self, path, options):
        return read_json_records(path)

    def make_importer(self, options):
        index = ToolkitIndexPage.objects.first()
        if index is None:
            raise CommandError("Create the toolkits index page in the admin first.")
        return ToolkitImporter(
            index, as_draft=options["draft"], keep_existing=options["keep_existing"]
        )
