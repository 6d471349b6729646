"""One-off conversion of the demo content from the Python modules in demo/data to the data files
in demo/content, in the importers' formats. Every piece of HTML becomes Markdown, and is checked
to give back the same rich text through the importers' Markdown reader before it is written.

    DJANGO_SETTINGS_MODULE=hub.settings.dev python -m demo.convert_python_data
"""

import json
import re
from html.parser import HTMLParser
from pathlib import Path

import django

django.setup()

from django.utils.text import slugify  # noqa: E402

from core.importing import markdown_blocks, markdown_to_rich_text  # noqa: E402
from demo.data import funding, labs, members, pages, toolkits  # noqa: E402
from demo.loader.case_studies import load_entries  # noqa: E402
from demo.loader.names import NameIndex  # noqa: E402

CONTENT = Path(__file__).parent / "content"
SPECIAL = re.compile(r"([\\`*_\[\]])")
ORDERED_ITEM = re.compile(r"^(\d+)([.)]) ")


def escape_markdown(text):
    return SPECIAL.sub(r"\\\1", text).replace("<", "&lt;")


def block_safe(text):
    """Text that starts a paragraph without starting a heading, list or quote."""
    if ORDERED_ITEM.match(text):
        return ORDERED_ITEM.sub(r"\1\\\2 ", text, count=1)
    if text[:1] in ("#", ">") or text[:2] in ("- ", "+ "):
        return "\\" + text
    return text


