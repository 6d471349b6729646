"""Shared pieces of the bulk importers: reading files, checking values, Markdown to rich text,
running records one by one (each in its own savepoint) and reporting what happened.

A feature app supplies an importer with `import_record(record) -> Outcome`; `run_import` does
the rest. Nothing here imports a feature app.
"""

import csv
import io
import json
import logging
import re
from dataclasses import dataclass, field
from html import escape
from html.parser import HTMLParser
from pathlib import Path

import markdown
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.core.validators import EmailValidator, URLValidator
from django.db import DatabaseError, transaction
from django.utils.text import slugify

from .validators import PHONE_NUMBER

CREATED, UPDATED, UNCHANGED, SKIPPED = "created", "updated", "unchanged", "skipped"


class RecordError(Exception):
    """A record that cannot be imported; the message says why, in words comms can act on."""


@dataclass
class Outcome:
    action: str
    label: str
    changes: list = field(default_factory=list)
    warnings: list = field(default_factory=list)


@dataclass
class ReportLine:
    position: int
    outcome: Outcome


class DryRunRollback(Exception):
    """Raised at the end of a dry run to undo everything it did."""


# Reading files


def read_json_records(path):
    """The records of a JSON file holding an array of objects, numbered from 1."""
    text = read_text(path)
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise CommandError(
            f"{path} is not valid JSON: {error.msg} at line {error.lineno}, column {error.colno}."
        ) from error
    if not isinstance(data, list):
        raise CommandError(
            f"{path} must hold a JSON array of records ([{{...}}, {{...}}]), "
            f"not a {type(data).__name__}."
        )
    return list(enumerate(data, start=1))


