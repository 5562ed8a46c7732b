"""Lay a dossier's content out as an A4 PDF with fpdf2, in memory.

fpdf2 is a maintained, pure-Python PDF writer: it embeds a subset of a TrueType font (so
Cyrillic names print as they are), wraps text and splits tables across pages, and
returns the document as bytes without touching the disk (no font cache, no temporary
file). The fonts are DejaVu Sans and Sans Mono, shipped in ``resources/fonts`` with their
licence. See ``docs/dossier.md`` for why fpdf2 rather than typst or Qt's PDF writer.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from fpdf import FPDF
from fpdf.enums import XPos, YPos
from fpdf.fonts import FontFace

from app.dossier.content import Block, DossierContent, Heading, Pairs, Paragraph, Table

FONTS = Path(__file__).resolve().parents[2] / "resources" / "fonts"
_FAMILY = "DejaVu"
_MONO = "DejaVuMono"
_MARGIN = 18.0
_INK = (20, 20, 20)
_GREY = (95, 95, 95)
_RULE = (170, 170, 170)
_WARN = (150, 20, 20)
_MONO_FACE = FontFace(family=_MONO, emphasis="", size_pt=7.2)


class _Document(FPDF):
    def __init__(self, content: DossierContent) -> None:
        super().__init__(orientation="P", unit="mm", format="A4")
        self.content = content
        self.add_font(_FAMILY, "", str(FONTS / "DejaVuSans.ttf"))
        self.add_font(_FAMILY, "B", str(FONTS / "DejaVuSans-Bold.ttf"))
        self.add_font(_MONO, "", str(FONTS / "DejaVuSansMono.ttf"))
        self.set_margins(_MARGIN, _MARGIN, _MARGIN)
        self.set_auto_page_break(auto=True, margin=_MARGIN + 6)
        self.alias_nb_pages("{pages}")

    def header(self) -> None:
        if self.page_no() == 1:
            return
        self.set_font(_FAMILY, "", 8)
        self.set_text_color(*_GREY)
        self.cell(0, 5, f"{self.content.title} · {self.content.person_line}",
                  new_x=XPos.LMARGIN, new_y=YPos.NEXT)  # fmt: skip
        self.ln(3)

    def footer(self) -> None:
        self.set_y(-_MARGIN)
        self.set_font(_FAMILY, "", 7.5)
        self.set_text_color(*_GREY)
        self.cell(0, 4, self.content.footer, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        page = self.content.page_label.format(page=self.page_no(), pages="{pages}")
        self.cell(0, 4, page, align="R")


def render_pdf(content: DossierContent, created: datetime) -> bytes:
    """The dossier as PDF bytes. ``created`` is written as the document's creation date."""
    pdf = _Document(content)
    pdf.set_creation_date(created)
    pdf.set_lang(content.language)
    pdf.set_creator("Satchel")
    pdf.set_producer("Satchel")
    pdf.add_page()
    _title(pdf, content)
    for block in content.blocks:
        _block(pdf, block)
    return bytes(pdf.output())


