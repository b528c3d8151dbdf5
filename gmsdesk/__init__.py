"""GMS Desk: offline-first SME registry, training and surveys for enterprise support agencies."""

__version__ = "0.1.0"
