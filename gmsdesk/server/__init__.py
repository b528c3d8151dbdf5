"""The headquarters sync server (FastAPI + SQLAlchemy Core). Arrives with sync."""
