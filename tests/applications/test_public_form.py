"""The public application form: every validation rule, kept input, confirmation and emails."""

import re

import pytest
from django.core import mail
from django.urls import reverse

from applications.choices import ApplicationStatus
from applications.models import Application
from tests.factories import FundingRoundFactory

from .application_form import apply_url, post, summary_links

REQUIRED_FIELDS = {
    "contact_name": "Enter the name of the lead councillor or officer",
    "contact_job_title": "Enter the job title of the lead councillor or officer",
    "contact_phone": "Enter a contact telephone number",
    "contact_email": "Enter a contact email address",
    "project_title": "Enter the project title",
    "amount_requested": "Enter the amount of funding you are applying for",
    "summary": "Enter a summary of the project idea",
    "idea_and_budget": "Explain your idea and how you will spend the budget",
    "outcomes": "Describe the outcomes you hope to achieve and how you will measure success",
    "network_aims": "Explain how your project supports the network",
    "principles": "Choose at least one principle the project puts into practice",
    "values_and_principles": "Explain how your project supports the values and principles",
    "sharing_learning": "Explain how you will share your learning across the network",
    "agrees_to_show_cooperative_difference": "Agree that the final report will show",
}


@pytest.mark.django_db
class TestRoundList:
    def test_lists_open_rounds_and_upcoming_ones(self, client, open_round):
        FundingRoundFactory(title="Prototypes next spring", upcoming=True)
        FundingRoundFactory(title="Old round", closed=True)
        response = client.get(reverse("apply:rounds"))
        html = response.content.decode()
        assert response.status_code == 200
        assert open_round.title in html and open_round.get_absolute_url() in html
        assert "Prototypes next spring" in html
        assert "Old round" not in html

    def test_says_clearly_when_no_round_is_open(self, client, db):
        FundingRoundFactory(title="Old round", closed=True)
        response = client.get(reverse("apply:rounds"))
        assert "No funding round is open at the moment" in response.content.decode()


@pytest.mark.django_db
class TestFormPage:
    def test_renders_accessible_form(self, client, open_round, members, principles):
        html = client.get(apply_url(open_round)).content.decode()
        assert html.count("<h1") == 1
        # Labels tie to inputs; hints are announced with them; groups are fieldsets.
        assert '<label class="label" for="id_contact_email">' in html
        assert 'autocomplete="email"' in html and 'autocomplete="tel"' in html
        assert 'aria-describedby="id_contact_phone_helptext"' in html
        assert "<legend" in html and "Partner members from the hub" in html
        assert "(required)" in html
        assert re.search(r"Partner members from the hub\s*<span class=\"required-marker\">", html)
        assert re.search(r"not yet members\s*</label>", html)  # optional: no marker
        assert 'data-word-limit="150"' in html
        assert "js/word-count.js" in html
        for member in members:
            assert member.title in html
        for principle in principles:
            assert principle.name in html
        # The round's rules are stated before anyone types anything.
        assert "£10,000 to £20,000" in html
        assert "at least 3 partners" in html

    def test_honeypot_is_hidden_from_people_and_assistive_technology(self, client, open_round):
        html = client.get(apply_url(open_round)).content.decode()
        trap = re.search(r'<div class="hp-field" aria-hidden="true">(.*?)</div>', html, re.S)
        assert trap and 'name="website"' in trap.group(1)
        assert 'tabindex="-1"' in trap.group(1) and 'autocomplete="off"' in trap.group(1)

    def test_unknown_round_is_404(self, client, db):
        assert client.get("/apply/no-such-round/").status_code == 404


