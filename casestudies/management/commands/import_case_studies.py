from django.core.management.base import CommandError

from casestudies.importers import CaseStudyImporter
from casestudies.models import CaseStudyIndexPage
from core.importing import ImportCommand, read_json_records


class Command(ImportCommand):
    help = (
        "Import case studies from a JSON array of objects with the keys title, organisation, "
        "partner_organisation, summary, body (Markdown), themes, principles, year, contacts "
        "(or contact_name, contact_role, contact_email and contact_phone, several separated by "
        "';') and website (one, a list, or several separated by ';'). Re-importing updates "
        "stories (matched by title and organisation) rather than duplicating them. An "
        "organisation is matched to a member profile by its name, its 'also known as' names "
        "or the forms of a council's name; a record whose organisation matches none is "
        "skipped, and the report lists the closest profiles: map the name with --match, or "
        "give --new-members to create draft profiles for such organisations."
    )
    noun = "case studies"

    def add_arguments(self, parser):
        super().add_arguments(parser)
        parser.add_argument(
            "--new-members",
            action="store_true",
            help=(
                "Create a draft member profile for each organisation that matches none, "
                "rather than skipping its records."
            ),
        )

    def read_records(self, path, options):
        return read_json_records(path)

    def make_importer(self, options):
        index = CaseStudyIndexPage.objects.first()
        if index is None:
            raise CommandError("Create the case studies index page in the admin first.")
        return CaseStudyImporter(
            index,
            as_draft=options["draft"],
            matches=options["match"],
            new_members=options["new_members"],
        )
