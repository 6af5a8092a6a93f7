"""`python -m raptscallions`: the `raptscallions` command."""

import sys

from .cli import main

sys.exit(main())
