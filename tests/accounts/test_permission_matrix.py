"""The permission matrix: each role against each admin action that changes something.

Every cell posts the action as that role would (with the form the admin shows them, where it
shows one) and checks both the answer and the database afterwards. The table below is the
contract; README's "Roles, moderation and policy labs" describes it in words.

Outcomes:
- OK: the action is done (the answer is the view's success answer).
- LOGIN: sent to sign in (anonymous visitors, and signed-in people without admin access).
- DENIED: refused with Wagtail's permission-denied answer (403, back to the dashboard, or 404
  where Wagtail hides objects the user cannot manage).
- INVALID: the form comes back with an error (a choice they may not make); nothing changes.
- SKIPPED: the view answers as usual but leaves alone what the user may not change: a bulk
  action skips the accounts they may not touch (Wagtail lists them on its confirmation page as
  ones they have no permission for); a form ignores a field it does not offer them (a lab lead
  sees no collection field, having only their lab's collection).

Targets: the users' target is an ordinary member's account; pages act on an "About" page under
the home page; documents live in a policy lab's collection (so a lab lead's own rights show: a
lead may add, edit and delete documents in their lab's collection, and nothing elsewhere);
collections act on an "Archive" collection under the root.
"""

from dataclasses import dataclass
from functools import cached_property

import pytest
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.http import QueryDict
from django.urls import reverse
from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction, Page, PageViewRestriction
from wagtail.test.utils.form_data import (
    nested_form_data,
    querydict_from_html,
    rich_text,
    streamfield,
)

from accounts.roles import COMMS_TEAM, MEMBERS, SITE_ADMINISTRATORS
from labs.access import add_lab_lead
from tests import factories

OK, LOGIN, DENIED, INVALID, SKIPPED = "ok", "login", "denied", "invalid", "skipped"

ROLES = ("anonymous", "member", "lab lead", "comms", "site administrator", "superuser")

# action: outcome for (anonymous, member, lab lead, comms, site administrator, superuser)
MATRIX = {
    "user: create": (LOGIN, LOGIN, DENIED, OK, OK, OK),
    "user: edit": (LOGIN, LOGIN, DENIED, OK, OK, OK),
    "user: edit a superuser": (LOGIN, LOGIN, DENIED, DENIED, DENIED, OK),
    "user: delete": (LOGIN, LOGIN, DENIED, DENIED, OK, OK),
    "bulk: assign the Comms team role": (LOGIN, LOGIN, DENIED, OK, OK, OK),
    "bulk: assign the Site administrators role": (LOGIN, LOGIN, DENIED, INVALID, INVALID, OK),
    "bulk: deactivate": (LOGIN, LOGIN, DENIED, OK, OK, OK),
    "bulk: deactivate a superuser": (LOGIN, LOGIN, DENIED, SKIPPED, SKIPPED, OK),
    "bulk: delete": (LOGIN, LOGIN, DENIED, SKIPPED, OK, OK),
    "group: create": (LOGIN, LOGIN, DENIED, DENIED, OK, OK),
    "group: edit": (LOGIN, LOGIN, DENIED, DENIED, OK, OK),
    "group: delete": (LOGIN, LOGIN, DENIED, DENIED, OK, OK),
    "page: add": (LOGIN, LOGIN, DENIED, OK, DENIED, OK),
    "page: edit": (LOGIN, LOGIN, DENIED, OK, DENIED, OK),
    "page: publish": (LOGIN, LOGIN, DENIED, OK, DENIED, OK),
    "page: unpublish": (LOGIN, LOGIN, DENIED, OK, DENIED, OK),
    "page: delete": (LOGIN, LOGIN, DENIED, OK, DENIED, OK),
    "page: move": (LOGIN, LOGIN, DENIED, OK, DENIED, OK),
    "page: privacy": (LOGIN, LOGIN, DENIED, OK, DENIED, OK),
    "document: add": (LOGIN, LOGIN, OK, OK, DENIED, OK),
    "document: edit": (LOGIN, LOGIN, OK, OK, DENIED, OK),
    "document: delete": (LOGIN, LOGIN, OK, OK, DENIED, OK),
    "document: move collection": (LOGIN, LOGIN, SKIPPED, OK, DENIED, OK),
    "collection: add": (LOGIN, LOGIN, DENIED, OK, DENIED, OK),
    "collection: edit": (LOGIN, LOGIN, DENIED, OK, DENIED, OK),
    "collection: delete": (LOGIN, LOGIN, DENIED, OK, DENIED, OK),
    "collection: privacy": (LOGIN, LOGIN, DENIED, OK, DENIED, OK),
}


