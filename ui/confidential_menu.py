"""File menu entries for confidentiality: Save with password…, Remove password, Data-collection round…"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

if TYPE_CHECKING:
    from .main_window import MainWindow


class ConfidentialActions(QObject):
    def __init__(self, window: "MainWindow", menu: QMenu, before: QAction | None = None):
        """The password entries go before ``before`` (the Export menu, so that they follow Save As),
        the collection round at the end of ``menu``."""
        super().__init__(window)
        self.w = window
        self.act_password = QAction(self)
        self.act_password.triggered.connect(lambda _=False: window.files.save_with_password())
        self.act_unprotect = QAction(self)
        self.act_unprotect.triggered.connect(lambda _=False: window.files.remove_password())
        self.act_collect = QAction(self)
        self.act_collect.triggered.connect(lambda _=False: self.collection_round())
        if before is not None:
            menu.insertActions(before, [self.act_password, self.act_unprotect])
            menu.insertSeparator(before)
        else:
            menu.addActions([self.act_password, self.act_unprotect])
        menu.addAction(self.act_collect)
        menu.aboutToShow.connect(self._update)
        self.dialog = None
        self.retranslate()

    def _update(self) -> None:
        self.act_unprotect.setEnabled(self.w.files.is_protected())

    def retranslate(self) -> None:
        self.act_password.setText(self.tr("Save with pass&word…"))
        self.act_password.setStatusTip(self.tr("Save the pool encrypted: without the password nobody can open it"))
        self.act_unprotect.setText(self.tr("Remove password"))
        self.act_unprotect.setStatusTip(self.tr("Save the pool without encryption from now on"))
        self.act_collect.setText(self.tr("Data-&collection round…"))
        self.act_collect.setStatusTip(self.tr("Ask each partner for its own demand in its own workbook, then import"
                                              " the returned files"))

    def collection_round(self):
        from .collection_dialog import CollectionDialog

        self.dialog = CollectionDialog(self.w)
        self.dialog.show()
        return self.dialog
