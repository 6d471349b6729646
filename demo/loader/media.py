"""Generated media: the demo's PDF reports and checklists (fpdf2).

Nothing is downloaded. A Unicode TrueType font is used when the system has one; otherwise the
PDF falls back to a core font with typographic characters replaced by plain equivalents.
"""

from pathlib import Path

from fpdf import FPDF
from fpdf.enums import XPos, YPos

FONT_DIRS = [Path("/usr/share/fonts/truetype/dejavu"), Path("/usr/share/fonts/dejavu")]


def font_path(bold=False):
    name = "DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf"
    for folder in FONT_DIRS:
        if (folder / name).exists():
            return folder / name
    return None


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