class World:
    """The targets, made only when a cell needs them."""

    def __init__(self, user_model, home_page):
        self.user_model = user_model
        self.home_page = home_page

    @cached_property
    def lab(self):
        members = factories.MemberIndexPageFactory(parent=self.home_page)
        council = factories.MemberPageFactory(parent=members, title="Rochdale Borough Council")
        index = factories.PolicyLabIndexPageFactory(parent=self.home_page)
        return factories.PolicyLabPageFactory(parent=index, title="Lab A", lead_member=council)

    def account(self, username, *roles, superuser=False):
        manager = self.user_model.objects
        make = manager.create_superuser if superuser else manager.create_user
        user = make(username, f"{username}@example.org", "pw", first_name="Sam", last_name=username)
        user.groups.add(*Group.objects.filter(name__in=roles))
        return user

    def actor(self, role):
        if role == "anonymous":
            return None
        if role == "lab lead":
            user = self.account("actor")
            add_lab_lead(self.lab, user)
            return user
        if role == "superuser":
            return self.account("actor", superuser=True)
        names = {"member": MEMBERS, "comms": COMMS_TEAM, "site administrator": SITE_ADMINISTRATORS}
        return self.account("actor", names[role])

    @cached_property
    def target(self):
        return self.account("target", MEMBERS)

    @cached_property
    def other_superuser(self):
        return self.account("boss", superuser=True)

    @cached_property
    def editors(self):
        return Group.objects.create(name="Newsletter editors")

    @cached_property
    def about(self):
        return factories.StandardPageFactory(parent=self.home_page, title="About", slug="about")

    @cached_property
    def draft(self):
        return factories.StandardPageFactory(
            parent=self.home_page, title="Draft", slug="draft", live=False
        )

    @cached_property
    def join_us(self):
        return factories.StandardPageFactory(parent=self.home_page, title="Join", slug="join")

    @cached_property
    def document(self):
        return factories.DocumentFactory(collection=self.lab.collection, title="Findings")

    @cached_property
    def archive(self):
        return factories.root_collection().add_child(name="Archive")


@dataclass
class Action:
    do: object  # (client, world) -> response
    done: object  # (world) -> bool, whether the change happened
    ok_status: int = 302


ACTIONS = {}


def action(name, ok_status=302):
    def register(do):
        def wrap(done):
            ACTIONS[name] = Action(do, done, ok_status)
            return done

        return wrap

    return register


def shown_form(client, url, field):
    """The data of the admin form holding `field`, as the acting user is shown it."""
    response = client.get(url)
    if response.status_code != 200:
        return QueryDict(mutable=True)
    html = response.content.decode()
    for index in range(html.count("<form")):
        data = querydict_from_html(html, form_index=index)
        if field in data:
            return data
    return QueryDict(mutable=True)


def bulk(name, *ids):
    query = "&".join(f"id={pk}" for pk in ids)
    return reverse("wagtail_bulk_action", args=("auth", "user", name)) + "?" + query


def page_data(title, slug, **extra):
    return nested_form_data(
        {
            "title": title,
            "slug": slug,
            "introduction": "",
            "body": streamfield([("paragraph", rich_text("<p>About the network.</p>"))]),
            **extra,
        }
    )


def user_data(account, **changes):
    return {
        "username": account.username,
        "email": account.email,
        "first_name": account.first_name,
        "last_name": account.last_name,
        "is_active": "on",
        "groups": list(account.groups.values_list("pk", flat=True)),
        **changes,
    }


# Users


@action("user: create")(
    lambda client, world: client.post(
        reverse("wagtailusers_users:add"),
        {
            "username": "newcomer",
            "email": "newcomer@example.org",
            "first_name": "New",
            "last_name": "Comer",
            "password1": "a-long-pass-phrase-42",
            "password2": "a-long-pass-phrase-42",
            "groups": [Group.objects.get(name=MEMBERS).pk],
        },
    )
)
def _(world):
    return world.user_model.objects.filter(username="newcomer").exists()


