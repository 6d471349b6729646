from core.importing import ImportCommand, read_json_records
from members.importers import PartnerOrganisationImporter


class Command(ImportCommand):
    help = (
        "Import partner organisations (organisations that work with members without being "
        "members) from a JSON array of objects with the keys name, kind (a kind of organisation, "
        "as in the admin), website and description. Re-importing updates an organisation "
        "matched by its name; a name that is a member profile's is refused."
    )
    noun = "partner organisations"

    def read_records(self, path, options):
        return read_json_records(path)

    def make_importer(self, options):
        return PartnerOrganisationImporter(keep_existing=options["keep_existing"])