def read_csv_records(path):
    """The rows of a CSV file as dicts keyed by normalised column names, numbered as in a
    spreadsheet (the header is row 1). Copes with Excel's habits: a byte-order mark, Windows
    line endings, Windows-1252 text, semicolon separators and blank trailing rows."""
    text = read_text(path)
    if not text.strip():
        raise CommandError(f"{path} is empty.")
    try:
        dialect = csv.Sniffer().sniff(text[:4096].split("\n", 1)[0], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    reader = csv.reader(io.StringIO(text, newline=""), dialect)
    try:
        rows = list(reader)
    except csv.Error as error:
        raise CommandError(f"{path} is not a readable CSV file: {error}.") from error
    header = [column_key(name) for name in rows[0]]
    if not any(header):
        raise CommandError(f"{path} has no header row naming its columns.")
    records = []
    for number, row in enumerate(rows[1:], start=2):
        if not any(cell.strip() for cell in row):
            continue
        if len(row) > len(header):
            extra = [cell for cell in row[len(header) :] if cell.strip()]
            if extra:
                records.append((number, {"__error__": "it has more cells than the header"}))
                continue
        records.append((number, {key: cell for key, cell in zip(header, row, strict=False) if key}))
    return records


def read_text(path):
    try:
        data = Path(path).read_bytes()
    except OSError as error:
        raise CommandError(f"Cannot read {path}: {error.strerror}.") from error
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        # Excel on Windows saves "CSV" in the Windows code page.
        return data.decode("cp1252", errors="replace")


def column_key(name):
    """'Member type ' -> 'member_type', so headers may be written as people write them."""
    return re.sub(r"[^a-z0-9]+", "_", name.strip().lower()).strip("_")


# Checking values


def text_value(record, key, required=False, max_length=None):
    """A stripped string, or "" when absent; anything but a string or number is an error."""
    value = record.get(key)
    if value is None:
        value = ""
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        raise RecordError(f"{key} must be text, not {type(value).__name__}")
    value = str(value).strip()
    if required and not value:
        raise RecordError(f"{key} is missing")
    if max_length and len(value) > max_length:
        raise RecordError(f"{key} is longer than {max_length} characters")
    return value


def list_value(record, key, separators=";,"):
    """A list of strings from a JSON list or from text separated by commas or semicolons (or
    the given `separators`)."""
    value = record.get(key)
    if value in (None, ""):
        return []
    if isinstance(value, str):
        pattern = f"[{re.escape(separators)}]"
        return [item.strip() for item in re.split(pattern, value) if item.strip()]
    if isinstance(value, list) and all(
        isinstance(item, str | int) and not isinstance(item, bool) for item in value
    ):
        return [str(item).strip() for item in value if str(item).strip()]
    raise RecordError(f"{key} must be a list of names or text separated by commas")


def year_value(record, key, minimum, maximum):
    value = record.get(key)
    if value in (None, ""):
        return None
    if isinstance(value, bool):
        raise RecordError(f"{key} must be a year such as 2021, not {value!r}")
    try:
        year = int(str(value).strip())
    except ValueError:
        raise RecordError(f"{key} must be a year such as 2021, not {value!r}") from None
    if not minimum <= year <= maximum:
        raise RecordError(f"{key} {year} is not between {minimum} and {maximum}")
    return year


def email_value(record, key):
    value = text_value(record, key, max_length=254)
    if value:
        try:
            EmailValidator()(value)
        except ValidationError:
            raise RecordError(f"{key} {value!r} is not a valid email address") from None
    return value


def url_value(record, key):
    value = text_value(record, key, max_length=200)
    if value:
        if "://" not in value:
            value = f"https://{value}"
        try:
            URLValidator(schemes=["http", "https"])(value)
        except ValidationError:
            raise RecordError(f"{key} {value!r} is not a valid web address") from None
    return value


def url_values(record, key):
    """Web addresses from a JSON list or from text separated by semicolons or spaces (as the
    booklet prints them: "https://www.a.org.uk; www.b.org.uk"), each checked."""
    value = record.get(key)
    if value in (None, "", []):
        return []
    if isinstance(value, str):
        items = [item for item in re.split(r"[;\s]+", value) if item]
    elif isinstance(value, list) and all(isinstance(item, str) for item in value):
        items = [item.strip() for item in value if item.strip()]
    else:
        raise RecordError(f"{key} must be a web address, a list of them or text separated by ';'")
    return list(dict.fromkeys(url_value({key: item}, key) for item in items))


CONTACT_FIELDS = ("name", "role", "email", "phone")


def contact_values(record):
    """The record's contacts as dicts of name, role, email and phone, in order; None when the
    record gives none. Either `contacts`, a list of objects with those keys, or the flat fields
    contact_name, contact_role, contact_email and contact_phone, where "a; b" gives several
    contacts: values pair up in order, a field with one value is shared by every contact, and
    an empty place ("a@x.org;") leaves that contact without one."""
    given = record.get("contacts")
    if given not in (None, "", []):
        if not isinstance(given, list) or not all(isinstance(item, dict) for item in given):
            raise RecordError("contacts must be a list of objects with name, role, email, phone")
        contacts = []
        for number, item in enumerate(given, start=1):
            unknown = sorted(set(item) - set(CONTACT_FIELDS))
            if unknown:
                raise RecordError(f"contact {number} has an unknown field {unknown[0]!r}")
            contacts.append(checked_contact(item, number, "{field}"))
        return contacts
    columns = {}
    for part in CONTACT_FIELDS:
        text = text_value(record, f"contact_{part}")
        if text:
            columns[part] = [value.strip() for value in text.split(";")]
    if not columns:
        return None
    count = max(len(values) for values in columns.values())
    for part, values in columns.items():
        if len(values) not in (1, count):
            most = max(columns, key=lambda name: len(columns[name]))
            raise RecordError(
                f"contact_{part} has {len(values)} values separated by ';' but contact_{most} "
                f"has {count}: give one for each contact, in the same order, or one for all"
            )
    return [
        checked_contact(
            {part: values[0 if len(values) == 1 else n] for part, values in columns.items()},
            n + 1,
            "contact_{field}",
        )
        for n in range(count)
    ]


def checked_contact(item, number, key_pattern):
    """One contact's values, checked; `key_pattern` names a field in messages."""

    def read(field, max_length):
        key = key_pattern.format(field=field)
        return text_value({key: item.get(field)}, key, max_length=max_length)

    contact = {"name": read("name", 255), "role": read("role", 255), "phone": read("phone", 40)}
    email_key = key_pattern.format(field="email")
    contact["email"] = email_value({email_key: item.get("email")}, email_key)
    if contact["phone"]:
        try:
            PHONE_NUMBER(contact["phone"])
        except ValidationError:
            raise RecordError(
                f"contact {number}: {contact['phone']!r} is not a telephone number"
            ) from None
    if not (contact["name"] or contact["email"] or contact["phone"]):
        raise RecordError(f"contact {number} has no name, email address or phone number")
    return {field: contact[field] for field in CONTACT_FIELDS}


def unique_slug(parent, title):
    """A slug for a new child of `parent` that no sibling uses."""
    base = slugify(title)[:240] or "page"
    taken = set(parent.get_children().values_list("slug", flat=True))
    slug, number = base, 2
    while slug in taken:
        slug = f"{base}-{number}"
        number += 1
    return slug


# Markdown to rich text

ALLOWED_TAGS = {
    "p": "p",
    "ul": "ul",
    "ol": "ol",
    "li": "li",
    "strong": "b",
    "b": "b",
    "em": "i",
    "i": "i",
    "a": "a",
    "br": "br",
}
HEADING_TAGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
SAFE_LINK = re.compile(r"^(https?://|mailto:|/)", re.IGNORECASE)


class _RichTextCleaner(HTMLParser):
    """Keeps the tags Wagtail's rich text editor allows here, with safe links only, and drops
    any other tag typed into the Markdown (keeping its text; scripts and styles go whole), so
    nothing in an import file can run on the site. Top-level headings are split out, as the body
    stream has heading blocks of its own."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []  # ("html", text) or ("heading", text)
        self.current = []
        self.heading = None
        self.depth = 0
        self.skip = 0
        self.links = []  # for each open <a>: whether it was kept

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1
            return
        if tag in HEADING_TAGS and self.depth == 0:
            self._flush()
            self.heading = []
            return
        if tag in ALLOWED_TAGS and self.heading is None:
            name = ALLOWED_TAGS[tag]
            if name == "a":
                href = (dict(attrs).get("href") or "").strip()
                self.links.append(bool(SAFE_LINK.match(href)))
                if not self.links[-1]:
                    return
                self.current.append(f'<a href="{escape(href)}">')
            else:
                self.current.append(f"<{name}>" if name != "br" else "<br/>")
            if tag in ("p", "ul", "ol"):
                self.depth += 1

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.skip = max(self.skip - 1, 0)
            return
        if tag in HEADING_TAGS and self.heading is not None:
            self.parts.append(("heading", "".join(self.heading).strip()))
            self.heading = None
            return
        if tag in ALLOWED_TAGS and tag != "br" and self.heading is None:
            name = ALLOWED_TAGS[tag]
            if name == "a" and not (self.links and self.links.pop()):
                return
            self.current.append(f"</{name}>")
            if tag in ("p", "ul", "ol"):
                self.depth -= 1

    def handle_data(self, data):
        if self.skip or (self.depth == 0 and self.heading is None and not data.strip()):
            return
        if self.heading is not None:
            self.heading.append(data)
        else:
            self.current.append(escape(data, quote=False))

    def _flush(self):
        html = "".join(self.current).strip()
        if html:
            self.parts.append(("html", html))
        self.current = []

    def result(self):
        self._flush()
        return self.parts


def markdown_parts(text):
    """Markdown (paragraphs, '- ' lists, emphasis, links, '#' headings) as a list of
    ("html", rich text HTML) and ("heading", text) parts, in order."""
    cleaner = _RichTextCleaner()
    cleaner.feed(markdown.markdown(text.replace("\r\n", "\n").strip()))
    cleaner.close()
    return cleaner.result()


def markdown_to_rich_text(text):
    """Markdown as one rich text HTML string (headings become bold paragraphs)."""
    html = []
    for kind, value in markdown_parts(text):
        html.append(f"<p><b>{escape(value, quote=False)}</b></p>" if kind == "heading" else value)
    return "".join(html)


def plain_text(html):
    return " ".join(re.sub(r"<[^>]+>", " ", html).split())


def first_sentences(text, limit=240):
    """A summary cut from body text: whole words, at most `limit` characters."""
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0].rstrip(",;:")
    return f"{cut}…"


# Running an import


def _unstyled(text):
    """Written to stderr without the error colour Django's OutputWrapper gives it."""
    return text


class ProgressBar:
    """A one-line text progress bar, redrawn in place on a terminal."""

    def __init__(self, stream, total, width=30, enabled=True):
        self.stream, self.total, self.width, self.enabled = stream, total, width, enabled
        self.done = 0

    def advance(self):
        self.done += 1
        if not self.enabled:
            return
        filled = int(self.width * self.done / self.total) if self.total else self.width
        bar = "#" * filled + "-" * (self.width - filled)
        self.stream.write(f"\rImporting [{bar}] {self.done}/{self.total}", _unstyled, ending="")
        if self.done == self.total:
            self.stream.write("", _unstyled)
        self.stream.flush()


def run_import(records, importer, dry_run=False, progress=None):
    """Import each (position, record) in its own savepoint; a record that fails is rolled back
    and reported, and the rest go on. A dry run does everything, then rolls it all back."""
    lines = []
    try:
        with transaction.atomic():
            for position, record in records:
                lines.append(ReportLine(position, _import_one(importer, record)))
                if progress:
                    progress.advance()
            if dry_run:
                raise DryRunRollback
    except DryRunRollback:
        pass
    return lines


def _import_one(importer, record):
    if not isinstance(record, dict):
        return Outcome(SKIPPED, f"it is a {type(record).__name__}, not an object of fields")
    if "__error__" in record:
        return Outcome(SKIPPED, record["__error__"])
    state = importer.snapshot()
    try:
        with transaction.atomic():
            return importer.import_record(record)
    except RecordError as error:
        reason = str(error)
    except ValidationError as error:
        reason = "; ".join(validation_messages(error))
    except DatabaseError as error:
        reason = f"the database refused it ({error})"
    # The savepoint undid the record's writes; forget what it added to the lookups too.
    importer.restore(state)
    return Outcome(SKIPPED, reason)


class RecordsSkipped(CommandError):
    """Some records were skipped; the others were imported."""


class CachingImporter:
    """An importer that keeps lookups (name -> object) for the whole run, in dicts named in
    `caches`, so it reads each table once. A skipped record's additions are forgotten."""

    caches = ()

    def snapshot(self):
        return {name: getattr(self, name).copy() for name in self.caches}

    def restore(self, state):
        for name, value in state.items():
            setattr(self, name, value)


def validation_messages(error):
    if hasattr(error, "error_dict"):
        return [
            f"{name}: {message}"
            for name, messages in error.message_dict.items()
            for message in messages
        ]
    return list(error.messages)


def write_report(stdout, style, lines, noun, dry_run=False, position_word="record"):
    """Print one line per record and a summary of what was (or would be) done."""
    would = "would be " if dry_run else ""
    counts = {CREATED: 0, UPDATED: 0, UNCHANGED: 0, SKIPPED: 0}
    for line in lines:
        outcome = line.outcome
        counts[outcome.action] += 1
        where = f"{position_word.capitalize()} {line.position}"
        if outcome.action == SKIPPED:
            stdout.write(style.ERROR(f"{where}: skipped: {outcome.label}"))
            continue
        detail = f" ({'; '.join(outcome.changes)})" if outcome.changes else ""
        stdout.write(f"{where}: {would}{outcome.action}: {outcome.label}{detail}")
        for warning in outcome.warnings:
            stdout.write(style.WARNING(f"{where}: warning: {warning}"))
    summary = ", ".join(f"{count} {would}{action}" for action, count in counts.items())
    prefix = "Dry run, nothing was saved. " if dry_run else ""
    style_fn = style.WARNING if counts[SKIPPED] else style.SUCCESS
    stdout.write(style_fn(f"{prefix}{len(lines)} {noun}: {summary}."))
    return counts


def write_unmatched(stdout, style, unmatched):
    """List the organisation names that found no member profile, with the closest ones."""
    if not unmatched:
        return
    stdout.write(style.WARNING("Organisations that match no member profile:"))
    for name, titles in unmatched.items():
        if titles:
            closest = ", ".join(repr(title) for title in titles)
            hint = f'did you mean {closest}? Map it with --match "{name}={titles[0]}"'
        else:
            hint = "no profile has a similar name"
        stdout.write(style.WARNING(f"  {name!r}: {hint}"))


class ImportCommand(BaseCommand):
    """The shared shape of the import commands: a file, --dry-run, a progress bar, a report."""

    noun = "records"
    position_word = "record"

    def add_arguments(self, parser):
        parser.add_argument("file", help="The file to import.")
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Report what would be created, updated or skipped, and save nothing.",
        )
        parser.add_argument(
            "--draft",
            action="store_true",
            help="Create new pages as drafts for comms to review, rather than publishing them.",
        )
        parser.add_argument(
            "--match",
            action="append",
            default=[],
            metavar="NAME=PROFILE",
            help=(
                "Treat the organisation NAME in the file as the member profile PROFILE (its "
                "name, another name of it or its slug). Give it once for each name."
            ),
        )
        parser.add_argument("--no-progress", action="store_true", help="Hide the progress bar.")

    def read_records(self, path, options):
        raise NotImplementedError

    def make_importer(self, options):
        raise NotImplementedError

    def report_unmatched(self, importer):
        if hasattr(importer, "unmatched_names"):
            write_unmatched(self.stdout, self.style, importer.unmatched_names())

    def handle(self, *args, **options):
        records = self.read_records(options["file"], options)
        importer = self.make_importer(options)
        progress = ProgressBar(self.stderr, len(records), enabled=not options["no_progress"])
        # Wagtail logs every page created, edited and published; the report says it once.
        wagtail_logger = logging.getLogger("wagtail")
        level = wagtail_logger.level
        wagtail_logger.setLevel(max(level, logging.WARNING))
        try:
            lines = run_import(records, importer, dry_run=options["dry_run"], progress=progress)
        finally:
            wagtail_logger.setLevel(level)
        counts = write_report(
            self.stdout,
            self.style,
            lines,
            self.noun,
            dry_run=options["dry_run"],
            position_word=self.position_word,
        )
        self.report_unmatched(importer)
        if counts[SKIPPED]:
            # Exit with status 1 so that a script running the import notices; the good records
            # are kept (or, in a dry run, would be).
            kept = "would be kept" if options["dry_run"] else "were kept"
            raise RecordsSkipped(
                f"{counts[SKIPPED]} of {len(lines)} {self.noun} skipped (see above); "
                f"the others {kept}.",
                returncode=1,
            )