@pytest.mark.django_db
class TestValidation:
    def test_valid_application_is_saved_with_everything(
        self, client, open_round, form_data, members, principles
    ):
        response = post(client, open_round, form_data)
        assert response.status_code == 302
        application = Application.objects.get()
        assert application.funding_round == open_round
        assert application.lead_member == members[0]
        assert application.amount_requested == 19760
        assert set(application.partner_members.all()) == {members[1], members[2]}
        assert application.other_partners == "Action Together"
        assert set(application.principles.all()) == set(principles)
        assert application.status == ApplicationStatus.SUBMITTED
        assert application.agrees_to_show_cooperative_difference
        assert re.fullmatch(r"CCIN-\d{4}-0001", application.reference)
        history = list(application.status_changes.all())
        assert [(c.from_status, c.to_status) for c in history] == [("", "submitted")]

    @pytest.mark.parametrize("field", sorted(REQUIRED_FIELDS))
    def test_each_required_field(self, client, open_round, form_data, field):
        data = dict(form_data)
        data.pop(field)
        response = post(client, open_round, data)
        html = response.content.decode()
        assert response.status_code == 200
        assert not Application.objects.exists()
        message = REQUIRED_FIELDS[field]
        anchors = summary_links(html)
        assert len(anchors) == 1
        anchor, text = anchors[0]
        assert text.startswith(message.replace("'", "&#x27;"))
        assert anchor in {f"id_{field}", f"id_{field}_0"}
        # The same message sits next to the field, which points at it.
        assert f'id="id_{field}_error"' in html
        assert f"id_{field}_error" in re.search(
            rf'aria-describedby="[^"]*id_{field}_error[^"]*"', html
        ).group(0)

    def test_lead_organisation_is_required(self, client, open_round, form_data):
        data = {**form_data, "lead_member": "", "lead_organisation_name": ""}
        html = post(client, open_round, data).content.decode()
        assert ("id_lead_member", "Choose your organisation from the list, or type its name") in (
            summary_links(html)
        )
        assert not Application.objects.exists()

    def test_typed_lead_organisation_is_accepted(self, client, open_round, form_data):
        data = {**form_data, "lead_member": "", "lead_organisation_name": "Newtown Council"}
        assert post(client, open_round, data).status_code == 302
        application = Application.objects.get()
        assert application.lead_member is None
        assert application.lead_organisation == "Newtown Council"

    def test_lead_organisation_chosen_and_typed_is_refused(self, client, open_round, form_data):
        data = {**form_data, "lead_organisation_name": "Newtown Council"}
        html = post(client, open_round, data).content.decode()
        [(anchor, text)] = summary_links(html)
        assert anchor == "id_lead_organisation_name" and "not both" in text

    @pytest.mark.parametrize("amount", ["9999.99", "20000.01", "500", "1000000"])
    def test_amount_outside_the_rounds_range(self, client, open_round, form_data, amount):
        html = post(client, open_round, {**form_data, "amount_requested": amount}).content.decode()
        [(anchor, text)] = summary_links(html)
        assert anchor == "id_amount_requested"
        assert "between £10,000 and £20,000" in text
        assert not Application.objects.exists()

    @pytest.mark.parametrize("amount", ["10000", "£20,000.00", "15 000"])
    def test_amount_at_the_edges_and_as_typed(self, client, open_round, form_data, amount):
        response = post(client, open_round, {**form_data, "amount_requested": amount})
        assert response.status_code == 302

    @pytest.mark.parametrize("amount", ["lots", "-5", "12.345"])
    def test_amount_not_a_sum_of_money(self, client, open_round, form_data, amount):
        html = post(client, open_round, {**form_data, "amount_requested": amount}).content.decode()
        [(anchor, _text)] = summary_links(html)
        assert anchor == "id_amount_requested"

    def test_summary_over_150_words(self, client, open_round, form_data):
        data = {**form_data, "summary": " ".join(["word"] * 151)}
        html = post(client, open_round, data).content.decode()
        [(anchor, text)] = summary_links(html)
        assert anchor == "id_summary"
        assert "150 words or fewer" in text and "151" in text

    def test_summary_of_exactly_150_words(self, client, open_round, form_data):
        data = {**form_data, "summary": " ".join(["word"] * 150)}
        assert post(client, open_round, data).status_code == 302

    def test_too_few_partners(self, client, open_round, form_data, members):
        data = {**form_data, "partner_members": [str(members[1].pk)], "other_partners": "One Org"}
        html = post(client, open_round, data).content.decode()
        [(anchor, text)] = summary_links(html)
        assert anchor == "id_partner_members_0"
        assert "at least 3 partners" in text and "you have named 2" in text

    def test_lead_and_repeated_names_do_not_count_as_partners(
        self, client, open_round, form_data, members
    ):
        data = {
            **form_data,
            "partner_members": [str(members[0].pk), str(members[1].pk)],  # 0 is the lead
            "other_partners": "Action Together\n  action together \n\n",
        }
        html = post(client, open_round, data).content.decode()
        [(_anchor, text)] = summary_links(html)
        assert "you have named 2" in text

    def test_named_non_members_count_as_partners(self, client, open_round, form_data):
        data = {**form_data, "partner_members": [], "other_partners": "A\nB\nC"}
        assert post(client, open_round, data).status_code == 302
        assert Application.objects.get().partner_count() == 3

    def test_round_minimum_partners_is_used(self, client, form_data, db):
        funding_round = FundingRoundFactory(minimum_partner_members=5)
        html = post(client, funding_round, form_data).content.decode()
        assert "at least 5 partners" in html

    def test_missing_agreement(self, client, open_round, form_data):
        data = dict(form_data)
        del data["agrees_to_show_cooperative_difference"]
        html = post(client, open_round, data).content.decode()
        [(anchor, text)] = summary_links(html)
        assert anchor == "id_agrees_to_show_cooperative_difference"
        assert "co-operative difference" in text

    @pytest.mark.parametrize("email", ["helen", "helen@", "@example.org"])
    def test_bad_email(self, client, open_round, form_data, email):
        html = post(client, open_round, {**form_data, "contact_email": email}).content.decode()
        [(anchor, text)] = summary_links(html)
        assert anchor == "id_contact_email" and "right format" in text

    @pytest.mark.parametrize("phone", ["call me", "123", "01706<script>"])
    def test_bad_phone(self, client, open_round, form_data, phone):
        html = post(client, open_round, {**form_data, "contact_phone": phone}).content.decode()
        [(anchor, _text)] = summary_links(html)
        assert anchor == "id_contact_phone"

    def test_unknown_member_or_principle_ids_are_refused_not_errors(
        self, client, open_round, form_data
    ):
        data = {**form_data, "partner_members": ["999999", "abc"], "principles": ["999999"]}
        response = post(client, open_round, data)
        assert response.status_code == 200
        anchors = {anchor for anchor, _ in summary_links(response.content.decode())}
        assert {"id_partner_members_0", "id_principles_0"} <= anchors

    def test_every_error_is_listed_at_once(self, client, open_round):
        html = post(client, open_round, {}).content.decode()
        anchors = [anchor for anchor, _ in summary_links(html)]
        assert len(anchors) >= len(REQUIRED_FIELDS) + 1
        assert "<title>Error:" in html


