from wagtail.models import Page


class BasePage(Page):
    """The base of every hub page type: it is never created itself."""

    is_creatable = False

    class Meta:
        abstract = True
