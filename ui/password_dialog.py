"""The password questions of protected scenario files (tests replace :func:`ask_password`)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from coop_calc.sealed import MIN_PASSWORD_LENGTH


class PasswordDialog(QDialog):
    """One password field, or two (new password and its repetition) when ``confirm``."""

    def __init__(self, parent: QWidget | None, title: str, text: str, confirm: bool = False):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.confirm = confirm
        lay = QVBoxLayout(self)
        label = QLabel(text)
        label.setWordWrap(True)
        lay.addWidget(label)
        form = QFormLayout()
        self.field = QLineEdit()
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("Password:"), self.field)
        self.again = QLineEdit()
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        if confirm:
            form.addRow(self.tr("Repeat:"), self.again)
        lay.addLayout(form)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        lay.addWidget(self.hint)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        lay.addWidget(self.buttons)
        for f in (self.field, self.again):
            f.textChanged.connect(self._check)
        self._check()
        self.setMinimumWidth(420)

    def _check(self) -> None:
        pw, ok, hint = self.field.text(), True, ""
        if self.confirm:
            if len(pw) < MIN_PASSWORD_LENGTH:
                ok, hint = False, self.tr("At least {n} characters.").format(n=MIN_PASSWORD_LENGTH)
            elif pw != self.again.text():
                ok, hint = False, self.tr("The two entries differ.")
            else:
                hint = self.tr("Keep the password safe: without it the file cannot be opened by anyone,"
                           " CoopCalc included.")
        else:
            ok = bool(pw)
        self.hint.setText(hint)
        self.hint.setVisible(bool(hint))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def password(self) -> str:
        return self.field.text()


def ask_password(parent: QWidget | None, title: str, text: str, confirm: bool = False) -> str | None:
    """The password entered, or None when the user cancels."""
    dlg = PasswordDialog(parent, title, text, confirm)
    return dlg.password() if dlg.exec() == QDialog.DialogCode.Accepted else None