@pytest.mark.django_db
class TestInputKeptOnError:
    def test_everything_typed_is_shown_again(
        self, client, open_round, form_data, members, principles
    ):
        data = {**form_data, "summary": " ".join(["long"] * 200), "budget_breakdown": "£5,000 x"}
        html = post(client, open_round, data).content.decode()
        assert 'value="Helen Chicot"' in html
        assert 'value="Democratising Policy Solutions"' in html
        assert 'value="£19,760"' in html
        assert 'value="01706 925925"' in html and 'value="helen@example.org"' in html
        assert " ".join(["long"] * 200) in html
        assert "£5,000 x" in html and "Action Together" in html
        assert re.search(rf'<option value="{members[0].pk}" selected>', html)
        for member in (members[1], members[2]):
            assert re.search(rf'name="partner_members" value="{member.pk}"[^>]*checked', html)
        assert not re.search(rf'name="partner_members" value="{members[3].pk}"[^>]*checked', html)
        for principle in principles:
            assert re.search(rf'name="principles" value="{principle.pk}"[^>]*checked', html)
        assert re.search(r'name="agrees_to_show_cooperative_difference"[^>]*checked', html)


@pytest.mark.django_db
class TestClosedRound:
    def test_closed_round_page_says_so_and_shows_no_form(self, client, db):
        funding_round = FundingRoundFactory(closed=True)
        response = client.get(apply_url(funding_round))
        html = response.content.decode()
        assert response.status_code == 200
        assert "This round closed " in html and "no longer accepts applications" in html
        assert "<form" not in html.split('<main id="main-content"')[1].split("</main>")[0]

    def test_round_not_yet_open_says_so(self, client, db):
        funding_round = FundingRoundFactory(upcoming=True)
        html = client.get(apply_url(funding_round)).content.decode()
        assert "not open yet" in html

    @pytest.mark.parametrize("trait", ["closed", "upcoming"])
    def test_post_to_a_round_not_open_is_refused(self, client, form_data, trait, db):
        funding_round = FundingRoundFactory(**{trait: True})
        response = post(client, funding_round, form_data)
        assert response.status_code == 403
        assert "Your application was not sent" in response.content.decode()
        assert not Application.objects.exists()
        assert mail.outbox == []


