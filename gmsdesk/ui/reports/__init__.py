"""The Reports area: indicators against targets, for headquarters and donors."""
