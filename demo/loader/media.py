"""Generated media: coloured tiles for logos and listing images (Pillow) and PDF reports (fpdf2).

Nothing is downloaded. A Unicode TrueType font is used when the system has one; otherwise the
PDF falls back to a core font with typographic characters replaced by plain equivalents.
"""

import functools
import hashlib
import io
import textwrap
from pathlib import Path

from fpdf import FPDF
from fpdf.enums import XPos, YPos
from PIL import Image as PILImage
from PIL import ImageDraw, ImageFont

FONT_DIRS = [Path("/usr/share/fonts/truetype/dejavu"), Path("/usr/share/fonts/dejavu")]
PALETTE = [
    (0, 94, 84),  # deep teal
    (122, 32, 72),  # plum
    (29, 66, 138),  # navy
    (158, 52, 0),  # rust
    (60, 84, 22),  # olive
    (86, 40, 120),  # purple
    (24, 80, 110),  # petrol
    (120, 60, 20),  # brown
]
LOGO_SIZE = (240, 120)
LISTING_SIZE = (640, 360)


def font_path(bold=False):
    name = "DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf"
    for folder in FONT_DIRS:
        if (folder / name).exists():
            return folder / name
    return None


def colour_for(text):
    digest = hashlib.sha1(text.encode()).digest()
    return PALETTE[digest[0] % len(PALETTE)]


@functools.cache
def _font(size, bold=True):
    path = font_path(bold=bold)
    if path:
        return ImageFont.truetype(str(path), size)
    return ImageFont.load_default(size=size)


def initials(name):
    skip = {"and", "of", "the", "&", "co-op", "labour", "group", "council"}
    words = [word for word in name.replace("/", " ").split() if word.lower() not in skip]
    letters = "".join(word[0] for word in words if word[0].isalnum())[:3]
    return (letters or name[:2]).upper()


def _png(image):
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


def logo_png(name):
    """A coloured tile with the organisation's initials."""
    image = PILImage.new("RGB", LOGO_SIZE, colour_for(name))
    draw = ImageDraw.Draw(image)
    draw.text(
        (LOGO_SIZE[0] / 2, LOGO_SIZE[1] / 2),
        initials(name),
        font=_font(48),
        fill="white",
        anchor="mm",
    )
    return _png(image)


def listing_png(title, label):
    """A title card: a coloured field with circles, a small label and the wrapped title."""
    width, height = LISTING_SIZE
    base = colour_for(title)
    image = PILImage.new("RGB", LISTING_SIZE, base)
    draw = ImageDraw.Draw(image)
    light = tuple(min(255, channel + 40) for channel in base)
    seed = hashlib.sha1(title.encode()).digest()
    for index in range(4):
        radius = 60 + seed[index + 1] % 120
        x = width - 40 - (seed[index + 5] % 260)
        y = seed[index + 9] % height
        draw.ellipse((x - radius, y - radius, x + radius, y + radius), outline=light, width=6)
    draw.text((40, 40), label.upper(), font=_font(20), fill="white")
    lines = textwrap.wrap(title, width=26)
    if len(lines) > 4:
        lines = [*lines[:3], lines[3].rstrip(".,;:") + "…"]
    draw.multiline_text((40, 90), "\n".join(lines), font=_font(36), fill="white", spacing=10)
    return _png(image)


PLAIN_EQUIVALENTS = str.maketrans(
    {"–": "-", "—": "-", "‘": "'", "’": "'", "“": '"', "”": '"', "…": "...", "•": "-"}
)


class _ReportPDF(FPDF):
    def footer(self):
        self.set_y(-15)
        self.set_font(self.body_font, size=9)
        self.cell(0, 10, f"Page {self.page_no()}", align="C")


def _new_pdf(title):
    pdf = _ReportPDF(format="A4")
    pdf.set_title(title)
    pdf.set_author("Co-operative Councils' Innovation Network")
    pdf.set_lang("en-GB")
    pdf.set_margins(20, 20, 20)
    pdf.set_auto_page_break(auto=True, margin=20)
    regular, bold = font_path(), font_path(bold=True)
    if regular and bold:
        pdf.add_font("HubSans", "", str(regular))
        pdf.add_font("HubSans", "B", str(bold))
        pdf.body_font, pdf.clean = "HubSans", str
    else:
        pdf.body_font = "Helvetica"
        pdf.clean = lambda text: (
            text.translate(PLAIN_EQUIVALENTS).encode("latin-1", "replace").decode("latin-1")
        )
    return pdf


def _heading(pdf, text, size):
    pdf.set_font(pdf.body_font, "B", size)
    pdf.multi_cell(0, size * 0.55, pdf.clean(text), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(3)


def _paragraph(pdf, text):
    pdf.set_font(pdf.body_font, "", 11)
    pdf.multi_cell(0, 6, pdf.clean(text), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(3)


def report_pdf(title, subtitle, sections):
    """A report: a title, a subtitle, then (heading, [paragraphs]) sections."""
    pdf = _new_pdf(title)
    pdf.add_page()
    _heading(pdf, title, 20)
    pdf.set_font(pdf.body_font, "", 12)
    pdf.multi_cell(0, 7, pdf.clean(subtitle), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(6)
    for heading, paragraphs in sections:
        _heading(pdf, heading, 14)
        for text in paragraphs:
            _paragraph(pdf, text)
    return bytes(pdf.output())


def checklist_pdf(title, heading, items):
    """A one-page checklist with a box to tick beside each item."""
    pdf = _new_pdf(title)
    pdf.add_page()
    _heading(pdf, heading, 18)
    pdf.set_font(pdf.body_font, "", 11)
    for item in items:
        y = pdf.get_y()
        pdf.rect(pdf.l_margin, y + 1, 4, 4)
        pdf.set_x(pdf.l_margin + 8)
        pdf.multi_cell(0, 6, pdf.clean(item), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(2)
    return bytes(pdf.output())


def read_outline(text):
    """The parts of a generated document's source, written like Markdown: a '# ' heading, '## '
    section headings each followed by paragraphs (separated by blank lines), and '- ' items.
    Returns (heading, [(section heading, [paragraphs])], [items]); the text is kept as written."""
    heading, sections, items = "", [], []
    for block in text.replace("\r\n", "\n").split("\n\n"):
        block = block.strip()
        if block.startswith("# "):
            heading = block[2:].strip()
        elif block.startswith("## "):
            sections.append((block[3:].strip(), []))
        elif block.startswith("- "):
            items.extend(line[2:].strip() for line in block.split("\n") if line.startswith("- "))
        elif block:
            if not sections:
                raise ValueError(f"a paragraph comes before the first '## ' heading: {block[:60]}")
            sections[-1][1].append(" ".join(block.split()))
    return heading, sections, items
