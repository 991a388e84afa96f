"""Charts follow the theme and the switches beside them, and partner names are never cut.

Engine part (no Qt): every figure function takes ``theme``; light is the report's look unchanged, dark
has a dark background and light text. UI part: a palette change redraws the result pages' charts, and
"Show per partner: Cost in the pool" changes the chart as well as the table.
"""

from __future__ import annotations

import io

import numpy as np
import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.colors import to_rgba
from matplotlib.text import Text
from test_results_support import example

from coop_calc import charts
from coop_calc.charts.theme import DARK, LIGHT, resolve

pytestmark = pytest.mark.filterwarnings("ignore:constrained_layout not applied")


def luminance(color) -> float:
    r, g, b, _ = to_rgba(color)
    return 0.299 * r + 0.587 * g + 0.114 * b


def png(fig) -> bytes:
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=40)
    return buf.getvalue()


def every_chart(theme):
    s, a = example("five")
    labels = [s.meta.name, "Variant"]
    return {
        "cost_per_partner": charts.cost_per_partner(a, theme=theme),
        "waterfall": charts.pool_waterfall(a, theme=theme),
        "without_partner": charts.without_partner(a, theme=theme),
        "split": charts.split_comparison(a, theme=theme),
        "split_cost": charts.split_comparison(a, what="cost", theme=theme),
        "complaints": charts.complaints_chart(a, "proportional_volume", theme=theme),
        "price_volume": charts.price_volume(s, a, s.items[0].id, theme=theme),
        "scenarios": charts.scenario_costs(labels, [a, a], theme=theme),
        "partners": charts.partner_costs(labels, [a, a], theme=theme),
    }


def test_light_is_the_report_look_unchanged():
    s, a = example("five")
    assert resolve(None) is LIGHT and resolve("light") is LIGHT and resolve("dark") is DARK
    assert png(charts.pool_waterfall(a)) == png(charts.pool_waterfall(a, theme="light"))
    with pytest.raises(ValueError, match="unknown chart theme"):
        resolve("sepia")


@pytest.mark.parametrize("name", list(every_chart("light")))
def test_dark_charts_have_a_dark_background_and_legible_text(name):
    fig = every_chart("dark")[name]
    fig.canvas.draw()
    assert luminance(fig.get_facecolor()) < 0.3, name
    for ax in fig.axes:
        assert luminance(ax.get_facecolor()) < 0.3, name
    texts = [t for t in fig.findobj(Text) if t.get_text().strip() and t.get_visible()]
    assert texts
    dark_text = [t.get_text() for t in texts if luminance(t.get_color()) < 0.35]
    assert not dark_text, f"{name}: text that vanishes on a dark chart: {dark_text[:5]}"


def test_twelve_partner_names_are_whole_and_inside_the_picture():
    s, a = example("twelve")
    for fig in (charts.cost_per_partner(a, size=(6.5, 4.0)), charts.split_comparison(a, size=(6.5, 4.0)),
                charts.split_comparison(a, what="cost", size=(6.5, 4.0))):
        FigureCanvasAgg(fig).draw()
        ax = fig.axes[0]
        labels = [t for t in ax.get_xticklabels() if t.get_text()]
        assert len(labels) == 12
        for t, p in zip(labels, s.partners):
            assert "…" not in t.get_text()
            assert t.get_text().split()[0] == p.name.split()[0]  # the name itself, not a cut-off piece
        renderer = fig.canvas.get_renderer()
        box = fig.bbox
        for t in labels:  # the slanted labels are not cut by the figure's edge
            e = t.get_window_extent(renderer)
            assert e.x0 >= box.x0 - 1 and e.y0 >= box.y0 - 1 and e.x1 <= box.x1 + 1, t.get_text()
        # slanted labels do not run into each other: the gap between neighbouring baselines, measured
        # across the slant, is at least the height of a line
        xs = [ax.transData.transform((x, 0))[0] for x in ax.get_xticks()]
        gap = min(b - a for a, b in zip(xs, xs[1:])) * np.sin(np.radians(labels[0].get_rotation()))
        line = labels[0].get_fontsize() * fig.dpi / 72
        assert "\n" not in "".join(t.get_text() for t in labels) and gap >= line


def test_five_partner_names_wrap_without_losing_a_word():
    _, a = example("five")
    fig = charts.cost_per_partner(a, size=(5.0, 3.5))
    shown = [t.get_text().replace("\n", " ") for t in fig.axes[0].get_xticklabels()]
    assert shown == [p.name for p in a.savings.partners]


def test_the_split_chart_shows_costs_when_asked():
    _, a = example("five")
    fig = charts.split_comparison(a, what="cost")
    heights = sorted(round(b.get_height(), 2) for b in fig.axes[0].patches if b.get_width() < 0.5)
    chosen = a.chosen_split()
    for c in chosen.cost:
        assert round(float(c), 2) in heights
    assert any(round(p.standalone_cost, 2) in heights for p in a.savings.partners)
    with pytest.raises(ValueError):
        charts.split_comparison(a, what="shares")


