"""Printed reports (PDF, no Qt): workshop certificates and attendance sheets, survey summaries.

Text in any of the seven languages is split into script runs, set in the bundled Noto fonts and
shaped with HarfBuzz (see `gmsdesk.reports.text`).
"""
