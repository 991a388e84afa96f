"""CoopCalc's desktop application (PySide6). The engine lives in :mod:`coop_calc`; this package
edits scenarios through :mod:`coop_calc.commands`, shows results computed off the GUI thread
(:mod:`ui.tasks`) and handles files, autosave and settings."""

APP_NAME = "CoopCalc"
ORG_NAME = "CoopCalc"
#: The editor tabs in order (View menu: Ctrl+1 … Ctrl+6)
EDITOR_TABS = ("Pool & rule", "Partners", "Items", "Quotes", "Demand", "Risk")

from . import qtfix as _qtfix

_qtfix.install()
