"""GMS Desk: offline-first SME registry, training and surveys for enterprise support agencies."""

from __future__ import annotations

__version__ = "0.1.0"


def build() -> str:
    """Which build this is, to tell two copies of one version apart: the one recorded when the
    wheel or the installer was built (gmsdesk/_bundled/BUILD), or in a source checkout its
    own (`source_build`); "unknown" when neither can say. Asked only when shown: it may run
    git."""
    from importlib import resources
    from pathlib import Path

    try:
        recorded = (resources.files(__name__) / "_bundled" / "BUILD").read_text("utf-8").strip()
    except OSError:
        recorded = ""
    if recorded:
        return recorded
    found = source_build(Path(__file__).resolve().parent.parent)
    return f"{found}, source checkout" if found != "unknown" else found


def source_build(root: object) -> str:
    """The build of the source tree at `root`: $GMSDESK_BUILD when set (a CI run), else its
    `git describe`; "unknown" when neither can say. The wheel's build hook (setup.py) and the
    installers' (packaging/bundling.py) record this, loading this file by itself."""
    import os
    import subprocess
    from pathlib import Path

    if os.environ.get("GMSDESK_BUILD", "").strip():
        return os.environ["GMSDESK_BUILD"].strip()
    if not (Path(str(root)) / ".git").exists():
        return "unknown"
    try:
        out = subprocess.run(["git", "describe", "--tags", "--always", "--dirty"],
                             cwd=str(root), capture_output=True, text=True, timeout=20,
                             check=True)
    except (OSError, subprocess.SubprocessError):
        return "unknown"
    return out.stdout.strip() or "unknown"
