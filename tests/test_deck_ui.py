"""The deck on screen: every slide fits 1280 × 720 and 1920 × 1080 whole, the what-if recomputes and
resets without touching the document, the slide choice is saved, and the handout has a page a slide."""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest
from deck_support import SIZES, make_source, open_deck, problems, show_slide, wait_deck
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from ui_support import isolated  # noqa: F401 - a fixture

from coop_calc.deck import SLIDES, WhatIf

pytestmark = pytest.mark.filterwarnings("ignore:constrained_layout not applied")


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("name", ["five", "twelve"])
def test_every_slide_fits_without_scrolling_or_cutting(qtbot, name, size):
    win = open_deck(qtbot, make_source(qtbot, name), size)
    assert [s.key for s in win.slides] == list(SLIDES)  # two scenarios: the comparison too
    found = []
    for k, slide in enumerate(win.slides):
        show_slide(win, k)
        assert slide.spec.rows, f"{slide.key}: no table"
        assert slide.spec.chart is not None, f"{slide.key}: no chart"
        found += problems(slide)
    assert not found, "\n".join(found)
    win.close()


def test_german_slides_fit_the_small_screen_too(qtbot, qapp):
    from ui import i18n

    i18n.install_translators(qapp, "de")
    try:
        win = open_deck(qtbot, make_source(qtbot, "twelve"), (1280, 720))
        assert win.slides[0].kicker.text() == "Einsparung" and win.slides[0].spec.headline.startswith("Der Pool spart")
        found = []
        for k, slide in enumerate(win.slides):
            show_slide(win, k)
            found += problems(slide)
        assert not found, "\n".join(found)
        win.close()
    finally:
        i18n.install_translators(qapp, "en")


def test_headlines_state_the_finding_in_numbers(qtbot):
    win = open_deck(qtbot, make_source(qtbot, "five"))
    heads = {s.key: s.headline.text().replace("\u00a0", " ") for s in win.slides}
    assert heads["savings"] == "Pooling saves €1,858,950 (49 %); every partner gains"
    assert heads["split"] == "Under the Shapley split no group would be better off alone"
    assert heads["risk"].endswith("in the pool") and "loss risk falls from" in heads["risk"]
    assert heads["comparison"].startswith("Südwest Industrie 4.0 purchasing pool saves most")
    win.close()


def test_what_if_recomputes_the_headlines_and_reset_restores_them(qtbot):
    source = make_source(qtbot, "five", two=False)
    win = open_deck(qtbot, source)
    saved = source.scenario
    before = {s.key: (s.spec.headline, s.spec.value) for s in win.slides}
    win.toggle_what_if()
    assert win.what_if.isVisible()
    QApplication.processEvents()
    assert win.width() == 1280  # the panel takes room from the slides, not the screen
    show_slide(win, 0)
    assert not problems(win.slides[0])
    win.what_if.coordination.setValue(1000)  # ten times the coordination cost
    qtbot.waitUntil(lambda: win._current is not None and win._current[0] is not saved, timeout=10_000)
    wait_deck(qtbot, win)
    savings = win.slides[0].spec
    assert savings.value == pytest.approx(before["savings"][1] - 9 * 41_500)
    assert savings.headline != before["savings"][0] and "1,485,450" in savings.headline
    assert "what-if" in win.heading.text()
    # a partner out: the tables lose its row, the risk slide is simulated again for the smaller pool
    win.what_if.partners.item(1).setCheckState(Qt.CheckState.Unchecked)
    qtbot.waitUntil(lambda: win._current[0].n == 4, timeout=10_000)
    wait_deck(qtbot, win)
    names = [row[0] for row in win.slides[1].spec.rows[:-1]]  # the last row: all partners
    assert len(names) == 4 and not any(n.startswith("Kessler") for n in names)
    assert win.slides[5].spec.rows and len(win.slides[5].spec.rows) == 4
    assert source.scenario is saved  # the document's scenario is untouched
    qtbot.keyClick(win, Qt.Key.Key_R)  # reset
    wait_deck(qtbot, win)
    assert {s.key: (s.spec.headline, s.spec.value) for s in win.slides} == before
    assert win.what_if.value() == WhatIf(supplier=win.what_if.value().supplier)
    win.close()


