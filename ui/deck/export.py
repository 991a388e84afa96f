"""The handout: the deck as shown, one slide a page of a landscape A4 PDF, with the pool's name and
the page number in a footer. Text and tables stay vector graphics, and so do the charts: a slide that
offers ``vector_parts()`` (its chart as SVG and where it stands) has that part drawn from the SVG —
sharp at any zoom, its labels searchable — instead of the screen's pixels; a chart whose SVG Qt
cannot read is drawn from the screen as before."""

from __future__ import annotations

from typing import Callable, Sequence

from PySide6.QtCore import QByteArray, QMarginsF, QPoint, QRect, QRectF, Qt
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPainter, QPdfWriter, QRegion
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QWidget


def export_pdf(path: str, slides: Sequence[QWidget], show: Callable[[int], None], footer: str,
               title: str = "") -> int:
    """Write ``slides`` to ``path``, one a page; ``show(k)`` brings slide k on screen first (so it is
    laid out and drawn as the audience sees it). Returns the number of pages written."""
    writer = QPdfWriter(path)
    writer.setTitle(title or footer)
    writer.setCreator("CoopCalc")
    writer.setResolution(300)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Landscape,
                                     QMarginsF(10, 10, 10, 10), QPageLayout.Unit.Millimeter))
    painter = QPainter(writer)
    pages = 0
    try:
        for k, slide in enumerate(slides):
            show(k)
            if pages:
                writer.newPage()
            page = painter.viewport()
            foot_h = int(page.height() * 0.05)
            room = QRect(0, 0, page.width(), page.height() - foot_h)
            w, h = max(1, slide.width()), max(1, slide.height())
            scale = min(room.width() / w, room.height() / h)
            painter.save()
            painter.translate((room.width() - w * scale) / 2, 0)
            painter.scale(scale, scale)
            vectors = []
            for rect, svg in getattr(slide, "vector_parts", list)():
                renderer = QSvgRenderer(QByteArray(svg))
                if renderer.isValid():
                    vectors.append((rect, renderer))
            region = QRegion(0, 0, w, h)
            for rect, _ in vectors:
                region = region.subtracted(QRegion(rect))
            slide.render(painter, QPoint(0, 0), region,
                         QWidget.RenderFlag.DrawChildren | QWidget.RenderFlag.DrawWindowBackground)
            for rect, renderer in vectors:
                renderer.render(painter, QRectF(rect))
            painter.restore()
            font = QFont(slide.font())
            font.setPointSizeF(8)
            painter.setFont(font)
            painter.setPen(Qt.GlobalColor.darkGray)
            line = QRect(0, page.height() - foot_h, page.width(), foot_h)
            painter.drawText(line, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom), footer)
            painter.drawText(line, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom),
                             f"{k + 1} / {len(slides)}")
            pages += 1
    finally:
        painter.end()
    return pages