def test_tornado_labels_wrap_whole_words():
    from coop_calc.charts.risk import tornado_labels

    raw = ["Metal 3D printer (laser powder bed, shared): annual benefit",
           "Metal 3D printer (laser powder bed, shared) fails at Vogel Automotive Components GmbH",
           "Kessler Anlagentechnik GmbH drops out", "discount rate"]
    for lang in ("en", "de"):
        for label, source in zip(tornado_labels(raw, lang, 30), raw):
            assert "…" not in label and len(label.split("\n")) <= 3
            assert all(len(line) <= 34 for line in label.split("\n"))
            words = set(label.replace("\n", " ").split())
            assert source.split()[0] in words or source == "discount rate"
    assert np.all([" " not in lb.split("\n")[-1] or len(lb.split("\n")[-1]) <= 30
                   for lb in tornado_labels(raw, "en", 30)])


def test_result_page_charts_redraw_in_the_new_palette(qtbot, qapp):
    from test_results_support import make_view

    from ui.theme import dark_palette

    view = make_view(qtbot)
    chart = view.savings.per_partner
    chart.render()
    assert luminance(chart.figure.get_facecolor()) > 0.9
    before = qapp.palette()
    try:
        qapp.setPalette(dark_palette())
        qtbot.waitUntil(lambda: luminance(chart.figure.get_facecolor()) < 0.3, timeout=3000)
    finally:
        qapp.setPalette(before)
    qtbot.waitUntil(lambda: luminance(chart.figure.get_facecolor()) > 0.9, timeout=3000)


def test_show_per_partner_changes_the_chart_as_well_as_the_table(qtbot):
    from test_results_support import make_view

    view = make_view(qtbot)
    view.set_current_page(2)
    page = view.splits
    page.chart.render()
    title = page.chart.figure.texts[0].get_text() if page.chart.figure.texts else ""
    savings_title = title or page.chart.figure._suptitle.get_text()
    page.show_as.setCurrentIndex(page.show_as.findData("cost"))
    page.chart.render()
    cost_title = page.chart.figure._suptitle.get_text()
    assert "Savings" in savings_title and "Cost" in cost_title
    _, a = example("five")
    first = a.chosen_split().cost[0]
    heights = [b.get_height() for b in page.chart.figure.axes[0].patches]
    assert any(abs(h - first) < 0.01 for h in heights)
    assert "pays in the pool" in page.chart.caption.text()


def test_the_coalition_search_filters_the_chart_as_well_as_the_table(qtbot):
    from test_results_support import make_view

    _, a = example("five")
    view = make_view(qtbot)
    view.set_current_page(view.pages.index(view.coalitions))
    page = view.coalitions
    rule = page.rule.currentData()

    def bars():
        page.chart.render()
        return sorted(round(p.get_width(), 2) for p in page.chart.figure.axes[0].patches) \
            if page.chart.figure.axes else []

    everyone = bars()
    page.search.setText("Lindner")
    lindner = charts.coalition_table(a, rule, limit=9, include_any=[1 << 4])  # Lindner is partner 4
    expected = sorted(round(float(c), 2) for m, c in zip(lindner.masks, lindner.complaint)
                      if int(m) != (1 << a.scenario.n) - 1)[-8:]
    assert bars() == sorted(expected) and bars() != everyone
    page.search.setText("nobody of that name")
    page.chart.render()
    assert not page.chart.figure.axes[0].patches
    assert any("No group with the partners searched for" in t.get_text() for t in page.chart.figure.findobj(Text))


def test_a_chart_function_without_a_theme_argument_is_recoloured_too(qtbot, qapp, tmp_path):
    from ui.results.common import Chart
    from ui.theme import dark_palette

    def plain(*, fig, lang):  # like a chart of another page that knows nothing of themes
        fig.clear()
        ax = fig.add_subplot()
        ax.bar([0, 1], [1, 2], color="#2E75B6")
        ax.set_title("Plain chart", color="black")

    chart = Chart()
    qtbot.addWidget(chart)
    chart.show()
    before = qapp.palette()
    try:
        qapp.setPalette(dark_palette())
        qapp.processEvents()
        chart.draw(plain)
        chart.render()
        assert luminance(chart.figure.get_facecolor()) < 0.3
        title = chart.figure.axes[0].title
        assert luminance(title.get_color()) > 0.7
        # an image saved from the screen is in the light colours of the report, whatever the theme
        saved = tmp_path / "chart.png"
        assert chart.save_as(str(saved))
        from matplotlib.image import imread

        corner = imread(str(saved))[2, 2]
        assert luminance(tuple(corner[:3])) > 0.9
    finally:
        qapp.setPalette(before)


def test_groups_in_the_complaints_chart_are_named_whole():
    _, a = example("twelve")
    fig = charts.complaints_chart(a, "proportional_volume", size=(6.3, 3.6))
    labels = [t.get_text() for t in fig.axes[0].get_yticklabels()]
    assert labels and not any("…" in lb for lb in labels)
    assert max(len(line) for lb in labels for line in lb.split("\n")) <= 48
    assert any("\n" in lb for lb in labels)  # long groups wrap instead of being cut
