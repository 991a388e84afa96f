"""The anonymised export's question: which files — workbook, meeting report, scenario file, chart
images — and under which name.

Before anything is written the dialog lists every file the export will write and says which existing
files it replaces; a name that cannot be used (a missing folder, a folder where a file should go) is
named and Export stays disabled. The writing itself is all-or-none
(:func:`coop_calc.exchange.anonymous_export.export_anonymised`).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

# The outputs, in the order they are offered, and what is appended to the chosen name for each
# (chart images go into a folder of that name).
SUFFIXES = {"xlsx": ".xlsx", "pdf": ".pdf", "json": ".coop.json", "charts": "-charts"}


def base_of(path: str | Path) -> Path:
    """The chosen name without any of the outputs' endings (``pool-anonymous.xlsx`` → ``pool-anonymous``)."""
    p = Path(path)
    for ending in (".coop.json", ".xlsx", ".pdf", ".json", "-charts"):
        if p.name.lower().endswith(ending) and len(p.name) > len(ending):
            return p.with_name(p.name[: -len(ending)])
    return p


def targets(base: Path, outputs: list[str]) -> dict[str, Path]:
    """Where each of ``outputs`` ('xlsx', 'pdf', 'json', 'charts') is written for the name ``base``."""
    return {k: base.with_name(base.name + SUFFIXES[k]) for k in SUFFIXES if k in outputs}


class AnonymousExportDialog(QDialog):
    """Choose the anonymised outputs and their name; :meth:`chosen` gives {output: path}."""

    def __init__(self, base: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Anonymised export"))
        self.setMinimumWidth(620)
        box = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Every partner appears by its alias (Partner A, Partner B, …) and partner names are removed from"
            " every text. The figures are those of the pool. All chosen files are written, or none of them."))
        intro.setWordWrap(True)
        box.addWidget(intro)
        labels = {"xlsx": self.tr("Workbook (.xlsx): inputs, results, advice and risk"),
                  "pdf": self.tr("Meeting report (PDF)"),
                  "json": self.tr("Scenario file (.coop.json) that others can open in CoopCalc"),
                  "charts": self.tr("Chart images (PNG files in a folder)")}
        self.boxes: dict[str, QCheckBox] = {}
        for key in SUFFIXES:
            cb = QCheckBox(labels[key])
            cb.setChecked(True)
            cb.toggled.connect(self._update)
            self.boxes[key] = cb
            box.addWidget(cb)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Name:")))
        self.name = QLineEdit(str(base))
        self.name.textChanged.connect(self._update)
        row.addWidget(self.name, 1)
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self.browse)
        row.addWidget(browse)
        box.addLayout(row)
        self.files = QLabel()
        self.files.setWordWrap(True)
        self.files.setTextFormat(Qt.TextFormat.PlainText)
        box.addWidget(self.files)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = buttons.addButton(self.tr("Export"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        box.addWidget(buttons)
        self._update()

    def chosen(self) -> dict[str, Path]:
        """{output: where it goes} for the ticked outputs."""
        text = self.name.text().strip()
        if not text:
            return {}
        return targets(base_of(Path(text).expanduser()), [k for k, cb in self.boxes.items() if cb.isChecked()])

    def problem(self) -> str:
        """Why the current choice cannot be written ('' when it can)."""
        chosen = self.chosen()
        if not self.name.text().strip():
            return self.tr("Give the files a name.")
        if not chosen:
            return self.tr("Tick at least one file.")
        folder = next(iter(chosen.values())).parent
        if not folder.is_dir():
            return self.tr("The folder %1 does not exist.").replace("%1", str(folder))
        for key, path in chosen.items():
            if key == "charts" and path.exists() and not path.is_dir():
                return self.tr("%1 is a file, not a folder: choose another name.").replace("%1", path.name)
            if key != "charts" and path.is_dir():
                return self.tr("%1 is a folder: choose another name.").replace("%1", path.name)
        return ""

    def _update(self) -> None:
        problem = self.problem()
        self.export_button.setEnabled(not problem)
        if problem:
            self.files.setText(problem)
            return
        lines = [self.tr("These files will be written:")]
        for key, path in self.chosen().items():
            name = path.name + ("/" if key == "charts" else "")
            if key == "charts" and path.is_dir():
                name += "  " + self.tr("(existing folder: its chart images are replaced)")
            elif path.exists():
                name += "  " + self.tr("(replaces the existing file)")
            lines.append("  " + name)
        lines.append(self.tr("in %1").replace("%1", str(next(iter(self.chosen().values())).parent)))
        self.files.setText("\n".join(lines))

    def browse(self) -> None:
        current = base_of(self.name.text().strip() or ".")
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Name of the anonymised files"), str(current) + ".xlsx",
            self.tr("Anonymised export (*.xlsx *.pdf *.coop.json)"),
            options=QFileDialog.Option.DontConfirmOverwrite)  # the dialog lists what is replaced
        if path:
            self.name.setText(str(base_of(path)))
