"""The network's "Co-operative Case Studies 2020" booklet (the 004 document), converted record by
record into import_case_studies' JSON, with the booklet's own text, contacts and web addresses.

The document is the booklet's text as a PDF converter gave it, so its layout shows through:
a story starts at its organisation's line (as the contents list names it) followed by its title;
a contact block ("For further information, contact:") may come after the next story has begun,
so blocks go to stories in order; a page's web address can stray below the next block. This
module only reads the document; it never reaches the hub, which never reads ../shared.
"""

import os
import re
from dataclasses import dataclass, field
from pathlib import Path

BOOKLET = "004_ed8c74dcf691da1a.txt"
YEAR = 2020  # "Co-operative Case Studies 2020"

CONTACT_START = re.compile(r"^For further information,? contact:?$", re.IGNORECASE)
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
WEB = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
PHONE = re.compile(r"(?:\bt:\s*)?(\+?\d[\d ()-]{6,}\d)")
LABEL = re.compile(r"(?:^|\s)[et]:(?=\s|$)")
# A lone domain with no "www." is a logo's caption in the PDF ("branding.cop"), not an address.
LOGO_CAPTION = re.compile(r"^[\w-]+\.[a-z]{2,4}$")
JOB_WORDS = re.compile(
    r"\b(manager|manger|officer|director|head|lead|ceo|partner|consultant|specialist|"
    r"co-ordinator|coordinator|principal|solicitor|scientist|chief|executive|council|services|"
    r"city|ltd)\b",
    re.IGNORECASE,
)
BLANK_RUN_ENDING_A_BLOCK = 6
NOT_PARTNERS = {"the ccin"}  # the network itself


@dataclass
class Story:
    head: str
    title: str
    start: int  # the line index of the head
    body_from: int = 0  # the first line after the title
    body_end: int = 0  # the next story's head
    body_lines: list = field(default_factory=list)
    contacts: list = field(default_factory=list)
    websites: list = field(default_factory=list)
    has_block: bool = False

    @property
    def organisation(self):
        return self.head.split(" working with ")[0].strip()

    @property
    def partners(self):
        if " working with " not in self.head:
            return []
        named = self.head.split(" working with ", 1)[1].strip()
        if named.lower() in NOT_PARTNERS:
            return []
        plural = re.fullmatch(r"(.+) and (.+) Councils", named)
        if plural:  # "Salford and Rochdale Councils"
            return [f"{plural[1]} Council", f"{plural[2]} Council"]
        return [part.strip() for part in named.split(" and ") if part.strip()]

    def record(self):
        data = {
            "title": self.title,
            "organisation": self.organisation,
            "body": markdown(self.body_lines),
            "year": YEAR,
        }
        if self.partners:
            data["partner_organisation"] = self.partners
        if self.contacts:
            # The booklet's "a; b" form, as comms convert it.
            for key in ("name", "role", "email", "phone"):
                values = [contact.get(key, "") for contact in self.contacts]
                if any(values):
                    data[f"contact_{key}"] = "; ".join(values)
        if self.websites:
            data["website"] = "; ".join(self.websites)
        return data


def booklet_path():
    """The booklet in $CCIN_DOCUMENTS, or else in the shared/ccin-documents folder beside the
    repository (or beside a folder holding it, as a git worktree is); None when absent."""
    if os.environ.get("CCIN_DOCUMENTS"):
        folders = [Path(os.environ["CCIN_DOCUMENTS"])]
    else:
        repository = Path(__file__).resolve().parents[2]
        folders = [parent / "shared" / "ccin-documents" for parent in repository.parents]
    return next((folder / BOOKLET for folder in folders if (folder / BOOKLET).is_file()), None)


def booklet_records(path):
    """Every story of the booklet as an import record, in the booklet's order."""
    return [story.record() for story in parse(path.read_text(encoding="utf-8"))]


def clean(line):
    return line.replace("**", "").strip()


def contents_heads(lines):
    """The organisation lines of the contents list, without page numbers."""
    start = lines.index("Contents") + 1
    end = lines.index("CCIN Statement of Values and Principles")
    heads = []
    for line in lines[start:end]:
        line = re.sub(r"^\d+\s+", "", line)
        if line and not line.isdigit() and line not in ("Join us", "Members"):
            heads.append(line)
    return [h for h in heads if h != "The co-operative approach to public service"]


def parse(text):
    lines = [clean(line) for line in text.splitlines()]
    heads = contents_heads(lines)
    first_story = lines.index("Correct as at 1st May 2020") + 1
    last_line = len(lines) - 1 - lines[::-1].index("CCIN Statement of Values and Principles")
    stories = find_stories(lines, heads, first_story, last_line)
    attach_blocks(lines, stories, heads)
    return stories


def find_stories(lines, heads, first, last):
    stories = []
    for index in range(first, last):
        head = find_head(lines[index], heads)
        if head is None:
            continue
        line = lines[index]
        if len(line) > len(head):  # the head and title printed on one line
            title, title_index = line[len(head) :].strip(), index
        else:
            title_index = next_text(lines, index + 1)
            if find_head(lines[title_index], heads) == lines[title_index]:
                continue  # a page's running head, with no story under it
            title = lines[title_index]
            if len(title) > 200 or title.endswith("."):  # prose: the title came first
                above = previous_text(lines, index - 1)
                title, title_index = lines[above], index
                stories[-1].body_end = above
        stories.append(Story(head=head, title=title, start=index, body_from=title_index + 1))
        stories[-1].body_end = last
        if len(stories) > 1 and stories[-2].body_end == last:
            stories[-2].body_end = index
    return stories


