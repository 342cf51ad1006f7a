"""Widgets of the spending features: the "Crédit et dépenses" page and what recurring sends cost."""
