"""A small site for the multi-worker check, and the changes it makes from outside the web
processes. Run with the web processes' environment (production settings):

    python -m tests.multiworker.site build             # prints what it made, as JSON
    python -m tests.multiworker.site unpublish PAGE_ID
    python -m tests.multiworker.site make-private DOCUMENT_ID
    python -m tests.multiworker.site publish           # a new case study, published
    python -m tests.multiworker.site publish-kelp      # another, to be found by meaning
    python -m tests.multiworker.site publish-sandwort  # another, to be made members-only
    python -m tests.multiworker.site members-only PAGE_ID
"""

import json
import sys

import django

DOCUMENT_TEXT = "Quillwort co-operative findings."


def build():
    from django.core.files.base import ContentFile
    from wagtail.models import Site

    from core.models import Principle
    from tests import factories
    from tests.factories import FundingRoundFactory

    home = Site.objects.get(is_default_site=True).root_page.specific
    member_index = factories.MemberIndexPageFactory(parent=home)
    members = [
        factories.MemberPageFactory(parent=member_index, title=f"Borough Council {n}")
        for n in range(4)
    ]
    report = factories.DocumentFactory(
        title="Quillwort findings",
        file=ContentFile(DOCUMENT_TEXT.encode(), name="quillwort-findings.txt"),
    )
    index = factories.CaseStudyIndexPageFactory(parent=home)
    story = factories.CaseStudyPageFactory(
        parent=index,
        title="Zephyrine community energy",
        summary="Zephyrine residents own their energy co-operative.",
        lead_member=members[0],
    )
    # The report stays published by a live page of its own, so that only its collection's
    # privacy can hide it when it is made private.
    factories.CaseStudyPageFactory(
        parent=index,
        title="Allotment wardens",
        summary="Residents run the allotments as a co-operative.",
        lead_member=members[0],
        body=[("document", {"document": report, "label": "The findings"})],
    )
    funding_round = FundingRoundFactory(slug="multiworker-round")
    principles = list(Principle.objects.order_by("number").values_list("pk", flat=True)[:2])
    return {
        "page_id": story.pk,
        "page_url": story.url,
        "query": "Zephyrine",
        "title": story.title,
        "document_id": report.pk,
        "document_url": report.url,
        "document_title": report.title,
        "document_text": DOCUMENT_TEXT,
        "document_query": "Quillwort",
        "apply_url": f"/apply/{funding_round.slug}/",
        "lead_member": members[0].pk,
        "partner_members": [member.pk for member in members[1:]],
        "principles": principles,
    }


def unpublish(page_id):
    from wagtail.models import Page

    Page.objects.get(pk=page_id).specific.unpublish()
    return {"unpublished": page_id}


def make_private(document_id):
    from django.contrib.auth.models import Group
    from wagtail.models import Collection, CollectionViewRestriction

    from documents.models import HubDocument

    private = Collection.get_first_root_node().add_child(name="Members only")
    restriction = CollectionViewRestriction.objects.create(
        collection=private, restriction_type=CollectionViewRestriction.GROUPS
    )
    restriction.groups.set(Group.objects.filter(name="Members"))
    document = HubDocument.objects.get(pk=document_id)
    document.collection = private
    document.save()
    return {"private": document_id}


def publish(
    title="Marram dune co-operative",
    summary="Marram wardens and the council look after the dunes together.",
    query="Marram",
):
    """A new case study, made as a draft and published as an editor would (the task queue,
    immediate here, embeds its passages for search by meaning)."""
    from wagtail.models import Page

    from casestudies.models import CaseStudyIndexPage
    from members.models import MemberPage
    from tests import factories

    story = factories.CaseStudyPageFactory(
        parent=Page.objects.type(CaseStudyIndexPage).get(),
        title=title,
        summary=summary,
        lead_member=MemberPage.objects.order_by("pk").first(),
        live=False,
    )
    story.save_revision().publish()
    story.refresh_from_db()
    return {"page_id": story.pk, "page_url": story.url, "title": story.title, "query": query}


def publish_kelp():
    # No word of the query is in the story: only its meaning can find it.
    return publish(
        title="Kelp forest restoration",
        summary="Divers and the harbour board replant kelp beds offshore.",
        query="bringing back underwater seaweed woods",
    )


def publish_sandwort():
    return publish(
        title="Sandwort meadow co-operative",
        summary="Sandwort growers share the meadow's mowing with the parish.",
        query="Sandwort",
    )


def members_only(page_id):
    """A login restriction on a live page, as an editor sets one in the page's privacy."""
    from wagtail.models import Page, PageViewRestriction

    PageViewRestriction.objects.create(
        page=Page.objects.get(pk=page_id), restriction_type=PageViewRestriction.LOGIN
    )
    return {"members_only": page_id}


def main(argv):
    django.setup()
    action, *args = argv
    actions = {
        "build": build,
        "unpublish": unpublish,
        "make-private": make_private,
        "publish": publish,
        "publish-kelp": publish_kelp,
        "publish-sandwort": publish_sandwort,
        "members-only": members_only,
    }
    print(json.dumps(actions[action](*map(int, args))))


if __name__ == "__main__":
    main(sys.argv[1:])
