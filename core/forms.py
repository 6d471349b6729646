"""The admin form every hub page type uses (`BasePage.base_form_class`)."""

from wagtail.admin.forms import WagtailAdminPageForm

from .choosers import check_chosen_media


class HubPageForm(WagtailAdminPageForm):
    """Wagtail's page form, refusing documents and images the editor may not choose."""

    def is_valid(self):
        valid = super().is_valid()
        # Child forms are validated inside super().is_valid(), so the check runs after it.
        if self.for_user is not None and self.is_bound:
            valid = check_chosen_media(self, self.for_user) and valid
        return valid
