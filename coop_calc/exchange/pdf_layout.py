"""A small page layout on matplotlib's PDF backend: headings, paragraphs, key–value blocks, tables
that continue on the next page, and charts drawn as vectors into sub-figures.

Positions are in inches from the top-left corner of the page. Text is DejaVu Sans (shipped with
matplotlib, so € and umlauts always render) embedded as TrueType, so PDF readers can search and copy it.
"""

from __future__ import annotations

import io
import os
import textwrap
from typing import Any, Callable, Sequence

from matplotlib.backends.backend_pdf import PdfPages
from matplotlib.figure import Figure
from matplotlib.patches import Rectangle
from matplotlib.text import Text

A4_LANDSCAPE = (11.69, 8.27)
A4_PORTRAIT = (8.27, 11.69)
NAVY = "#1F3864"
STRIPE = "#EEF3FA"
MUTED = "#595959"
GOOD, BAD = "#006100", "#9C0006"
_CHAR = 0.56  # average glyph width of DejaVu Sans, in units of the font size


def wrap(text: str, width_in: float, size: float) -> list[str]:
    """``text`` wrapped to lines that fit ``width_in`` inches at ``size`` points."""
    chars = max(4, int(width_in * 72 / (size * _CHAR)))
    out: list[str] = []
    for par in str(text).split("\n"):
        out += textwrap.wrap(par, chars, break_long_words=True) or [""]
    return out


