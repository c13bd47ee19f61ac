"""Run the CLI with ``python -m warta``."""

import sys

from warta.cli import main

sys.exit(main())
