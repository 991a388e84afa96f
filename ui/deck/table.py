"""A slide's table: every row and every whole word visible, never a scroll bar, never an ellipsis.

The first column (names) wraps at word boundaries; the number columns are as wide as their widest
entry. When the rows do not fit the table's height (or the numbers leave too little room for the
longest word of a name), the type gets smaller step by step down to a floor; :meth:`FitTable.fits`
says whether it succeeded, so a test can check every slide at every screen size.
"""

from __future__ import annotations

from typing import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QAbstractItemView, QFrame, QHeaderView, QSizePolicy, QTableWidget, QTableWidgetItem

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
#: Horizontal room a cell needs beside its text (the style's margins), in pixels.
PAD = 16
#: Type is never made smaller than this share of the slide's own size.
FLOOR = 0.6


class FitTable(QTableWidget):
    """Read-only rows of text that always fit the widget's size (see the module's description)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setAlternatingRowColors(True)
        self.setShowGrid(False)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.verticalHeader().hide()
        h = self.horizontalHeader()
        h.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        h.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom)
        h.setHighlightSections(False)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._base: QFont | None = None
        self._numeric: list[bool] = []
        self._bold: set[int] = set()
        self._fitted = True
        self._headers: list[str] = []

    def set_rows(self, headers: Sequence[str], rows: Sequence[Sequence[str]], numeric: Sequence[bool],
                 bold_rows: Sequence[int] = ()) -> None:
        """Show ``rows`` (text per cell) under ``headers``; ``numeric[c]``: column c right-aligned and
        kept on one line. Headers may hold line breaks."""
        self._numeric, self._bold = list(numeric), set(bold_rows)
        self._headers = [" ".join(h.split()) for h in headers]  # re-broken to each column's width
        self.clear()
        self.setColumnCount(len(headers))
        self.setRowCount(len(rows))
        for c, text in enumerate(headers):
            item = QTableWidgetItem(text)
            item.setTextAlignment(RIGHT | Qt.AlignmentFlag.AlignBottom if self._numeric[c] else LEFT)
            self.setHorizontalHeaderItem(c, item)
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                item = QTableWidgetItem(text)
                item.setTextAlignment(RIGHT if self._numeric[c] else LEFT)
                self.setItem(r, c, item)
        self.fit()

    def text(self, row: int, column: int) -> str:
        item = self.item(row, column)
        return item.text() if item is not None else ""

    def fits(self) -> bool:
        """Whether the last fit showed every row and column whole, without scrolling."""
        return self._fitted

    # ---- fitting -----------------------------------------------------------------------------
    def _apply_font(self, font: QFont) -> None:
        self.setFont(font)
        self.horizontalHeader().setFont(font)
        bold = QFont(font)
        bold.setBold(True)
        for r in range(self.rowCount()):
            for c in range(self.columnCount()):
                item = self.item(r, c)
                if item is not None:
                    item.setFont(bold if r in self._bold else font)

    def _column_widths(self, font: QFont, width: int) -> list[int] | None:
        """Column widths for ``font`` in ``width`` pixels, or None when the names cannot keep their
        longest word whole."""
        fm, bm = QFontMetrics(font), QFontMetrics(self._bold_font(font))
        cols = self.columnCount()
        need = []
        for c in range(cols):
            # a header breaks between its words, so only its longest word sets a minimum
            w = max((fm.horizontalAdvance(word) for word in self._headers[c].split()), default=0)
            for r in range(self.rowCount()):
                m = bm if r in self._bold else fm
                text = self.text(r, c)
                if self._numeric[c]:
                    w = max(w, m.horizontalAdvance(text))
                else:  # wraps: its longest word must fit
                    w = max(w, max((m.horizontalAdvance(word) for word in text.split()), default=0))
            need.append(w + PAD)
        if not cols:
            return []
        if sum(need) > width:
            return None
        spare = width - sum(need)
        widths = list(need)
        text_cols = [c for c in range(cols) if not self._numeric[c]] or [0]
        for c in text_cols:  # the room left goes to the text columns: fewer lines
            widths[c] += spare // len(text_cols)
        return widths

    def _break_header(self, column: int, fm: QFontMetrics, width: int) -> None:
        """The column's header in as few lines as fit ``width`` pixels, broken between words."""
        lines: list[str] = []
        for word in self._headers[column].split():
            if lines and fm.horizontalAdvance(lines[-1] + " " + word) <= width:
                lines[-1] += " " + word
            else:
                lines.append(word)
        item = self.horizontalHeaderItem(column)
        if item is not None:
            item.setText("\n".join(lines))

    def header_text(self, column: int) -> str:
        """The column's header as given (without the line breaks chosen to fit)."""
        return self._headers[column]

    @staticmethod
    def _bold_font(font: QFont) -> QFont:
        f = QFont(font)
        f.setBold(True)
        return f

    def fit(self) -> None:
        """Choose the largest type (down to the floor) at which every row fits the current size."""
        if self._base is None:
            self._base = QFont(self.font())
        base = self._base
        width, height = self.viewport().width(), self.height() - 2 * self.frameWidth()
        if width <= 0 or height <= 0 or self.columnCount() == 0:
            return
        size = base.pointSizeF()
        floor = size * FLOOR
        self._fitted = False
        while True:
            font = QFont(base)
            font.setPointSizeF(size)
            widths = self._column_widths(font, width)
            if widths is not None:
                self._apply_font(font)
                for c, w in enumerate(widths):
                    self.setColumnWidth(c, w)
                    self._break_header(c, QFontMetrics(font), w - PAD)
                self.resizeRowsToContents()
                self.horizontalHeader().setFixedHeight(self.horizontalHeader().sizeHint().height())
                total = self.horizontalHeader().height() + sum(self.rowHeight(r) for r in range(self.rowCount()))
                if total <= height:
                    self._fitted = True
                    return
            if size <= floor:
                if widths is None:
                    self._apply_font(font)
                return
            size = max(floor, size - 0.5)

    def set_base_font(self, font: QFont) -> None:
        self._base = QFont(font)
        self.fit()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self.fit()
