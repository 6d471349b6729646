from pathlib import Path

from django.core.management.base import CommandError

from core.importing import ImportCommand, read_csv_records, read_json_records
from members.importers import MemberImporter
from members.models import MemberIndexPage


class Command(ImportCommand):
    help = (
        "Import member profiles from a CSV file (one row per member, a header row naming the "
        "columns) or a JSON array, with the fields name, member_type, organisation_kind, region, "
        "website, year_joined, lead_member_name, lead_member_role, contacts (or contact_name, "
        "contact_role, contact_email and contact_phone, several separated by ';'), "
        "also_known_as (other names, separated by ';') and introduction (Markdown). "
        "Re-importing updates profiles rather than duplicating them: a row is matched to a "
        "profile by its name, an 'also known as' name, a form of a council's name, or --match."
    )
    noun = "members"

    def add_arguments(self, parser):
        super().add_arguments(parser)
        parser.add_argument(
            "--format",
            choices=["csv", "json"],
            help="The file's format, when its name does not end in .csv or .json.",
        )

    def read_records(self, path, options):
        file_format = options["format"] or Path(path).suffix.lower().lstrip(".")
        if file_format == "csv":
            self.position_word = "row"
            return read_csv_records(path)
        if file_format == "json":
            self.position_word = "record"
            return read_json_records(path)
        raise CommandError(
            f"Cannot tell the format of {path}: name it .csv or .json, or give --format."
        )

    def make_importer(self, options):
        index = MemberIndexPage.objects.first()
        if index is None:
            raise CommandError("Create the members index page in the admin first.")
        return MemberImporter(index, as_draft=options["draft"], matches=options["match"])
