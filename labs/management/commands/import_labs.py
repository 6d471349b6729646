from django.core.management.base import CommandError

from core.importing import ImportCommand, read_json_records
from labs.importers import PolicyLabImporter
from labs.models import PolicyLabIndexPage


class Command(ImportCommand):
    help = (
        "Import policy labs and prototypes from a JSON array of objects with the keys title, "
        "slug (optional: the page's address), organisation (the lead member), "
        "partner_organisation (a name or a list), kind (policy lab or policy prototype), "
        "round_year, amount_awarded, status (funded, in progress or completed), summary, "
        "aims_and_outcomes and cooperative_difference (Markdown), themes, principles, contacts "
        "and listing_image (the title of an image in the library). Re-importing updates a lab "
        "matched by its title."
    )
    noun = "labs"

    def read_records(self, path, options):
        return read_json_records(path)

    def make_importer(self, options):
        index = PolicyLabIndexPage.objects.first()
        if index is None:
            raise CommandError("Create the policy labs index page in the admin first.")
        return PolicyLabImporter(
            index,
            as_draft=options["draft"],
            matches=options["match"],
            keep_existing=options["keep_existing"],
        )