class ToMarkdown(HTMLParser):
    """HTML of p, ul, ol, li, b, strong, i, em, a and br as Markdown."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.blocks, self.inline, self.lists, self.links = [], [], [], []

    def handle_starttag(self, tag, attrs):
        if tag in ("ul", "ol"):
            self._end_block()
            self.lists.append([tag, 0])
        elif tag == "li":
            kind, count = self.lists[-1]
            self.lists[-1][1] = count + 1
            self.inline = [f"{count + 1}. " if kind == "ol" else "- "]
        elif tag == "p":
            self._end_block()
        elif tag in ("b", "strong"):
            self.inline.append("**")
        elif tag in ("i", "em"):
            self.inline.append("*")
        elif tag == "a":
            self.links.append(dict(attrs)["href"])
            self.inline.append("[")
        elif tag == "br":
            self.inline.append("  \n")
        else:
            raise ValueError(f"unexpected tag {tag}")

    def handle_endtag(self, tag):
        if tag in ("ul", "ol"):
            self.lists.pop()
            self.blocks.append("\n".join(self.list_items))
            self.list_items = []
        elif tag == "li":
            self.list_items.append("".join(self.inline).strip())
            self.inline = []
        elif tag == "p":
            self._end_block()
        elif tag in ("b", "strong"):
            self.inline.append("**")
        elif tag in ("i", "em"):
            self.inline.append("*")
        elif tag == "a":
            self.inline.append(f"]({self.links.pop()})")

    def handle_data(self, data):
        text = escape_markdown(data)
        if not self.inline:
            text = text.lstrip()
            if not self.lists:
                text = block_safe(text)
        self.inline.append(text)

    def _end_block(self):
        text = "".join(self.inline).strip()
        if text:
            self.blocks.append(text)
        self.inline = []

    list_items = []


def to_markdown(html):
    parser = ToMarkdown()
    parser.list_items = []
    parser.feed(html)
    parser.close()
    parser._end_block()
    return "\n\n".join(parser.blocks)


class Tokens(HTMLParser):
    """HTML as a list of tags and text, for comparing two pieces of HTML."""

    NAMES = {"strong": "b", "em": "i"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tokens = []

    def handle_starttag(self, tag, attrs):
        self.tokens.append(("<", self.NAMES.get(tag, tag), tuple(attrs)))

    def handle_endtag(self, tag):
        self.tokens.append((">", self.NAMES.get(tag, tag)))

    def handle_data(self, data):
        text = " ".join(data.split())
        if text:
            if self.tokens and self.tokens[-1][0] == "text":
                self.tokens[-1] = ("text", self.tokens[-1][1] + " " + text)
            else:
                self.tokens.append(("text", text))


def tokens(html):
    parser = Tokens()
    parser.feed(html)
    parser.close()
    return parser.tokens


def rich_text(html):
    """Markdown for a rich text field, checked to read back as the same HTML."""
    markdown = to_markdown(html)
    assert tokens(markdown_to_rich_text(markdown)) == tokens(html), (html, markdown)
    return markdown


def plain_paragraph(text):
    """Markdown for plain text the old loader wrapped in one paragraph."""
    markdown = block_safe(escape_markdown(text))
    assert tokens(markdown_to_rich_text(markdown)) == tokens(f"<p>{text}</p>")
    return markdown


def heading_text(value):
    if isinstance(value, dict):
        return value["text"], value.get("level", "h2")
    return value, "h2"


def body(items):
    """The old (block type, value) pairs as Markdown text and objects; checked."""
    parts, text, expected = [], [], []
    for kind, value in items:
        if kind == "heading":
            heading, level = heading_text(value)
            text.append(("#" * int(level[1])) + " " + escape_markdown(heading))
            expected.append(("heading", {"text": heading, "level": level}))
        elif kind == "paragraph":
            text.append(to_markdown(value))
            if expected and expected[-1][0] == "paragraph":
                expected[-1] = ("paragraph", expected[-1][1] + value)
            else:
                expected.append(("paragraph", value))
        else:
            if text:
                parts.append("\n\n".join(text))
                text = []
            if kind == "key_figures":
                figures = [{"figure": str(i["figure"]), "label": i["label"]} for i in value]
                parts.append({"key_figures": figures})
            elif kind == "quote":
                quote = {"quote": value, "attribution": ""} if isinstance(value, str) else value
                parts.append({"quote": quote["quote"], "attribution": quote.get("attribution", "")})
            elif kind == "call_to_action":
                parts.append({"call_to_action": value})
            else:
                raise ValueError(kind)
            expected.append((kind, None))
    if text:
        parts.append("\n\n".join(text))
    check_body(parts, expected)
    return parts[0] if len(parts) == 1 and isinstance(parts[0], str) else parts


def check_body(parts, expected):
    got = []
    for part in parts:
        if isinstance(part, str):
            for kind, value in markdown_blocks(part):
                if got and kind == "paragraph" and got[-1][0] == "paragraph":
                    got[-1] = ("paragraph", got[-1][1] + value)
                else:
                    got.append((kind, value))
        else:
            got.append((next(iter(part)), None))
    assert len(got) == len(expected), (got, expected)
    for (kind, value), (want_kind, want) in zip(got, expected, strict=True):
        assert kind == want_kind, (kind, want_kind)
        if kind == "paragraph":
            assert tokens(value) == tokens(want), (value, want)
        elif kind == "heading":
            assert value == want, (value, want)


def contacts(data):
    name, role = data.get("contact_name", ""), data.get("contact_role", "")
    if not name:
        name, role = role, ""
    return [{"name": name, "role": role}] if name else []


def write(name, data):
    path = CONTENT / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def logo_title(name):
    return f"{name} logo"


def card_title(title):
    return f"{title} (listing image)"


def main():
    images, documents = [], []
    names = NameIndex([member["name"] for member in members.MEMBERS], members.MEMBER_ALIASES)

    # Members
    member_records = []
    for data in members.MEMBERS:
        record = {
            "name": data["name"],
            "also_known_as": names.other_names(data["name"]),
            "member_type": data["member_type"].label,
            "organisation_kind": data["organisation_kind"].label,
            "region": data["region"] or "",
            "website": data["website"],
            "lead_member_name": data.get("lead_member_name", ""),
            "lead_member_role": data.get("lead_member_role", ""),
            "contacts": contacts(data),
            "introduction": plain_paragraph(data["introduction"]),
            "logo": logo_title(data["name"]),
        }
        member_records.append({key: value for key, value in record.items() if value})
        images.append(
            {
                "title": logo_title(data["name"]),
                "collection": "Member logos",
                "description": (
                    f"Logo tile for {data['name']}: its initials on a coloured background"
                ),
                "drawing": "logo",
                "text": data["name"],
            }
        )
    write("members.json", member_records)

    # Partner organisations: those the labs name, then those the stories name
    partners = [
        {
            key: value
            for key, value in {
                "name": data["name"],
                "kind": data["kind"].label,
                "website": data["website"],
                "description": data["description"],
            }.items()
            if value
        }
        for data in members.PARTNER_ORGANISATIONS
    ]
    known = {slugify(partner["name"]) for partner in partners}
    entries = load_entries()
    for entry in entries:
        for name in entry.get("partner_organisations", []):
            if name not in names and slugify(name) not in known:
                known.add(slugify(name))
                partners.append({"name": name, "kind": "Other organisation"})
    write("partner_organisations.json", partners)

    # Case studies
    stories = []
    for position, entry in enumerate(entries):
        record = {
            "title": entry["title"],
            "organisation": entry["lead"],
            "partner_organisation": [
                *entry.get("partner_members", []),
                *entry.get("partner_organisations", []),
            ],
            "year": entry["year"],
            "summary": entry["summary"],
            "themes": entry["themes"],
            "principles": entry["principles"],
            "contacts": contacts(entry),
            "body": body(entry["body"]),
        }
        # Two stories in three have a title card; the rest show how cards look without.
        if position % 3 != 2:
            record["listing_image"] = card_title(entry["title"])
            images.append(
                {
                    "title": card_title(entry["title"]),
                    "collection": "Case study images",
                    "description": f"Title card for the case study: {entry['title']}",
                    "drawing": "title card",
                    "text": entry["title"],
                    "label": "Case study",
                }
            )
        stories.append({key: value for key, value in record.items() if value not in ("", [])})
    write("case_studies.json", stories)

    # Labs
    lab_records = []
    for data in labs.LABS:
        record = {
            "title": data["title"],
            "slug": data["slug"],
            "organisation": data["lead"],
            "partner_organisation": [*data["partner_members"], *data["partner_organisations"]],
            "kind": data["kind"].label,
            "round_year": data["round_year"],
            "amount_awarded": str(data["amount_awarded"]),
            "status": data["status"].label,
            "summary": data["summary"],
            "aims_and_outcomes": rich_text(data["aims_and_outcomes"]),
            "cooperative_difference": rich_text(data["cooperative_difference"]),
            "themes": data["themes"],
            "principles": data["principles"],
            "contacts": contacts(data),
            "listing_image": card_title(data["title"]),
        }
        lab_records.append(record)
        images.append(
            {
                "title": card_title(data["title"]),
                "collection": "Policy lab images",
                "description": data["image_description"],
                "drawing": "title card",
                "text": data["title"],
                "label": data["kind"].label,
            }
        )
        report = data["final_report"]
        if report:
            source = f"documents/{data['slug']}-final-report.md"
            documents.append(
                {
                    "title": report["title"],
                    "final_report_of": data["title"],
                    "drawing": "report",
                    "source": source,
                }
            )
            sections = [
                f"## {heading}\n\n" + "\n\n".join(paragraphs)
                for heading, paragraphs in report["sections"]
            ]
            (CONTENT / source).parent.mkdir(parents=True, exist_ok=True)
            (CONTENT / source).write_text("\n\n".join(sections) + "\n", encoding="utf-8")
    write("labs.json", lab_records)

    # Toolkits
    toolkit_records = []
    lab_titles = {lab["slug"]: lab["title"] for lab in labs.LABS}
    for data in toolkits.TOOLKITS:
        lead = names.find(data["related_case_studies_lead"])
        resource = data["resource"]
        source = f"documents/{slugify(resource['title'])}.md"
        toolkit_records.append(
            {
                "title": data["title"],
                "slug": data["slug"],
                "summary": data["summary"],
                "audience": data["audience"],
                "introduction": rich_text(data["introduction"]),
                "steps": [
                    {"title": title, "guidance": rich_text(guidance)}
                    for title, guidance in data["steps"]
                ],
                "body": body(data["body"]),
                "themes": data["themes"],
                "principles": data["principles"],
                "originating_lab": lab_titles[data["originating_lab"]],
                "related_case_studies": [
                    entry["title"] for entry in entries if names.find(entry["lead"]) == lead
                ],
                "resources": [
                    {"document": resource["title"], "description": resource["description"]}
                ],
                "listing_image": card_title(data["title"]),
            }
        )
        images.append(
            {
                "title": card_title(data["title"]),
                "collection": "Toolkit images",
                "description": f"Title card for the toolkit: {data['title']}",
                "drawing": "title card",
                "text": data["title"],
                "label": "Toolkit",
            }
        )
        documents.insert(
            0,
            {
                "title": resource["title"],
                "collection": "Toolkit resources",
                "drawing": "checklist",
                "source": source,
            },
        )
        items = "\n".join(f"- {item}" for item in resource["items"])
        (CONTENT / source).write_text(f"# {resource['heading']}\n\n{items}\n", encoding="utf-8")
    write("toolkits.json", toolkit_records)

    # Standard pages and the site around them
    write(
        "standard_pages.json",
        [
            {
                "title": data["title"],
                "slug": data["slug"],
                "introduction": data["introduction"],
                "body": body(data["body"]),
            }
            for data in pages.STANDARD_PAGES
        ],
    )
    index_slugs = {key: data["slug"] for key, data in pages.INDEX_PAGES.items()}

    def link(label, target):
        kind, key = target
        if kind == "index":
            return {"label": label, "page": index_slugs[key]}
        if kind == "standard":
            return {"label": label, "page": key}
        return {"label": label, "url": key}

    round_data = funding.DEMONSTRATION_ROUND
    write(
        "site.json",
        {
            "home_introduction": rich_text(pages.HOME_INTRODUCTION),
            "featured_case_studies": pages.FEATURED_CASE_STUDY_TITLES,
            "index_pages": [
                {
                    "type": key,
                    "title": data["title"],
                    "slug": data["slug"],
                    "introduction": rich_text(data["introduction"]),
                }
                for key, data in pages.INDEX_PAGES.items()
            ],
            "primary_navigation": [link(*item) for item in pages.PRIMARY_NAVIGATION],
            "footer_navigation": [link(*item) for item in pages.FOOTER_NAVIGATION],
            "footer_text": rich_text(pages.FOOTER_TEXT),
            "contact_email": pages.CONTACT_EMAIL,
            "funding_round": {
                "title": round_data["title"],
                "slug": round_data["slug"],
                "kind": round_data["kind"].label,
                "minimum_amount": str(round_data["minimum_amount"]),
                "maximum_amount": str(round_data["maximum_amount"]),
                "minimum_partner_members": round_data["minimum_partner_members"],
                "open_for_weeks": funding.OPEN_FOR_WEEKS,
                "guidance": rich_text(round_data["guidance"]),
            },
        },
    )
    write("images.json", images)
    write("documents.json", documents)


if __name__ == "__main__":
    main()
