"""Run the CLI with ``python -m warta.cli``."""

import sys

from warta.cli import main

sys.exit(main())