class Document:
    """Pages of one PDF. Call the block methods top to bottom; a block that does not fit on the
    current page starts a new one (tables repeat their header row)."""

    def __init__(self, size: tuple[float, float] = A4_LANDSCAPE, footer: str = "", margin: float = 0.6,
                 page_label: str = "Page {p} of {n}") -> None:
        self.size, self.footer, self.margin, self.page_label = size, footer, margin, page_label
        self.pages: list[Figure] = []
        self.y = 0.0
        self.new_page()

    # -- geometry -------------------------------------------------------------------------------
    @property
    def fig(self) -> Figure:
        return self.pages[-1]

    @property
    def width(self) -> float:
        return self.size[0] - 2 * self.margin

    def _xy(self, x_in: float, y_in: float) -> tuple[float, float]:
        return x_in / self.size[0], 1.0 - y_in / self.size[1]

    def room(self) -> float:
        return self.size[1] - self.margin - 0.35 - self.y

    def ensure(self, height: float) -> None:
        if height > self.room() and self.y > self.margin + 0.01:
            self.new_page()

    def new_page(self) -> None:
        self.pages.append(Figure(figsize=self.size))
        self.y = self.margin

    def text(self, x: float, y: float, s: str, size: float = 9, **kw) -> Text:
        return self.fig.text(*self._xy(x, y), s, fontsize=size, va="top", **kw)

    def rect(self, x: float, y: float, w: float, h: float, color: str) -> None:
        fx, fy = self._xy(x, y + h)
        self.fig.add_artist(Rectangle((fx, fy), w / self.size[0], h / self.size[1], transform=self.fig.transFigure,
                                      facecolor=color, edgecolor="none", zorder=0))

    # -- blocks ---------------------------------------------------------------------------------
    def title(self, text: str, subtitle: str = "") -> None:
        self.text(self.margin, self.y, text, 20, weight="bold", color=NAVY)
        self.y += 0.45
        if subtitle:
            for line in wrap(subtitle, self.width, 11):
                self.text(self.margin, self.y, line, 11, color=MUTED)
                self.y += 0.22
        self.y += 0.15

    def heading(self, text: str, size: float = 13) -> None:
        self.ensure(0.9)
        if self.y > self.margin + 0.01:
            self.y += 0.12
        self.text(self.margin, self.y, text, size, weight="bold", color=NAVY)
        self.y += size / 72 * 1.5 + 0.05
        self.rect(self.margin, self.y - 0.07, self.width, 0.015, NAVY)
        self.y += 0.06

    def paragraph(self, text: str, size: float = 9.5, color: str = "black", width: float | None = None,
                  x: float | None = None, weight: str = "normal") -> None:
        lines = wrap(text, width or self.width, size)
        step = size / 72 * 1.4
        self.ensure(step * len(lines))
        for line in lines:
            self.text(self.margin if x is None else x, self.y, line, size, color=color, weight=weight)
            self.y += step
        self.y += 0.06

    def gap(self, inches: float = 0.15) -> None:
        self.y += inches

    def keyvalues(self, rows: Sequence[tuple[str, str]], label_w: float = 3.6, size: float = 10,
                  x: float | None = None, value_w: float = 2.2, bold_last: bool = False) -> None:
        """Label on the left, value right-aligned in a column of ``value_w`` inches."""
        x0 = self.margin if x is None else x
        step = size / 72 * 1.55
        self.ensure(step * len(rows))
        for k, (label, value) in enumerate(rows):
            weight = "bold" if bold_last and k == len(rows) - 1 else "normal"
            self.text(x0, self.y, label, size, weight=weight)
            self.text(x0 + label_w + value_w, self.y, value, size, ha="right", weight=weight)
            self.y += step
        self.y += 0.08

    def table(self, headers: Sequence[str], rows: Sequence[Sequence[Any]], widths: Sequence[float],
              aligns: str | None = None, size: float = 8.5, colors: dict[tuple[int, int], str] | None = None,
              bold_rows: Sequence[int] = ()) -> None:
        """A table with a navy header row and striped body; cells wrap within their column width.
        ``colors[(row, col)]`` colours one cell's text; ``bold_rows`` are drawn in bold (totals)."""
        aligns = aligns or "l" + "r" * (len(headers) - 1)
        scale = min(1.0, self.width / sum(widths))
        widths = [w * scale for w in widths]
        line = size / 72 * 1.35
        pad = 0.05

        def cells(values: Sequence[Any], sz: float) -> list[list[str]]:
            return [wrap(str(v) if v is not None else "", w - 2 * pad, sz) for v, w in zip(values, widths)]

        def draw_row(values: list[list[str]], header: bool, r: int) -> None:
            h = max(len(c) for c in values) * line + 2 * pad
            if header:
                self.rect(self.margin, self.y, sum(widths), h, NAVY)
            elif r % 2 == 1:
                self.rect(self.margin, self.y, sum(widths), h, STRIPE)
            x = self.margin
            for j, (lines, w) in enumerate(zip(values, widths)):
                a = aligns[j]
                tx = x + pad if a == "l" else x + w / 2 if a == "c" else x + w - pad
                ha = {"l": "left", "c": "center"}.get(a, "right")
                color = "white" if header else (colors or {}).get((r, j), "black")
                weight = "bold" if header or r in bold_rows else "normal"
                for k, ln in enumerate(lines):
                    self.text(tx, self.y + pad + k * line, ln, size, ha=ha, color=color, weight=weight)
                x += w
            self.y += h

        head = cells(headers, size)
        head_h = max(len(c) for c in head) * line + 2 * pad
        body = [cells(r, size) for r in rows]
        first_h = (max(len(c) for c in body[0]) * line + 2 * pad) if body else 0
        self.ensure(head_h + first_h)
        draw_row(head, True, -1)
        for r, values in enumerate(body):
            h = max(len(c) for c in values) * line + 2 * pad
            if h > self.room():
                self.new_page()
                draw_row(head, True, -1)
            draw_row(values, False, r)
        self.y += 0.18

    def chart(self, draw: Callable[[Any], Any], height: float, width: float | None = None,
              x: float | None = None, advance: bool = True, margins: dict | None = None) -> None:
        """Draw a chart (a function of a sub-figure, e.g. figures.cost_alone_vs_pooled(res, fig=sf))
        into a box of ``width`` × ``height`` inches at the current position."""
        width = width or self.width
        x0 = self.margin if x is None else x
        self.ensure(height)
        # sub-figures ignore a grid's margins, so the box is the middle cell of a 3 × 3 grid
        W, H = self.size
        gs = self.fig.add_gridspec(3, 3, width_ratios=[x0, width, max(W - x0 - width, 1e-3)],
                                   height_ratios=[self.y, height, max(H - self.y - height, 1e-3)],
                                   wspace=0, hspace=0, left=0, right=1, bottom=0, top=1)
        sub = self.fig.add_subfigure(gs[1, 1])
        draw(sub)
        sub.subplots_adjust(**{"left": 0.12, "right": 0.98, "bottom": 0.2, "top": 0.88, **(margins or {})})
        if advance:
            self.y += height + 0.1

    # -- output ---------------------------------------------------------------------------------
    def all_text(self) -> str:
        """Every text on every page (for tests and checks of what a file reveals)."""
        out = []
        for fig in self.pages:
            out += [t.get_text() for t in fig.findobj(Text)]
        return "\n".join(out)

    def _footers(self) -> None:
        n = len(self.pages)
        for p, fig in enumerate(self.pages, start=1):
            y = 1 - (self.size[1] - self.margin * 0.6) / self.size[1]
            fig.text(self.margin / self.size[0], y, self.footer, fontsize=7.5, color=MUTED, va="bottom")
            fig.text(1 - self.margin / self.size[0], y, self.page_label.format(p=p, n=n), fontsize=7.5,
                     color=MUTED, ha="right", va="bottom")

    def save(self, path: str | os.PathLike, title: str = "", subject: str = "") -> None:
        """Write all pages to one PDF (atomically), with document properties that name no one."""
        import matplotlib

        from ..files import atomic_write_bytes

        self._footers()
        buf = io.BytesIO()
        meta = {"Title": title, "Author": "CoopCalc", "Subject": subject, "Creator": "CoopCalc",
                "Producer": "CoopCalc (matplotlib)", "Keywords": "CoopCalc"}
        with matplotlib.rc_context({"pdf.fonttype": 42, "font.family": "DejaVu Sans"}):
            with PdfPages(buf, metadata=meta) as pdf:
                for fig in self.pages:
                    pdf.savefig(fig)
        atomic_write_bytes(path, buf.getvalue())
