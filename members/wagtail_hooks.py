from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from accounts.setup import EDIT

from .models import PartnerOrganisation


class PartnerOrganisationViewSet(SnippetViewSet):
    model = PartnerOrganisation
    icon = "group"
    menu_label = "Partner organisations"
    menu_order = 310
    add_to_admin_menu = True
    list_display = ["name", "kind", "website"]
    list_filter = ["kind"]
    # Searched through Wagtail's index, over the model's own search_fields.


register_snippet(PartnerOrganisationViewSet)


@hooks.register("register_comms_permissions")
def comms_permissions():
    """Comms keep the partner organisations."""
    return {"members.partnerorganisation": EDIT}
