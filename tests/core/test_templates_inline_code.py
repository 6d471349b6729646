"""No template under templates/ holds code a strict Content Security Policy would refuse.

Scripts and styles live in static files; the only inline exceptions are an element carrying the
request's nonce (`nonce="{{ request.csp_nonce }}"`) and data blocks (JSON-LD), which browsers
never run and so never hold to the policy. A data block carries no nonce: pages are cached
whole, and a nonce must be new for every response.
"""

import re
from pathlib import Path

import pytest

TEMPLATES = Path(__file__).resolve().parents[2] / "templates"
TAG = re.compile(r"<(?P<name>[a-zA-Z][\w-]*)(?P<attrs>(?:[^>\"']|\"[^\"]*\"|'[^']*')*)>", re.S)
NONCE = re.compile(r"\snonce\s*=\s*[\"']\{\{\s*request\.csp_nonce\s*\}\}[\"']")
DATA_BLOCK = re.compile(r"\stype\s*=\s*[\"']application/(ld\+)?json[\"']")


def problems(html):
    """What in this template a strict policy would block, as short descriptions."""
    found = []
    for match in TAG.finditer(html):
        name = match["name"].lower()
        attrs = match["attrs"]
        has_nonce = bool(NONCE.search(attrs))
        is_data = bool(DATA_BLOCK.search(attrs))
        inline = name == "script" and not re.search(r"\ssrc\s*=", attrs)
        if inline and not (has_nonce or is_data):
            found.append("inline <script> without a nonce")
        if name == "script" and is_data and has_nonce:
            found.append("data block with a nonce")
        if name == "style" and not has_nonce:
            found.append("<style> block without a nonce")
        if re.search(r"\sstyle\s*=", attrs):
            found.append(f"style attribute on <{name}>")
        if handler := re.search(r"\s(on[a-z]+)\s*=", attrs):
            found.append(f"inline event handler {handler[1]} on <{name}>")
        if re.search(r"=\s*[\"']?\s*javascript:", attrs, re.I):
            found.append(f"javascript: address on <{name}>")
    return found


def all_templates():
    return sorted(TEMPLATES.rglob("*.html"))


def test_there_are_templates_to_check():
    assert len(all_templates()) > 20


@pytest.mark.parametrize(
    "html, expected",
    [
        ("<script>alert(1)</script>", ["inline <script> without a nonce"]),
        ('<script src="/static/js/a.js" defer></script>', []),
        ('<script nonce="{{ request.csp_nonce }}">go()</script>', []),
        ('<script type="application/ld+json">{}</script>', []),
        (
            '<script type="application/ld+json" nonce="{{ request.csp_nonce }}">{}</script>',
            ["data block with a nonce"],
        ),
        ("<style>p { color: red }</style>", ["<style> block without a nonce"]),
        ('<style nonce="{{ request.csp_nonce }}">p {}</style>', []),
        ('<p class="a" style="color: red">x</p>', ["style attribute on <p>"]),
        ('<button onclick="go()">x</button>', ["inline event handler onclick on <button>"]),
        ('<a href="javascript:go()">x</a>', ["javascript: address on <a>"]),
        ('<div data-style="x" data-onclick="y">x</div>', []),
        ('<a href="{% url "x" %}" class="{% if a > b %}on{% endif %}">x</a>', []),
    ],
)
def test_the_scanner_finds_what_a_strict_policy_refuses(html, expected):
    assert problems(html) == expected


@pytest.mark.parametrize(
    "template", all_templates(), ids=lambda path: str(path.relative_to(TEMPLATES))
)
def test_template_has_no_inline_code(template):
    assert problems(template.read_text()) == []
