"""``python -m chalicelib ...``: the operator commands (see :mod:`chalicelib.cli`)."""

import sys

from chalicelib.cli import main

sys.exit(main())
