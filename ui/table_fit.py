"""Result tables sized to their contents once per fill, not on every layout pass.

Qt's ``ResizeToContents`` header mode sizes a column by asking the delegate for every cell's size
hint on each layout pass, and each hint fetches about ten roles of the cell through Python. For the
result tables that is most of what the window does after an edit (a profile of an edit on the Savings
page put 30 % of the GUI thread there). :func:`fit_columns` gives the same widths from the display
texts and the view's fonts, once, when the model is filled; the user may still drag a column wider.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QAbstractItemModel, QEvent, QObject, Qt
from PySide6.QtGui import QFont, QFontMetricsF
from PySide6.QtWidgets import QHeaderView, QStyle, QTableView

_FONT = Qt.ItemDataRole.FontRole


def fit_columns(view: QTableView) -> None:
    """Set every column of ``view`` that is not stretched to the width of its widest text: the
    header's own size hint or a cell's text (in bold where the model gives a bold font), plus the
    margins the style draws around it, as ``ResizeToContents`` would."""
    model = view.model()
    if model is None:
        return
    header = view.horizontalHeader()
    plain = QFontMetricsF(view.font())
    bold_font = QFont(view.font())
    bold_font.setBold(True)
    bold = QFontMetricsF(bold_font)
    style = view.style()
    margin = 2 * (style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1)
    margin += 1 if view.showGrid() else 0
    rows = model.rowCount()
    metrics = [bold if _bold(model.data(model.index(r, 0), _FONT)) else plain for r in range(rows)]
    for c in range(model.columnCount()):
        if header.isSectionHidden(c) or header.sectionResizeMode(c) == QHeaderView.ResizeMode.Stretch:
            continue
        widest = max((_width(fm, model, r, c) for r, fm in enumerate(metrics)), default=0)
        header.resizeSection(c, max(header.sectionSizeHint(c), widest + margin, header.minimumSectionSize()))


def fit_rows(view: QTableView) -> None:
    """Give every row of a view whose texts do not wrap the height of one line of its font: what
    ``resizeRowsToContents`` gives, measured once per font instead of once per row and fill."""
    model = view.model()
    if model is None or model.rowCount() == 0:
        return
    key = view.font().key()
    if view.property("fit_rows_font") != key:
        view.setProperty("fit_rows_font", key)
        view.verticalHeader().setDefaultSectionSize(view.sizeHintForRow(0))
        view.verticalHeader().setMinimumSectionSize(1)
    height = view.verticalHeader().defaultSectionSize()
    for r in range(model.rowCount()):
        if view.rowHeight(r) != height:
            view.setRowHeight(r, height)


class _Follower(QObject):
    """Fits its view's columns after each fill; a fill while the view is hidden (a page behind another
    tab) is fitted when the view is shown."""

    def __init__(self, view: QTableView):
        super().__init__(view)
        self.view = view
        self.pending = False
        view.installEventFilter(self)

    def refit(self, *_args) -> None:
        self.pending = not self.view.isVisible()
        if not self.pending:
            fit_columns(self.view)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        kind = event.type()
        if (kind == QEvent.Type.Show and self.pending) or kind in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.refit()  # shown after a fill while hidden, or the texts' size changed
        return False


def follow_model(view: QTableView) -> None:
    """Fit ``view``'s columns whenever its model is refilled, its headers change (a new language) or
    rows come and go (a filter); a hidden view when it is shown."""
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    model: QAbstractItemModel = view.model()
    follower = _Follower(view)
    for signal in (model.modelReset, model.layoutChanged, model.rowsInserted, model.rowsRemoved,
                   model.headerDataChanged):
        signal.connect(follower.refit)
    fit_columns(view)


def _bold(font) -> bool:
    return isinstance(font, QFont) and font.bold()


def _width(fm: QFontMetricsF, model: QAbstractItemModel, row: int, column: int) -> int:
    text = model.data(model.index(row, column))
    if text is None:
        return 0
    return math.ceil(max(fm.horizontalAdvance(line) for line in str(text).split("\n")))
