"""What the bundled executable runs: the `gmsdesk` command, as `pip install` makes it (the
window without a command, the headless commands with one)."""

from __future__ import annotations

import sys

from gmsdesk.cli import main

if __name__ == "__main__":
    sys.exit(main())
