"""Everything a person types has a sane maximum length, with a clear message."""

import pytest
from django.apps import apps
from django.core.exceptions import ValidationError
from django.db import models
from wagtail.blocks import StreamBlockValidationError

from core.blocks import BaseStreamBlock
from core.validators import STREAM_TEXT_MAX_LENGTH, SUMMARY_MAX_LENGTH
from toolkits.blocks import ToolkitStepsBlock

CONTENT_APPS = ("core", "casestudies", "labs", "toolkits", "members", "home")


def typed_text_fields():
    for label in CONTENT_APPS:
        for model in apps.get_app_config(label).get_models():
            for field in model._meta.get_fields():
                if (
                    isinstance(field, models.TextField)
                    and field.editable
                    and field.model._meta.app_label in CONTENT_APPS  # not Wagtail's own
                ):
                    yield pytest.param(field, id=f"{model.__name__}.{field.name}")


@pytest.mark.parametrize("field", list(typed_text_fields()))
def test_every_typed_text_field_is_bounded_at_model_level(field):
    assert field.max_length, f"{field} has no maximum length"
    # A TextField's max_length is only a form attribute; the validator holds everywhere.
    with pytest.raises(ValidationError) as caught:
        field.run_validators("x" * (field.max_length + 1))
    assert "characters or fewer" in caught.value.messages[0]
    field.run_validators("x" * min(field.max_length, 100))


@pytest.mark.django_db
def test_a_lab_summary_of_one_enormous_word_is_refused(lab_index, member):
    from tests import factories

    lab = factories.PolicyLabPageFactory(parent=lab_index, lead_member=member)
    lab.summary = "a" * 100_000
    with pytest.raises(ValidationError) as caught:
        lab.full_clean()
    assert f"Keep this to {SUMMARY_MAX_LENGTH} characters or fewer" in str(
        caught.value.message_dict["summary"]
    )


def paragraphs(count, length):
    return [{"type": "paragraph", "value": f"<p>{'w' * length}</p>"} for _ in range(count)]


def test_a_body_within_bounds_is_accepted():
    block = BaseStreamBlock()
    block.clean(block.to_python(paragraphs(3, 5_000)))


def test_a_body_whose_text_together_is_too_long_is_refused():
    block = BaseStreamBlock()
    # Each paragraph is within its own bound; together they are not.
    value = block.to_python(paragraphs(6, 19_000))
    with pytest.raises(StreamBlockValidationError) as caught:
        block.clean(value)
    message = caught.value.non_block_errors.as_data()[0].message
    assert f"{STREAM_TEXT_MAX_LENGTH:,} characters or fewer" in message


def test_one_enormous_paragraph_is_refused():
    block = BaseStreamBlock()
    with pytest.raises(StreamBlockValidationError):
        block.clean(block.to_python(paragraphs(1, 900_000)))


def test_toolkit_steps_are_bounded_too():
    block = ToolkitStepsBlock()
    steps = [
        {"type": "step", "value": {"title": f"Step {n}", "guidance": f"<p>{'w' * 19_000}</p>"}}
        for n in range(6)
    ]
    with pytest.raises(StreamBlockValidationError):
        block.clean(block.to_python(steps))


@pytest.mark.django_db
def test_wagtails_search_description_is_bounded_on_hub_pages(home_page):
    from tests import factories

    page = factories.StandardPageFactory(parent=home_page, title="About the network")
    page.search_description = "d" * 2_001
    with pytest.raises(ValidationError) as caught:
        page.full_clean()
    assert "characters or fewer" in str(caught.value.message_dict["search_description"])
    page.search_description = "d" * 2_000
    page.full_clean()