def test_a_supplier_price_change_moves_the_prices_slide(qtbot):
    win = open_deck(qtbot, make_source(qtbot, "five", two=False))
    base = win.slides[0].spec.value
    before = {x.item_id: x.cost for x in win._current[1].savings.items}
    panel = win.what_if
    panel.supplier.setCurrentIndex(panel.supplier.findText("AddiTec Metal Systems"))
    panel.price.setValue(20)
    qtbot.waitUntil(lambda: win.slides[0].spec.value != base, timeout=10_000)
    wait_deck(qtbot, win)
    after = win._current[1].savings.items
    for x in after:  # only the printer comes from AddiTec: its price and fee rise by a fifth
        assert x.cost == pytest.approx(before[x.item_id] * (1.2 if x.supplier == "AddiTec Metal Systems" else 1))
    assert any(x.supplier == "AddiTec Metal Systems" for x in after)
    printer = next(row for row in win.slides[3].spec.rows if row[0].startswith("Metal 3D printer"))
    assert printer[2] == "€238"  # €198 × 1.2, the pool's price per machine-hour on the prices slide
    win.close()


def test_slide_choice_is_saved_with_the_scenario_and_loaded_again(qtbot, isolated, tmp_path):
    from ui_support import FIVE, close_window, make_window, wait_results

    from coop_calc.scenario_io import load_project

    src = tmp_path / "pool.coop.json"
    shutil.copy(FIVE, src)
    w = make_window(qtbot, src)
    wait_results(qtbot, w)
    w.present()
    win = w._presentation
    wait_deck(qtbot, win)
    win.what_if.coordination.setValue(300)
    qtbot.waitUntil(lambda: win._current is not None and win._current[0] is not w.doc.scenario, timeout=10_000)
    assert not w.doc.is_modified() and w.doc.undo_stack.count() == 0  # a what-if is no edit
    win.what_if.reset()
    win.set_slides(("risk", "savings", "split"))
    assert [s.key for s in win.slides] == ["risk", "savings", "split"]
    assert w.doc.scenario.presentation == ("risk", "savings", "split") and w.doc.is_modified()
    win.close()
    w.files.save()
    assert load_project(src).scenarios[0].presentation == ("risk", "savings", "split")
    close_window(w)
    w2 = make_window(qtbot, src)
    wait_results(qtbot, w2)
    w2.present()
    win2 = w2._presentation
    qtbot.waitUntil(lambda: [s.key for s in win2.slides] == ["risk", "savings", "split"], timeout=10_000)
    win2.set_slides(tuple(k for k in SLIDES if k != "comparison"))  # the default deck again: no field
    assert w2.doc.scenario.presentation == ()
    w2.doc.undo_stack.undo()
    assert w2.doc.scenario.presentation == ("risk", "savings", "split")
    win2.close()
    close_window(w2)


def test_the_slide_chooser_ticks_and_orders(qtbot):
    from ui.deck.chooser import SlideChooser
    from ui.deck.content import titles

    d = SlideChooser(("savings", "split"), titles())
    qtbot.addWidget(d)
    assert d.chosen() == ("savings", "split")
    d.list.setCurrentRow(1)
    d.move_item(-1)
    d.list.item(2).setCheckState(Qt.CheckState.Checked)  # the first of the others: partners
    assert d.chosen() == ("split", "savings", "partners")