@pytest.mark.django_db
class TestConfirmation:
    def test_post_redirect_get_with_reference(self, client, open_round, form_data):
        response = post(client, open_round, form_data)
        confirmation_url = reverse("apply:submitted", kwargs={"slug": open_round.slug})
        assert response.status_code == 302 and response["Location"] == confirmation_url
        reference = Application.objects.get().reference
        page = client.get(confirmation_url)
        html = page.content.decode()
        assert page.status_code == 200
        assert "Application sent" in html and reference in html
        assert "helen@example.org" in html
        # Refreshing the confirmation shows it again and submits nothing new.
        assert reference in client.get(confirmation_url).content.decode()
        assert Application.objects.count() == 1

    def test_confirmation_without_a_submission_goes_back_to_the_form(self, client, open_round):
        response = client.get(reverse("apply:submitted", kwargs={"slug": open_round.slug}))
        assert response.status_code == 302
        assert response["Location"] == open_round.get_absolute_url()

    def test_emails_to_applicant_and_comms(self, client, open_round, form_data, settings):
        settings.COMMS_EMAIL = "comms@example.org"
        post(client, open_round, form_data)
        application = Application.objects.get()
        assert len(mail.outbox) == 2
        to_applicant, to_comms = mail.outbox
        assert to_applicant.to == ["helen@example.org"]
        assert application.reference in to_applicant.subject
        assert application.reference in to_applicant.body
        assert "Democratising Policy Solutions" in to_applicant.body
        assert to_comms.to == ["comms@example.org"]
        assert application.reference in to_comms.subject
        assert f"/admin/applications/inspect/{application.pk}/" in to_comms.body

    def test_failing_mail_server_does_not_lose_the_application(
        self, client, open_round, form_data, monkeypatch
    ):
        def broken(*args, **kwargs):
            raise ConnectionRefusedError("mail server down")

        monkeypatch.setattr("applications.emails.send_mail", broken)
        response = post(client, open_round, form_data)
        assert response.status_code == 302
        assert Application.objects.count() == 1

    def test_references_count_up(self, client, open_round, form_data):
        post(client, open_round, form_data)
        post(client, open_round, {**form_data, "project_title": "Second"})
        first, second = Application.objects.order_by("pk").values_list("reference", flat=True)
        assert int(second[-4:]) == int(first[-4:]) + 1


@pytest.mark.django_db
class TestSpamProtection:
    def test_filled_honeypot_is_discarded_silently(self, client, open_round, form_data):
        response = post(client, open_round, {**form_data, "website": "http://spam.example"})
        assert response.status_code == 302
        page = client.get(response["Location"])
        assert page.status_code == 200 and "Application sent" in page.content.decode()
        assert not Application.objects.exists()
        assert mail.outbox == []

    def test_rate_limit_after_five_submissions_an_hour(self, client, open_round, form_data):
        for number in range(5):
            response = post(client, open_round, {**form_data, "project_title": f"Bid {number}"})
            assert response.status_code == 302
        response = post(client, open_round, {**form_data, "project_title": "Sixth"})
        html = response.content.decode()
        assert response.status_code == 429
        assert "Too many applications" in html and "There is a problem" in html
        assert 'value="Sixth"' in html  # nothing typed is lost
        assert Application.objects.count() == 5

    def test_rate_limit_is_per_address(self, client, open_round, form_data):
        for _ in range(5):
            post(client, open_round, form_data, REMOTE_ADDR="10.0.0.1")
        assert post(client, open_round, form_data, REMOTE_ADDR="10.0.0.1").status_code == 429
        assert post(client, open_round, form_data, REMOTE_ADDR="10.0.0.2").status_code == 302

    def test_honeypot_submissions_count_towards_the_limit(self, client, open_round, form_data):
        for _ in range(5):
            post(client, open_round, {**form_data, "website": "spam"})
        assert post(client, open_round, form_data).status_code == 429

    def test_invalid_attempts_do_not_count(self, client, open_round, form_data):
        for _ in range(6):
            post(client, open_round, {**form_data, "project_title": ""})
        assert post(client, open_round, form_data).status_code == 302

    def test_window_slides(self, client, open_round, form_data, monkeypatch):
        import applications.ratelimit as ratelimit
        import core.ratelimit

        now = [1_000_000.0]
        monkeypatch.setattr(core.ratelimit.time, "time", lambda: now[0])
        for _ in range(5):
            post(client, open_round, form_data)
        assert post(client, open_round, form_data).status_code == 429
        now[0] += ratelimit.WINDOW_SECONDS + 1
        assert post(client, open_round, form_data).status_code == 302

    def test_behind_a_trusted_proxy(self, client, open_round, form_data, settings):
        settings.TRUSTED_PROXY_COUNT = 1
        for _ in range(5):
            post(client, open_round, form_data, HTTP_X_FORWARDED_FOR="192.0.2.1")
        assert (
            post(client, open_round, form_data, HTTP_X_FORWARDED_FOR="192.0.2.1").status_code == 429
        )
        assert (
            post(client, open_round, form_data, HTTP_X_FORWARDED_FOR="192.0.2.2").status_code == 302
        )

    def test_a_forged_leftmost_address_does_not_escape_the_limit(
        self, client, open_round, form_data, settings
    ):
        settings.TRUSTED_PROXY_COUNT = 1
        for attempt in range(5):
            forged = f"198.51.100.{attempt}, 192.0.2.1"
            post(client, open_round, form_data, HTTP_X_FORWARDED_FOR=forged)
        forged = "198.51.100.99, 192.0.2.1"
        assert post(client, open_round, form_data, HTTP_X_FORWARDED_FOR=forged).status_code == 429
