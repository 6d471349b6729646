"""The application form bounds every answer, so no one can post a 900 KB essay."""

import pytest

from applications.models import Application

from .application_form import post, summary_links

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "field, limit",
    [
        ("summary", "1,500"),
        ("idea_and_budget", "10,000"),
        ("outcomes", "10,000"),
        ("network_aims", "10,000"),
        ("values_and_principles", "10,000"),
        ("sharing_learning", "10,000"),
        ("budget_breakdown", "5,000"),
        ("other_partners", "2,000"),
        ("contact_email", "254"),
    ],
)
def test_an_overlong_answer_is_refused_with_a_clear_message(
    client, open_round, form_data, field, limit
):
    value = "a" * 900_000 if field != "contact_email" else "a" * 300 + "@example.org"
    response = post(client, open_round, {**form_data, field: value})
    assert response.status_code == 200
    links = dict(summary_links(response.content.decode()))
    assert f"id_{field}" in links
    assert (
        f"Keep this to {limit.replace(',', '')} characters or fewer" in links[f"id_{field}"]
        or f"Keep this to {limit} characters or fewer" in links[f"id_{field}"]
    )
    assert not Application.objects.exists()


def test_one_enormous_word_is_not_a_short_summary(client, open_round, form_data):
    response = post(client, open_round, {**form_data, "summary": "a" * 100_000})
    assert response.status_code == 200
    assert "id_summary" in dict(summary_links(response.content.decode()))
    assert not Application.objects.exists()