def test_handout_pdf_has_one_page_per_slide(qtbot, tmp_path):
    win = open_deck(qtbot, make_source(qtbot, "five"), (1920, 1080))
    path = tmp_path / "deck.pdf"
    assert win.export_pdf(str(path)) == len(win.slides) == len(SLIDES)
    assert path.stat().st_size > 10_000
    if shutil.which("pdfinfo") is None or shutil.which("pdftotext") is None:
        pytest.skip("poppler's pdfinfo/pdftotext are not installed: page count and text not checked")
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    assert re.search(r"^Pages:\s+(\d+)$", info, re.M).group(1) == str(len(SLIDES))
    for k, slide in enumerate(win.slides):
        text = subprocess.run(["pdftotext", "-f", str(k + 1), "-l", str(k + 1), str(path), "-"],
                              capture_output=True, text=True, check=True).stdout
        flat = " ".join(text.replace("\u00a0", " ").split())
        head = " ".join(slide.spec.headline.replace("\u00a0", " ").split()[:4])
        assert head in flat, f"page {k + 1} lacks its headline {head!r}"
        assert f"{k + 1}/{len(SLIDES)}" in flat.replace(" / ", "/")
        if slide.vector_parts():  # the chart drawn as vectors: its title is text in the PDF
            title = slide.chart.figure._suptitle.get_text().split("\n")[0] if slide.chart.figure._suptitle \
                else slide.chart.figure.axes[0].get_title(loc="left") or slide.chart.figure.axes[0].get_title()
            assert " ".join(title.replace("\u00a0", " ").split()[:3]) in flat, f"page {k + 1}: chart not vector"
    QApplication.processEvents()
    win.close()


def test_a_deck_opened_before_the_results_shows_them_when_they_arrive(qtbot):
    from test_results_support import example

    from ui.results.view import ResultsView

    source = ResultsView()
    qtbot.addWidget(source)
    win = open_deck(qtbot, source)
    assert all(s.spec.headline == "Computing …" for s in win.slides)
    s, a = example("five")
    source.set_results(s, a)
    assert win.slides[0].spec.headline.startswith("Pooling saves €1,858,950")
    win.close()


def _advice_slide(win):
    k = [s.key for s in win.slides].index("advice")
    show_slide(win, k)
    return win.slides[k]


def test_advice_slide_states_the_structure_with_chart_asks_and_threshold(qtbot):
    win = open_deck(qtbot, make_source(qtbot, "five"), (1280, 720))
    spec = _advice_slide(win).spec
    assert spec.headline.startswith(("Keep the single pool", "One pool is best", "Three separate pools",
                                     "Two separate pools")) or "pool" in spec.headline.lower()
    assert spec.chart is not None and spec.chart[0].__name__ == "structure_chart"
    assert 1 <= len(spec.rows) <= 5 and len(spec.headers) == 5
    assert "coordination cost per pair" in spec.note
    win.close()


def test_advice_slide_computes_off_the_gui_thread_and_says_so(qtbot):
    win = open_deck(qtbot, make_source(qtbot, "twelve", two=False), (1280, 720))
    win._advice = None
    win._advice_state = "missing"
    win._start_advice()
    assert win.advice_runner.busy
    win._rebuild()
    assert _advice_slide(win).spec.headline == "Working out the best division of the pool …"
    wait_deck(qtbot, win)
    slide = _advice_slide(win)
    assert slide.spec.rows and not problems(slide)
    win.close()


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_anonymous_advice_slide_fits_and_names_no_partner(qtbot, size):
    source = make_source(qtbot, "twelve", two=False)
    win = open_deck(qtbot, source, size, anonymous=True)
    slide = _advice_slide(win)
    assert not problems(slide)
    text = " ".join([slide.spec.headline, slide.spec.note] + [c for r in slide.spec.rows for c in r])
    for p in source.scenario.partners:
        assert p.name.split()[0] not in text
    win.close()


def test_what_if_never_lists_real_suppliers_when_anonymous(qtbot):
    import dataclasses

    from test_results_support import example

    from coop_calc.deck import suppliers
    from ui.deck.whatif import WhatIfPanel

    s, _ = example("five")
    real = suppliers(s)
    merged = dataclasses.replace(s, quotes=tuple(dataclasses.replace(q, supplier=real[0]) if q.supplier == real[1]
                                                 else q for q in s.quotes))  # cleaning merged two names
    panel = WhatIfPanel()
    qtbot.addWidget(panel)
    panel.set_scenario(s, merged, anonymous=True)
    shown = [panel.supplier.itemText(k) for k in range(panel.supplier.count())]
    assert shown == [f"Supplier {k + 1}" for k in range(len(real))]
    panel.supplier.setCurrentIndex(1)
    assert panel.value().supplier == real[1]  # the question is still asked of the real supplier
    panel.set_scenario(s, s, anonymous=False)
    assert [panel.supplier.itemText(k) for k in range(panel.supplier.count())] == real


