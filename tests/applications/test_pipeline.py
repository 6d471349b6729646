import pytest
from django.urls import reverse

from applications.choices import ApplicationStatus as Status
from applications.models import ApplicationStatusChange
from applications.pipeline import TransitionNotAllowed, allowed_next_statuses, change_status
from tests.factories import ApplicationFactory

ALLOWED = [
    (Status.SUBMITTED, Status.SHORTLISTED),
    (Status.SUBMITTED, Status.DECLINED),
    (Status.SHORTLISTED, Status.FUNDED),
    (Status.SHORTLISTED, Status.DECLINED),
    (Status.DECLINED, Status.SUBMITTED),
    (Status.FUNDED, Status.SHORTLISTED),
]
REFUSED = [
    (Status.SUBMITTED, Status.FUNDED),
    (Status.SUBMITTED, Status.SUBMITTED),
    (Status.SHORTLISTED, Status.SUBMITTED),
    (Status.DECLINED, Status.FUNDED),
    (Status.DECLINED, Status.SHORTLISTED),
    (Status.FUNDED, Status.DECLINED),
    (Status.FUNDED, Status.SUBMITTED),
]


@pytest.mark.django_db
class TestTransitions:
    @pytest.mark.parametrize(("start", "end"), ALLOWED)
    def test_allowed(self, start, end, admin_user):
        application = ApplicationFactory(status=start)
        change = change_status(application, end, user=admin_user, comment=" Strong bid. ")
        application.refresh_from_db()
        assert application.status == end
        assert (change.from_status, change.to_status) == (start, end)
        assert change.changed_by == admin_user
        assert change.comment == "Strong bid."

    @pytest.mark.parametrize(("start", "end"), REFUSED)
    def test_refused(self, start, end):
        application = ApplicationFactory(status=start)
        with pytest.raises(TransitionNotAllowed):
            change_status(application, end)
        application.refresh_from_db()
        assert application.status == start
        assert not ApplicationStatusChange.objects.exists()

    def test_unknown_status_refused(self):
        with pytest.raises(TransitionNotAllowed):
            change_status(ApplicationFactory(), "approved")

    def test_funded_is_final_once_a_lab_exists(self, lab_index, member):
        from tests.factories import PolicyLabPageFactory

        lab = PolicyLabPageFactory(parent=lab_index, lead_member=member)
        application = ApplicationFactory(status=Status.FUNDED, created_lab=lab)
        assert allowed_next_statuses(application) == ()
        with pytest.raises(TransitionNotAllowed):
            change_status(application, Status.SHORTLISTED)

    def test_history_is_kept_in_order(self, admin_user):
        application = ApplicationFactory()
        change_status(application, Status.SHORTLISTED, user=admin_user, comment="Promising")
        change_status(application, Status.FUNDED, user=admin_user, comment="Panel agreed")
        steps = [(c.from_status, c.to_status, c.comment) for c in application.status_changes.all()]
        assert steps == [
            ("submitted", "shortlisted", "Promising"),
            ("shortlisted", "funded", "Panel agreed"),
        ]


@pytest.mark.django_db
class TestStatusChangeView:
    def url(self, application):
        return reverse("funding_applications:change_status", args=[application.pk])

    def test_offers_only_permitted_transitions(self, admin_client):
        application = ApplicationFactory(status=Status.SHORTLISTED)
        html = admin_client.get(self.url(application)).content.decode()
        assert 'value="funded"' in html and 'value="declined"' in html
        assert 'value="submitted"' not in html and 'value="shortlisted"' not in html

    def test_changes_status_and_records_history(self, admin_client, admin_user):
        application = ApplicationFactory()
        response = admin_client.post(
            self.url(application), {"to_status": "shortlisted", "comment": "Good partners"}
        )
        inspect_url = reverse("funding_applications:inspect", args=[application.pk])
        assert response.status_code == 302 and response["Location"] == inspect_url
        application.refresh_from_db()
        assert application.status == Status.SHORTLISTED
        change = application.status_changes.get()
        assert (change.changed_by, change.comment) == (admin_user, "Good partners")
        page = admin_client.get(inspect_url).content.decode()
        assert "Status history" in page and "Good partners" in page
        assert "Submitted → Shortlisted" in page

    def test_refuses_a_transition_not_permitted(self, admin_client):
        application = ApplicationFactory()
        response = admin_client.post(self.url(application), {"to_status": "funded"})
        assert response.status_code == 200
        assert "Select a valid choice" in response.content.decode()
        application.refresh_from_db()
        assert application.status == Status.SUBMITTED
        assert not application.status_changes.exists()

    def test_final_status_redirects_with_a_message(self, admin_client, lab_index, member):
        from tests.factories import PolicyLabPageFactory

        lab = PolicyLabPageFactory(parent=lab_index, lead_member=member)
        application = ApplicationFactory(status=Status.FUNDED, created_lab=lab)
        response = admin_client.post(
            self.url(application), {"to_status": "shortlisted"}, follow=True
        )
        assert "can no longer change" in response.content.decode()
        application.refresh_from_db()
        assert application.status == Status.FUNDED

    def test_needs_change_permission(self, client, django_user_model):
        from django.contrib.auth.models import Permission

        user = django_user_model.objects.create_user("viewer", password="pw")
        user.user_permissions.add(
            Permission.objects.get(codename="access_admin"),
            Permission.objects.get(codename="view_application"),
        )
        client.force_login(user)
        application = ApplicationFactory()
        response = client.post(self.url(application), {"to_status": "shortlisted"})
        assert response.status_code in (302, 403)
        application.refresh_from_db()
        assert application.status == Status.SUBMITTED