@action("user: edit")(
    lambda client, world: client.post(
        reverse("wagtailusers_users:edit", args=[world.target.pk]),
        user_data(world.target, first_name="Changed"),
    )
)
def _(world):
    return world.user_model.objects.get(pk=world.target.pk).first_name == "Changed"


@action("user: edit a superuser")(
    lambda client, world: client.post(
        reverse("wagtailusers_users:edit", args=[world.other_superuser.pk]),
        user_data(world.other_superuser, password1="taken-over-99", password2="taken-over-99"),
    )
)
def _(world):
    return world.user_model.objects.get(pk=world.other_superuser.pk).check_password("taken-over-99")


@action("user: delete")(
    lambda client, world: client.post(reverse("wagtailusers_users:delete", args=[world.target.pk]))
)
def _(world):
    return not world.user_model.objects.filter(pk=world.target.pk).exists()


@action("bulk: assign the Comms team role")(
    lambda client, world: client.post(
        bulk("assign_role", world.target.pk), {"role": Group.objects.get(name=COMMS_TEAM).pk}
    )
)
def _(world):
    return world.target.groups.filter(name=COMMS_TEAM).exists()


@action("bulk: assign the Site administrators role")(
    lambda client, world: client.post(
        bulk("assign_role", world.target.pk),
        {"role": Group.objects.get(name=SITE_ADMINISTRATORS).pk},
    )
)
def _(world):
    return world.target.groups.filter(name=SITE_ADMINISTRATORS).exists()


@action("bulk: deactivate")(
    lambda client, world: client.post(
        bulk("set_active_state", world.target.pk), {"mark_as_active": "False"}
    )
)
def _(world):
    return not world.user_model.objects.get(pk=world.target.pk).is_active


@action("bulk: deactivate a superuser")(
    lambda client, world: client.post(
        bulk("set_active_state", world.other_superuser.pk), {"mark_as_active": "False"}
    )
)
def _(world):
    return not world.user_model.objects.get(pk=world.other_superuser.pk).is_active


@action("bulk: delete")(lambda client, world: client.post(bulk("delete", world.target.pk)))
def _(world):
    return not world.user_model.objects.filter(pk=world.target.pk).exists()


# Groups


def create_group(client, world):
    url = reverse("wagtailusers_groups:add")
    data = shown_form(client, url, "name")
    data["name"] = "Volunteers"
    return client.post(url, data)


def edit_group(client, world):
    url = reverse("wagtailusers_groups:edit", args=[world.editors.pk])
    data = shown_form(client, url, "name")
    data["name"] = "Editors renamed"  # from "Newsletter editors"
    return client.post(url, data)


@action("group: create")(create_group)
def _(world):
    return Group.objects.filter(name="Volunteers").exists()


@action("group: edit")(edit_group)
def _(world):
    return Group.objects.filter(name="Editors renamed").exists()


@action("group: delete")(
    lambda client, world: client.post(
        reverse("wagtailusers_groups:delete", args=[world.editors.pk])
    )
)
def _(world):
    return not Group.objects.filter(pk=world.editors.pk).exists()


# Pages


@action("page: add")(
    lambda client, world: client.post(
        reverse("wagtailadmin_pages:add", args=("home", "standardpage", world.about.pk)),
        page_data("Our history", "history"),
    )
)
def _(world):
    return Page.objects.filter(slug="history").exists()


@action("page: edit")(
    lambda client, world: client.post(
        reverse("wagtailadmin_pages:edit", args=[world.about.pk]),
        page_data("About us", "about"),
    )
)
def _(world):
    return Page.objects.get(pk=world.about.pk).get_latest_revision_as_object().title == "About us"


@action("page: publish")(
    lambda client, world: client.post(
        reverse("wagtailadmin_pages:edit", args=[world.draft.pk]),
        page_data("Draft", "draft", **{"action-publish": "action-publish"}),
    )
)
def _(world):
    return Page.objects.get(pk=world.draft.pk).live


@action("page: unpublish")(
    lambda client, world: client.post(
        reverse("wagtailadmin_pages:unpublish", args=[world.about.pk])
    )
)
def _(world):
    return not Page.objects.get(pk=world.about.pk).live


@action("page: delete")(
    lambda client, world: client.post(reverse("wagtailadmin_pages:delete", args=[world.about.pk]))
)
def _(world):
    return not Page.objects.filter(pk=world.about.pk).exists()


