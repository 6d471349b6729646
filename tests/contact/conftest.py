import pytest
from wagtail.models import Site

from contact.models import ContactPage
from core.models import SiteChrome


@pytest.fixture
def contact_page(home_page):
    page = ContactPage(
        title="Contact us",
        slug="contact",
        introduction="<p>Write to the comms team.</p>",
        confirmation="<p>We reply within five working days.</p>",
    )
    home_page.add_child(instance=page)
    page.save_revision().publish()
    return page


@pytest.fixture
def comms_inbox(db):
    chrome = SiteChrome.for_site(Site.objects.get(is_default_site=True))
    chrome.contact_email = "comms@example.org"
    chrome.save()
    return chrome.contact_email


@pytest.fixture
def message():
    return {
        "name": "Ada Lovelace",
        "email": "ada@example.org",
        "organisation": "Rochdale Borough Council",
        "topic": "membership",
        "message": "How does our town council join the network?",
        "website": "",
    }
