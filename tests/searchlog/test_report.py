"""The admin's report of what people search for, and who may see it."""

from django.contrib.auth.models import Group, Permission

from accounts.roles import COMMS_TEAM


def test_query_report_renders_for_a_superuser(client, corpus, django_user_model):
    client.get("/search/", {"q": "solar"})
    client.get("/search/", {"q": "qqqqzzzz"})
    admin = django_user_model.objects.create_superuser("admin", "a@example.org", "x")
    client.force_login(admin)
    response = client.get("/admin/reports/search-queries/")
    assert response.status_code == 200
    assert b"solar" in response.content and b"qqqqzzzz" in response.content
    zero = client.get("/admin/reports/search-queries/", {"show": "zero"})
    assert b"qqqqzzzz" in zero.content and b">solar<" not in zero.content
    ranged = client.get(
        "/admin/reports/search-queries/", {"date_from": "2000-01-01", "date_to": "2000-01-02"}
    )
    assert ranged.status_code == 200 and b"qqqqzzzz" not in ranged.content


def test_query_report_is_refused_to_editors_without_permission(client, db, django_user_model):
    editor = django_user_model.objects.create_user("editor", password="x")
    editor.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(editor)
    response = client.get("/admin/reports/search-queries/")
    assert response.status_code in (302, 403)


def test_the_report_permission_lets_an_editor_in(client, db, django_user_model):
    editor = django_user_model.objects.create_user("editor", password="x")
    editor.user_permissions.add(
        Permission.objects.get(codename="access_admin"),
        Permission.objects.get(content_type__app_label="searchlog", codename="view_searchqueryday"),
    )
    client.force_login(editor)
    assert client.get("/admin/reports/search-queries/").status_code == 200
    assert b"/admin/reports/search-queries/" in client.get("/admin/").content  # the menu item


def test_comms_edit_the_suggested_searches(db):
    granted = {
        f"{p.content_type.app_label}.{p.codename}"
        for p in Group.objects.get(name=COMMS_TEAM).permissions.all()
    }
    assert {
        "searchlog.add_suggestedsearch",
        "searchlog.change_suggestedsearch",
        "searchlog.delete_suggestedsearch",
        "searchlog.view_suggestedsearch",
    } <= granted