@action("page: move")(
    lambda client, world: client.post(
        reverse("wagtailadmin_pages:move_confirm", args=[world.about.pk, world.join_us.pk])
    )
)
def _(world):
    return Page.objects.get(pk=world.about.pk).get_parent().pk == world.join_us.pk


@action("page: privacy", ok_status=200)(
    lambda client, world: client.post(
        reverse("wagtailadmin_pages:set_privacy", args=[world.about.pk]),
        {"restriction_type": "login", "password": "", "groups": []},
    )
)
def _(world):
    return PageViewRestriction.objects.filter(page=world.about).exists()


# Documents


@action("document: add")(
    lambda client, world: client.post(
        reverse("wagtaildocs:add"),
        {
            "title": "Uploaded",
            "file": SimpleUploadedFile("uploaded.txt", b"Co-operative findings."),
            "collection": world.lab.collection.pk,
        },
    )
)
def _(world):
    return get_document_model().objects.filter(title="Uploaded").exists()


@action("document: edit")(
    lambda client, world: client.post(
        reverse("wagtaildocs:edit", args=[world.document.pk]),
        {"title": "Renamed", "collection": world.lab.collection.pk},
    )
)
def _(world):
    return get_document_model().objects.get(pk=world.document.pk).title == "Renamed"


@action("document: delete")(
    lambda client, world: client.post(reverse("wagtaildocs:delete", args=[world.document.pk]))
)
def _(world):
    return not get_document_model().objects.filter(pk=world.document.pk).exists()


@action("document: move collection")(
    lambda client, world: client.post(
        reverse("wagtaildocs:edit", args=[world.document.pk]),
        {"title": "Findings", "collection": factories.root_collection().pk},
    )
)
def _(world):
    document = get_document_model().objects.get(pk=world.document.pk)
    return document.collection_id == factories.root_collection().pk


# Collections


@action("collection: add")(
    lambda client, world: client.post(
        reverse("wagtailadmin_collections:add"),
        {"name": "New shelf", "parent": factories.root_collection().pk},
    )
)
def _(world):
    return Collection.objects.filter(name="New shelf").exists()


@action("collection: edit")(
    lambda client, world: client.post(
        reverse("wagtailadmin_collections:edit", args=[world.archive.pk]),
        {"name": "Archive renamed", "parent": factories.root_collection().pk},
    )
)
def _(world):
    return Collection.objects.get(pk=world.archive.pk).name == "Archive renamed"


@action("collection: delete")(
    lambda client, world: client.post(
        reverse("wagtailadmin_collections:delete", args=[world.archive.pk])
    )
)
def _(world):
    return not Collection.objects.filter(pk=world.archive.pk).exists()


@action("collection: privacy", ok_status=200)(
    lambda client, world: client.post(
        reverse("wagtailadmin_collections:set_privacy", args=[world.archive.pk]),
        {"restriction_type": "login", "password": "", "groups": []},
    )
)
def _(world):
    return CollectionViewRestriction.objects.filter(collection=world.archive).exists()


def outcome_of(response, ok_status, done):
    login = reverse("wagtailadmin_login")
    location = response.get("Location", "")
    if response.status_code == 302 and location.startswith(login):
        return LOGIN
    if response.status_code in (403, 404) or (
        response.status_code == 302 and location == reverse("wagtailadmin_home")
    ):
        return DENIED
    if done and response.status_code == ok_status:
        return OK
    if response.status_code == 200 and not done:
        return INVALID
    if response.status_code == 302 and not done:
        return SKIPPED
    return f"unexpected: HTTP {response.status_code} {location}, changed={done}"


CELLS = [
    pytest.param(name, role, expected[index], id=f"{name} | {role}")
    for name, expected in MATRIX.items()
    for index, role in enumerate(ROLES)
]


def test_the_matrix_covers_every_action_and_role():
    assert set(MATRIX) == set(ACTIONS)
    assert all(len(row) == len(ROLES) for row in MATRIX.values())


@pytest.mark.parametrize("name, role, expected", CELLS)
def test_permission_matrix(client, django_user_model, home_page, name, role, expected):
    world = World(django_user_model, home_page)
    cell = ACTIONS[name]
    actor = world.actor(role)
    if actor is not None:
        client.force_login(actor)
    response = cell.do(client, world)
    done = cell.done(world)
    assert done == (expected == OK), f"{name} by {role}: changed={done}"
    assert outcome_of(response, cell.ok_status, done) == expected
