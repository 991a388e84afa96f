"""One file per editor or result page."""
