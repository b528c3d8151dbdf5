"""The Surveys area: XLSForm forms, the renderer that fills them in offline, drafts, responses
(append-only, corrections supersede) and the summary with charts and exports."""