def _title(pdf: _Document, content: DossierContent) -> None:
    pdf.set_text_color(*_INK)
    pdf.set_font(_FAMILY, "B", 18)
    pdf.multi_cell(0, 9, content.title, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font(_FAMILY, "", 10)
    pdf.set_text_color(*_GREY)
    pdf.multi_cell(0, 5, content.subtitle, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(3)
    pdf.set_text_color(*_INK)
    pdf.set_font(_FAMILY, "B", 14)
    pdf.multi_cell(0, 7, content.person_line, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font(_FAMILY, "", 9)
    pdf.set_text_color(*_GREY)
    for line in content.header:
        pdf.multi_cell(0, 4.6, line, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(2)
    _rule(pdf)


def _rule(pdf: _Document) -> None:
    pdf.set_draw_color(*_RULE)
    pdf.set_line_width(0.3)
    y = pdf.get_y()
    pdf.line(_MARGIN, y, pdf.w - _MARGIN, y)
    pdf.ln(3)


def _block(pdf: _Document, block: Block) -> None:
    if isinstance(block, Heading):
        _heading(pdf, block)
    elif isinstance(block, Pairs):
        _pairs(pdf, block)
    elif isinstance(block, Paragraph):
        _paragraph(pdf, block)
    else:
        _table(pdf, block)


def _heading(pdf: _Document, block: Heading) -> None:
    # Keep a heading with at least a few lines of what follows it.
    if pdf.get_y() > pdf.h - _MARGIN - 40:
        pdf.add_page()
    pdf.ln(2)
    pdf.set_text_color(*_INK)
    pdf.set_font(_FAMILY, "B", 12)
    pdf.multi_cell(0, 7, block.text, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(1)


def _pairs(pdf: _Document, block: Pairs) -> None:
    width = pdf.w - 2 * _MARGIN
    label_width = width * 0.36
    for label, value in block.rows:
        pdf.set_font(_FAMILY, "", 9.5)
        lines = max(_lines(pdf, label_width - 2, label), _lines(pdf, width - label_width, value))
        if pdf.get_y() + lines * 5 > pdf.h - _MARGIN - 6:
            pdf.add_page()
        top = pdf.get_y()
        pdf.set_text_color(*_GREY)
        pdf.multi_cell(label_width - 2, 5, label, align="L", new_x=XPos.RIGHT, new_y=YPos.TOP)
        pdf.set_xy(_MARGIN + label_width, top)
        pdf.set_text_color(*_INK)
        pdf.multi_cell(
            width - label_width, 5, value, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT
        )
        pdf.set_y(max(pdf.get_y(), top + lines * 5))
        pdf.ln(0.8)


def _lines(pdf: _Document, width: float, text: str) -> int:
    """How many lines ``text`` takes at ``width`` in the current font."""
    lines = pdf.multi_cell(width, 5, text, dry_run=True, output="LINES")
    return len(lines) if isinstance(lines, list) else 1


_STYLES = {
    # style: (size, bold, colour, indent in mm, line height)
    "body": (10, False, _INK, 0.0, 5.0),
    "note": (8.5, False, _GREY, 0.0, 4.4),
    "label": (8.5, True, _GREY, 0.0, 4.6),
    "quote": (10, False, _INK, 6.0, 5.0),
    "translation_label": (8.5, True, _GREY, 6.0, 4.6),  # under its original, indented
    "translation": (10, False, _INK, 12.0, 5.0),
    "list": (9.5, False, _INK, 3.0, 4.8),
    "warning": (10, True, _WARN, 0.0, 5.0),
}


def _paragraph(pdf: _Document, block: Paragraph) -> None:
    size, bold, colour, indent, height = _STYLES.get(block.style, _STYLES["body"])
    # A label (a statement's date and source) stays on the page of what it introduces.
    if block.style in ("label", "translation_label") and pdf.get_y() > pdf.h - _MARGIN - 30:
        pdf.add_page()
    pdf.set_font(_FAMILY, "B" if bold else "", size)
    pdf.set_text_color(*colour)
    pdf.set_x(_MARGIN + indent)
    pdf.multi_cell(0, height, block.text, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(1.2 if block.style in ("quote", "translation", "body", "warning") else 0.6)


def _table(pdf: _Document, block: Table) -> None:
    pdf.set_text_color(*_INK)
    pdf.set_draw_color(*_RULE)
    pdf.set_font(_FAMILY, "", 8.5)
    width = pdf.w - 2 * _MARGIN
    widths = tuple(share * width for share in block.widths)
    with pdf.table(
        col_widths=widths,
        width=width,
        line_height=4.6,
        text_align="LEFT",
        first_row_as_headings=True,
        padding=1.2,
    ) as table:
        header = table.row()
        for text in block.columns:
            header.cell(text)
        for values in block.rows:
            row = table.row()
            for index, text in enumerate(values):
                row.cell(text, style=_MONO_FACE if index == block.monospace_column else None)
    pdf.ln(2)
