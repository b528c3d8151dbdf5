"""The SMEs area: list, search, form, import and export."""
