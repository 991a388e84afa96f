"""CoopCalc engine: scenario model, pricing, coalition games, fair splits and risk simulation.

The engine never imports Qt; the desktop application in ``ui/`` and the command line are thin
clients of the functions here.
"""

__version__ = "0.1.0"
