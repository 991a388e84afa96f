"""``python -m ui [FILE]`` starts the desktop application."""

import sys

from .app import main

sys.exit(main())
