from django.core.management.base import CommandError

from casestudies.importers import CaseStudyImporter
from casestudies.models import CaseStudyIndexPage
from core.importing import ImportCommand, read_json_records


class Command(ImportCommand):
    help = (
        "Import case studies from a JSON array of objects with the keys title, organisation, "
        "partner_organisation, summary, body (Markdown), themes, principles, year, contact_name, "
        "contact_role, contact_email, contact_phone and website. Re-importing updates stories "
        "(matched by title and organisation) rather than duplicating them."
    )
    noun = "case studies"

    def read_records(self, path, options):
        return read_json_records(path)

    def make_importer(self, options):
        index = CaseStudyIndexPage.objects.first()
        if index is None:
            raise CommandError("Create the case studies index page in the admin first.")
        return CaseStudyImporter(index, as_draft=options["draft"])
