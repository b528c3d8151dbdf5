"""Application work the window and the `gmsdesk` command share: importing and installing
forms, certificates and attendance sheets, survey summaries as reports. No Qt and no SQL: each
function takes a storage `Database` and calls its typed methods.

Importing a service is cheap (the window does it at start-up): pyxform and reportlab, which
take a few hundred milliseconds to load, are imported by the functions that use them.
"""
