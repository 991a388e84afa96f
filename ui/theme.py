"""Light and dark following the system (Fusion style, palette by ``colorScheme``) and SVG icons
drawn in the palette's text colour, so they stay crisp and legible at any scale in either theme."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QByteArray, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QIconEngine, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication

from .paths import resources_dir


def dark_palette() -> QPalette:
    p = QPalette()
    C = QPalette.ColorRole
    window, base, text = QColor(45, 45, 48), QColor(30, 30, 32), QColor(230, 230, 230)
    for role, color in ((C.Window, window), (C.WindowText, text), (C.Base, base),
                        (C.AlternateBase, QColor(40, 40, 44)), (C.ToolTipBase, QColor(60, 60, 64)),
                        (C.ToolTipText, text), (C.Text, text), (C.Button, window), (C.ButtonText, text),
                        (C.BrightText, QColor(255, 90, 90)), (C.Link, QColor(110, 170, 255)),
                        (C.Highlight, QColor(42, 110, 200)), (C.HighlightedText, QColor(255, 255, 255)),
                        (C.PlaceholderText, QColor(150, 150, 155)), (C.Light, QColor(70, 70, 74)),
                        (C.Midlight, QColor(60, 60, 64)), (C.Mid, QColor(50, 50, 54)),
                        (C.Dark, QColor(25, 25, 27)), (C.Shadow, QColor(0, 0, 0))):
        p.setColor(role, color)
    for role in (C.WindowText, C.Text, C.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor(120, 120, 120))
    return p


def is_dark() -> bool:
    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


def palette_is_dark(palette: QPalette | None = None) -> bool:
    """Whether ``palette`` (default: the application's) is a dark one: light text on a dark window."""
    pal = palette or QGuiApplication.palette()
    return pal.color(QPalette.ColorRole.Window).lightness() < pal.color(QPalette.ColorRole.WindowText).lightness()


def chart_theme(palette: QPalette | None = None):
    """The chart colours (:class:`coop_calc.charts.theme.ChartTheme`) that go with ``palette`` (default:
    the application's): the report's light colours on a light window, the dark ones with the window's
    own background and text colour on a dark window."""
    from coop_calc.charts.theme import LIGHT, from_colors

    pal = palette or QGuiApplication.palette()
    if not palette_is_dark(pal):
        return LIGHT
    return from_colors(pal.color(QPalette.ColorRole.Window).name(), pal.color(QPalette.ColorRole.WindowText).name(),
                       pal.color(QPalette.ColorRole.PlaceholderText).name())


def apply_theme(app: QApplication) -> None:
    """Fusion everywhere (the same look on Windows, macOS and Linux), dark when the system is dark."""
    app.setStyle("Fusion")
    app.setPalette(dark_palette() if is_dark() else app.style().standardPalette())


def follow_system(app: QApplication) -> None:
    apply_theme(app)
    app.styleHints().colorSchemeChanged.connect(lambda _scheme: apply_theme(app))


@lru_cache(maxsize=None)
def _svg(name: str) -> bytes:
    return (resources_dir() / "icons" / f"{name}.svg").read_bytes()


@lru_cache(maxsize=64)
def _renderer(name: str, color: str) -> QSvgRenderer:
    return QSvgRenderer(QByteArray(_svg(name).replace(b"currentColor", color.encode())))


@lru_cache(maxsize=256)
def _pixmap(name: str, color: str, width: int, height: int, scale: float) -> QPixmap:
    pm = QPixmap(max(1, round(width * scale)), max(1, round(height * scale)))
    pm.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pm)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    _renderer(name, color).render(painter, QRectF(0, 0, pm.width(), pm.height()))
    painter.end()
    pm.setDevicePixelRatio(scale)
    return pm


class _SvgIconEngine(QIconEngine):
    """Renders an SVG whose strokes use ``currentColor`` in the palette's text colour at the exact
    pixel size asked for (no blurry scaling at 125 % / 150 %)."""

    def __init__(self, name: str):
        super().__init__()
        self.name = name

    def _color(self, mode: QIcon.Mode) -> str:
        pal = QGuiApplication.palette()
        group = QPalette.ColorGroup.Disabled if mode == QIcon.Mode.Disabled else QPalette.ColorGroup.Active
        return pal.color(group, QPalette.ColorRole.WindowText).name()

    def paint(self, painter: QPainter, rect, mode: QIcon.Mode, state: QIcon.State) -> None:
        _renderer(self.name, self._color(mode)).render(painter, QRectF(rect))

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def scaledPixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float) -> QPixmap:  # noqa: N802
        return _pixmap(self.name, self._color(mode), size.width(), size.height(), scale)

    def clone(self) -> "_SvgIconEngine":
        twin = _SvgIconEngine(self.name)
        _engines.append(twin)
        return twin


_engines: list[_SvgIconEngine] = []  # keep the Python engines alive as long as their icons


def icon(name: str) -> QIcon:
    """The icon ``resources/icons/<name>.svg`` (a null icon when the file is missing)."""
    if not (resources_dir() / "icons" / f"{name}.svg").exists():
        return QIcon()
    engine = _SvgIconEngine(name)
    _engines.append(engine)
    return QIcon(engine)
