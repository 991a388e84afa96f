"""Chart colours for a light or a dark window: one :class:`ChartTheme` per look.

Every figure function of :mod:`coop_calc.charts` takes ``theme`` (a :class:`ChartTheme`, ``"light"``,
``"dark"`` or None for light). The figures are drawn in the light colours of the PDF report and
exported images; :func:`apply` then recolours a finished figure — background, text, grid, frame and
the data colours — so that one drawing code serves both looks. Light is the identity: exports and the
report are unchanged byte for byte.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from matplotlib.collections import Collection
from matplotlib.colors import to_hex, to_rgba
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch
from matplotlib.text import Text

__all__ = ["ChartTheme", "LIGHT", "DARK", "resolve", "from_colors", "apply"]


@dataclass(frozen=True)
class ChartTheme:
    """The colours of one look (hex strings). ``alone``/``pooled``: grey and blue of the bars;
    ``palette``: one colour per series (rules, scenarios, quotes); ``good``/``bad``/``warn``: green,
    red and orange marks (gains, losses, the loss line)."""

    name: str
    background: str
    text: str
    muted: str
    grid: str
    alone: str
    pooled: str
    good: str
    bad: str
    warn: str
    soft_bad: str
    palette: tuple[str, ...]

    @property
    def dark(self) -> bool:
        r, g, b, _ = to_rgba(self.background)
        return 0.299 * r + 0.587 * g + 0.114 * b < 0.5


LIGHT = ChartTheme(
    name="light", background="#FFFFFF", text="#000000", muted="#595959", grid="#D9D9D9",
    alone="#A6A6A6", pooled="#2E75B6", good="#548235", bad="#C00000", warn="#C55A11", soft_bad="#E6A0A0",
    palette=("#2E75B6", "#C55A11", "#548235", "#7030A0", "#BF9000", "#1F3864", "#7F7F7F"))

DARK = ChartTheme(
    name="dark", background="#2D2D30", text="#E6E6E6", muted="#A8A8AD", grid="#4A4A50",
    alone="#8A8A8F", pooled="#4F9BE0", good="#7CBF5A", bad="#FF6B6B", warn="#EE8A45", soft_bad="#9A4A4A",
    palette=("#4F9BE0", "#EE8A45", "#7CBF5A", "#B07FE0", "#E0B832", "#8FB4F0", "#B0B0B0"))


def resolve(theme: ChartTheme | str | None) -> ChartTheme:
    """``theme`` as a :class:`ChartTheme`: None and "light" are :data:`LIGHT`, "dark" is :data:`DARK`."""
    if isinstance(theme, ChartTheme):
        return theme
    if theme in (None, "", "light"):
        return LIGHT
    if theme == "dark":
        return DARK
    raise ValueError(f"unknown chart theme {theme!r}: use 'light', 'dark' or a ChartTheme")


def from_colors(background: str, text: str, muted: str | None = None) -> ChartTheme:
    """The theme that matches a window's colours: the dark or light data colours, with the window's own
    background and text colour (so a chart sits in its page without a frame of another grey)."""
    base = DARK if ChartTheme("", background, text, "", "", "", "", "", "", "", "", ()).dark else LIGHT
    if base is LIGHT and to_hex(background).upper() == LIGHT.background and to_hex(text).upper() == LIGHT.text:
        return LIGHT
    return replace(base, name=f"{base.name}-window", background=to_hex(background), text=to_hex(text),
                   muted=to_hex(muted) if muted else base.muted)


def _key(color) -> tuple[float, float, float] | None:
    try:
        r, g, b, _ = to_rgba(color)
    except (ValueError, TypeError):
        return None
    return round(r, 3), round(g, 3), round(b, 3)


def _mapping(theme: ChartTheme) -> dict[tuple[float, float, float] | None, str]:
    pairs = [(LIGHT.background, theme.background), ("white", theme.background), (LIGHT.text, theme.text),
             ("#404040", theme.muted), (LIGHT.muted, theme.muted), ("#7F7F7F", theme.muted),
             ("#A0A0A0", theme.muted), (LIGHT.grid, theme.grid), ("#CCCCCC", theme.grid),
             (LIGHT.alone, theme.alone), (LIGHT.pooled, theme.pooled), (LIGHT.good, theme.good),
             (LIGHT.bad, theme.bad), (LIGHT.warn, theme.warn), (LIGHT.soft_bad, theme.soft_bad)]
    pairs += list(zip(LIGHT.palette, theme.palette))
    out: dict[tuple[float, float, float] | None, str] = {}
    for light, dark in pairs:
        out.setdefault(_key(light), dark)
    return out


def _swap(color, mapping, alpha_of=None):
    """``color`` in the theme (its alpha kept), or None when the theme has no counterpart."""
    key = _key(color)
    if key not in mapping:
        return None
    a = to_rgba(color)[3] if alpha_of is None else alpha_of
    return to_rgba(mapping[key], a)


def _luminance(color) -> float:
    r, g, b, _ = to_rgba(color)
    return 0.299 * r + 0.587 * g + 0.114 * b


def apply(fig: Figure, theme: ChartTheme | str | None) -> Figure:
    """Recolour the finished figure ``fig`` for ``theme`` (in place; returned). Light leaves it as
    drawn. Text in a colour the theme does not know keeps it unless it would vanish on the
    background (dark text on a dark chart becomes the theme's text colour)."""
    th = resolve(theme)
    if th == LIGHT:  # a reused screen figure keeps its face colour through clear(): reset it
        fig.patch.set_facecolor(LIGHT.background)
        return fig
    mapping = _mapping(th)
    fig.patch.set_facecolor(th.background)
    for ax in fig.axes:
        ax.set_facecolor(th.background)
        ax.tick_params(axis="both", which="both", color=th.muted, labelcolor=th.text)
    for artist in fig.findobj():
        if isinstance(artist, Text):
            new = _swap(artist.get_color(), mapping)
            if new is None and th.dark and _luminance(artist.get_color()) < 0.35:
                new = to_rgba(th.text)
            if new is not None:
                artist.set_color(new)
            box = artist.get_bbox_patch()
            if box is not None:
                _recolour_patch(box, mapping)
        elif isinstance(artist, Line2D):
            for get, put in (("get_color", "set_color"), ("get_markerfacecolor", "set_markerfacecolor"),
                             ("get_markeredgecolor", "set_markeredgecolor")):
                new = _swap(getattr(artist, get)(), mapping)
                if new is not None:
                    getattr(artist, put)(new)
        elif isinstance(artist, Patch):
            _recolour_patch(artist, mapping)
        elif isinstance(artist, Collection):
            for get, put in (("get_facecolor", "set_facecolor"), ("get_edgecolor", "set_edgecolor")):
                colors = getattr(artist, get)()
                if len(colors):
                    swapped = [_swap(c, mapping) or tuple(c) for c in colors]
                    getattr(artist, put)(swapped)
    return fig


def _recolour_patch(patch: Patch, mapping) -> None:
    face, edge = patch.get_facecolor(), patch.get_edgecolor()
    new_face = _swap(face, mapping)
    if new_face is not None:
        patch.set_facecolor(new_face)
    new_edge = _swap(edge, mapping)
    if new_edge is not None:
        patch.set_edgecolor(new_edge)
