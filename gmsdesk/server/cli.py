"""`gmsdesk-server`: the name is reserved for the headquarters server, which arrives with sync."""

from __future__ import annotations

import sys


def main() -> int:
    print("gmsdesk-server: the headquarters sync server is not part of this version yet. "
          "GMS Desk keeps every change queued locally until it is.", file=sys.stderr)
    return 2


if __name__ == "__main__":
    raise SystemExit(main())
