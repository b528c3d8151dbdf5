"""Sync with headquarters: clocks, protocol and client (no Qt)."""
