"""Buying credit in the dashboard: the pack/method/payer form, the waiting state, the links to it.

`recharge_flow` is drawn by the "Recharger" page and, inline, by the composer's "Crédit insuffisant"
block (so the draft stays on screen). Rules live in `monsms_core.payments`; this package only draws.
"""
