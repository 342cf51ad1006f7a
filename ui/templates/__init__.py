"""The named templates in the interface: the Templates page's widgets (`manage`) and the names shown by
the composer's template picker (`names`)."""
