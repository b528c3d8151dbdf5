"""GMS Desk: offline-first SME registry, training and surveys for enterprise support agencies."""

from __future__ import annotations

__version__ = "0.1.0"


def build() -> str:
    """Which build this is, to tell two copies of one version apart: the `git describe` recorded
    when the wheel was built (gmsdesk/_bundled/BUILD), or in a source checkout its own `git
    describe`; "unknown" when neither can say. Asked only when shown: it may run git."""
    import subprocess
    from importlib import resources
    from pathlib import Path

    try:
        recorded = (resources.files(__name__) / "_bundled" / "BUILD").read_text("utf-8").strip()
    except OSError:
        recorded = ""
    if recorded:
        return recorded
    root = Path(__file__).resolve().parent.parent
    if not (root / ".git").exists():
        return "unknown"
    try:
        out = subprocess.run(["git", "describe", "--tags", "--always", "--dirty"], cwd=root,
                             capture_output=True, text=True, timeout=10, check=True)
    except (OSError, subprocess.SubprocessError):
        return "unknown"
    return f"{out.stdout.strip()}, source checkout" if out.stdout.strip() else "unknown"
