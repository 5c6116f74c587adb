"""``python -m eduia``: the same as the ``eduia`` command."""

import sys

from eduia.cli import main

sys.exit(main())
