"""Compiled gettext catalogues of the engine (see :mod:`coop_calc.i18n`)."""
