"""Every StreamField block renders through its own template."""

import pytest
from django.core.exceptions import ValidationError
from django.template.loader import get_template
from wagtail.rich_text import RichText

from core import blocks
from tests import factories
from toolkits import blocks as toolkit_blocks


def render(block, raw):
    return block.render(block.to_python(raw) if not isinstance(raw, RichText) else raw)


def test_every_block_has_a_template_that_exists():
    for block_class in (
        blocks.LinkBlock,
        blocks.HeadingBlock,
        blocks.ParagraphBlock,
        blocks.ImageBlock,
        blocks.QuoteBlock,
        blocks.KeyFiguresBlock,
        blocks.DocumentLinkBlock,
        blocks.CallToActionBlock,
        blocks.BaseStreamBlock,
        toolkit_blocks.StepResourceBlock,
        toolkit_blocks.ToolkitStepBlock,
        toolkit_blocks.ToolkitStepsBlock,
    ):
        get_template(block_class().meta.template)


def test_link_block(case_study_index):
    block = blocks.LinkBlock()
    html = render(block, {"label": "Our stories", "page": case_study_index.pk, "url": ""})
    assert html.strip() == f'<a href="{case_study_index.url}">Our stories</a>'
    html = render(block, {"label": "CCIN", "page": None, "url": "https://www.councils.coop/"})
    assert html.strip() == '<a href="https://www.councils.coop/">CCIN</a>'


def test_navigation_links_also_take_a_path_on_the_hub():
    block = blocks.NavigationLinkBlock()
    for url in ("/apply/", "https://www.councils.coop/"):
        value = block.clean(block.to_python({"label": "Apply", "page": None, "url": url}))
        assert block.render(value).strip() == f'<a href="{url}">Apply</a>'
    for url in ("apply", "//elsewhere.example/", "/a path/", "javascript:alert(1)"):
        with pytest.raises(ValidationError):
            block.clean(block.to_python({"label": "Apply", "page": None, "url": url}))


def test_heading_block_levels():
    block = blocks.HeadingBlock()
    assert render(block, {"text": "What changed", "level": "h2"}).strip() == "<h2>What changed</h2>"
    assert render(block, {"text": "Detail", "level": "h3"}).strip() == "<h3>Detail</h3>"


def test_paragraph_block():
    html = blocks.ParagraphBlock().render(RichText("<p>Residents <b>led</b> it.</p>"))
    assert '<div class="rich-text"><p>Residents <b>led</b> it.</p></div>' in html


@pytest.mark.django_db
def test_image_block_uses_its_own_alt_text_and_caption():
    image = factories.ImageFactory(description="Not this one")
    html = render(
        blocks.ImageBlock(),
        {"image": image.pk, "alt_text": "Residents at the assembly", "caption": "June 2024"},
    )
    assert "<figure" in html
    assert 'alt="Residents at the assembly"' in html
    assert "Not this one" not in html
    assert "<figcaption>June 2024</figcaption>" in html
    assert "srcset=" in html and "format-webp" in html


def test_quote_block():
    html = render(blocks.QuoteBlock(), {"quote": "With, not to.", "attribution": "A leader"})
    assert "<blockquote><p>With, not to.</p></blockquote>" in html
    assert "<figcaption>A leader</figcaption>" in html
    html = render(blocks.QuoteBlock(), {"quote": "Anonymous", "attribution": ""})
    assert "figcaption" not in html


def test_key_figures_block():
    html = render(
        blocks.KeyFiguresBlock(),
        [{"figure": "£1.6m", "label": "kept local"}, {"figure": "75", "label": "residents"}],
    )
    assert '<dl class="key-figures">' in html
    assert "<dt>kept local</dt>" in html and "<dd>£1.6m</dd>" in html
    assert "<dd>75</dd>" in html


@pytest.mark.django_db
def test_document_link_block():
    document = factories.DocumentFactory(title="Final report", file_size=3_500_000)
    html = render(blocks.DocumentLinkBlock(), {"document": document.pk, "label": ""})
    assert f'href="{document.url}"' in html
    assert "Final report" in html
    assert "(TXT, 3.3\xa0MB)" in html
    html = render(blocks.DocumentLinkBlock(), {"document": document.pk, "label": "Read it"})
    assert "Read it" in html


def test_call_to_action_block():
    html = render(
        blocks.CallToActionBlock(),
        {
            "heading": "Share your story",
            "text": "Tell the network.",
            "link": {"label": "Get in touch", "page": None, "url": "https://example.org/"},
        },
    )
    assert "Share your story" in html and "Tell the network." in html
    assert '<a class="button" href="https://example.org/">Get in touch</a>' in html


def test_stream_block_renders_each_child():
    block = blocks.BaseStreamBlock()
    value = block.to_python(
        [
            {"type": "heading", "value": {"text": "Background", "level": "h2"}},
            {"type": "quote", "value": {"quote": "Together.", "attribution": ""}},
        ]
    )
    html = block.render(value)
    assert "stream__block--heading" in html and "<h2>Background</h2>" in html
    assert "stream__block--quote" in html


@pytest.mark.django_db
def test_toolkit_steps_render_as_an_ordered_list_with_resources():
    document = factories.DocumentFactory(title="Workshop plan")
    block = toolkit_blocks.ToolkitStepsBlock()
    value = block.to_python(
        [
            {
                "type": "step",
                "value": {
                    "title": "Map who is affected",
                    "guidance": "<p>List them.</p>",
                    "resources": [
                        {"type": "document", "value": document.pk},
                        {
                            "type": "link",
                            "value": {
                                "label": "Guide",
                                "page": None,
                                "url": "https://example.org/",
                            },
                        },
                    ],
                },
            },
            {"type": "step", "value": {"title": "Invite", "guidance": "<p>Ask.</p>"}},
        ]
    )
    html = block.render(value)
    assert html.strip().startswith('<ol class="steps">')
    assert html.count('<li class="step">') == 2
    assert '<h3 class="step__title">Map who is affected</h3>' in html
    assert "<p>List them.</p>" in html
    assert f'href="{document.url}"' in html and "Workshop plan" in html
    assert '<a href="https://example.org/">Guide</a>' in html
    assert html.index("Map who is affected") < html.index("Invite")