def find_head(line, heads):
    """The part of `line` that is a story's head as the contents list names it ("working with
    the X" there may be "working with X" on the page); None if it is not one."""
    for head in heads:
        for form in {head, head.replace(" working with the ", " working with ")}:
            if line == form or (" working with " in form and line.startswith(form + " ")):
                return line[: len(form)]
    return None


def next_text(lines, index):
    while not lines[index]:
        index += 1
    return index


def previous_text(lines, index):
    while not lines[index]:
        index -= 1
    return index


def attach_blocks(lines, stories, heads):
    """Split each story's lines into its body and contact blocks. Blocks go, in order, to the
    earliest story begun before them that has none yet (the layout runs two stories' blocks
    together); a web address alone after a block is a stray from a block without one."""
    blocks, strays = [], []
    for story in stories:
        index = story.body_from
        while index < story.body_end:
            line = lines[index]
            if CONTACT_START.match(line):
                block_end = block_extent(lines, index + 1, story.body_end, heads)
                blocks.append((story, lines[index + 1 : block_end]))
                index = block_end
                continue
            if blocks and blocks[-1][0] is story and web_only(line):
                strays.append((story, line))
            elif find_head(line, heads) != line:  # not a page's running head
                story.body_lines.append(line)
            index += 1
    for owner, block_lines in blocks:
        contacts, websites = read_block(block_lines)
        if not contacts and not websites:
            continue
        target = next((s for s in stories if not s.has_block and s.start <= owner.start), owner)
        target.has_block = True
        target.contacts.extend(contacts)
        target.websites.extend(w for w in websites if w not in target.websites)
    for owner, line in strays:
        earlier = [s for s in stories if s.has_block and s.start <= owner.start]
        without = [s for s in earlier if not s.websites]
        (without or earlier)[-1].websites.extend(WEB.findall(line))


def block_extent(lines, start, end, heads):
    blank = 0
    for index in range(start, end):
        if CONTACT_START.match(lines[index]) or find_head(lines[index], heads):
            return index
        blank = blank + 1 if not lines[index] else 0
        if blank >= BLANK_RUN_ENDING_A_BLOCK:
            return index
    return end


def web_only(line):
    return bool(line) and not WEB.sub("", line).strip()


def read_block(block_lines):
    contacts, websites = [], []
    current = {}
    for raw in block_lines:
        line = re.sub(r"^[-·\s]+", "", raw).strip()
        if not line or LOGO_CAPTION.match(line):
            continue
        if line.startswith("$") and line.endswith("$"):  # an address set as a formula
            websites.extend(formula_web_addresses(line))
            continue
        for token_kind, value in tokens(line):
            if token_kind == "web":
                if value not in websites:
                    websites.append(value)
            elif token_kind == "role":
                current["role"] = value
            elif token_kind in ("email", "phone"):
                if current.get(token_kind):
                    contacts.append(current)
                    current = {}
                current[token_kind] = value
            else:
                current = add_text(current, value, contacts)
    if current:
        contacts.append(current)
    return contacts, websites


def tokens(line):
    """The line's emails, phone numbers, web addresses and the text between them, in order."""
    pattern = re.compile(f"(?P<email>{EMAIL.pattern})|(?P<web>{WEB.pattern})|{PHONE.pattern}")
    position = 0
    for match in pattern.finditer(line):
        yield from text_tokens(line[position : match.start()])
        if match["email"]:
            yield "email", match["email"]
        elif match["web"]:
            yield "web", match["web"].rstrip(".,")
        else:
            yield "phone", match[match.lastindex].strip()
        position = match.end()
    yield from text_tokens(line[position:])


def text_tokens(text):
    text = LABEL.sub(" ", text).strip(" -:,")
    if not text:
        return
    # "Michelle Mundie - Principal Officer Strategy": a name, then a role.
    first, separator, rest = text.partition(" - ")
    if separator and looks_like_a_name(first):
        yield "text", first
        yield "role", rest
    else:
        yield "text", text


def looks_like_a_name(text):
    if "," in text or JOB_WORDS.search(text):
        return False
    for person in text.split(" and "):
        words = [w for w in person.split() if w not in ("de", "le", "la", "van", "von")]
        if not 2 <= len(words) <= 3 or not all(w[0].isupper() for w in words):
            return False
    return True


def add_text(current, text, contacts):
    """A name starts a contact (the next one, if this one already has a name); other text is
    the contact's role."""
    if looks_like_a_name(text):
        if current.get("name") or current.get("email") or current.get("phone"):
            contacts.append(current)
            current = {}
        current["name"] = text
    elif current.get("role"):
        current["role"] = f"{current['role']}, {text}"
    else:
        current["role"] = text
    return current


def formula_web_addresses(line):
    r"""'$www. How Good Is Our Place. or g.uk \ / \ www. Democracy ...$' -> the addresses."""
    inner = line.strip("$")
    return ["".join(part.split()) for part in re.split(r"\\\s*/\s*\\", inner) if part.strip()]


def markdown(body_lines):
    """The body's lines as Markdown: each line a paragraph, '- ' lines kept together as lists."""
    blocks, previous_item = [], False
    for line in body_lines:
        if not line:
            continue
        item = line.startswith("- ")
        if item and previous_item:
            blocks[-1] += "\n" + line
        else:
            blocks.append(line)
        previous_item = item
    return "\n\n".join(blocks)