def test_anonymous_handout_shows_the_risky_texts_first(qtbot, tmp_path, monkeypatch):
    import dataclasses

    from test_results_support import example

    from ui.results.view import ResultsView

    s, _ = example("five")
    s = dataclasses.replace(s, items=(dataclasses.replace(s.items[0], name="Anlagentechnik spec"),) + s.items[1:])
    from coop_calc.analysis import analyse

    source = ResultsView()
    qtbot.addWidget(source)
    source.set_results(s, analyse(s))
    win = open_deck(qtbot, source, anonymous=True)
    win.set_slides(("savings", "prices"))
    asked: list = []
    monkeypatch.setattr(win, "confirm_risky", lambda found: asked.append(found) or False)
    path = tmp_path / "deck.pdf"
    assert win.export_pdf(str(path)) == 0 and not path.exists()  # Cancel: nothing written
    assert asked and any("Anlagentechnik" in f.text for f in asked[0])
    monkeypatch.setattr(win, "confirm_risky", lambda found: True)  # Export anyway
    assert win.export_pdf(str(path)) == 2 and path.exists()
    win.anonymous.setChecked(False)
    asked.clear()
    monkeypatch.setattr(win, "confirm_risky", lambda found: asked.append(found) or False)
    assert win.export_pdf(str(tmp_path / "named.pdf")) == 2 and not asked  # not anonymous: no check


def test_spin_boxes_follow_a_live_language_switch(qtbot, qapp):
    from PySide6.QtCore import QLocale

    from ui import i18n
    from ui.results.view import ResultsView

    source = make_source(qtbot, "five", two=False)
    win = open_deck(qtbot, source)
    assert isinstance(source, ResultsView)
    picker = source.advice.sweep.first
    boxes = [win.what_if.coordination, win.what_if.price, picker.lo, picker.hi]
    try:
        for code, language, text in (("de", QLocale.Language.German, "12.345,00"),
                                      ("en", QLocale.Language.English, "12,345.00"),
                                      ("de", QLocale.Language.German, "12.345,00")):
            i18n.install_translators(qapp, code)
            QApplication.processEvents()
            assert [b.locale().language() for b in boxes] == [language] * 4, code
            assert picker.lo.textFromValue(12345.0) == text
    finally:
        i18n.install_translators(qapp, "en")
        QApplication.processEvents()
    assert all(b.locale().language() == QLocale.Language.English for b in boxes)
    win.close()


def test_a_chart_reaching_beyond_its_axes_keeps_its_pixels_in_the_handout(qtbot):
    """Qt's SVG renderer ignores clip paths: such a chart is not offered as vectors."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    from ui.deck.slide import _clipped

    fig = Figure(figsize=(4, 3))
    FigureCanvasAgg(fig)
    ax = fig.add_subplot()
    ax.plot([0, 1, 2], [0, 1, 0])
    fig.canvas.draw()
    assert not _clipped(fig)
    ax.set_ylim(0, 0.5)  # the line now runs out of the axes
    fig.canvas.draw()
    assert _clipped(fig)
    win = open_deck(qtbot, make_source(qtbot, "five", two=False), (1280, 720))
    keys = [s.key for s in win.slides]
    show_slide(win, keys.index("prices"))
    assert win.slides[keys.index("prices")].vector_parts() == []  # its price curve is cut at the top
    show_slide(win, 0)
    assert len(win.slides[0].vector_parts()) == 1
    win.close()


def test_a_choice_saved_before_the_advice_slide_still_loads_and_offers_it(qtbot):
    from coop_calc.deck import parse_presentation
    from coop_calc.errors import Collector
    from ui.deck.chooser import KEY, SlideChooser
    from ui.deck.content import titles

    c = Collector()
    old = parse_presentation(c, {"slides": ["risk", "savings", "split"]})
    assert not c.problems and old == ("risk", "savings", "split")
    dialog = SlideChooser(old, titles())
    qtbot.addWidget(dialog)
    listed = {dialog.list.item(j).data(KEY): dialog.list.item(j).checkState() for j in range(dialog.list.count())}
    assert listed["advice"] == Qt.CheckState.Unchecked and dialog.chosen() == old
    assert dialog.list.item(list(listed).index("advice")).text() == "Advice"
