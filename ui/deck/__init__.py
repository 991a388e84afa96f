"""The presentation deck: slides with a headline, a chart and one compact table (:mod:`.content`,
:mod:`.slide`, :mod:`.table`), the live what-if panel, the slide chooser and the PDF handout."""
