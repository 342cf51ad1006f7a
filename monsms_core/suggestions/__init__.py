"""Cheaper messages, offered and never applied silently: short links ("Raccourcir le lien", `ai/url`) and a
shorter rewrite ("Tenir en un SMS", `ai/msg`), each priced by the dashboard's own counter over every
recipient, each checked to keep the `{field}` placeholders exactly."""

from __future__ import annotations

from monsms_core.suggestions.fields import FieldCheck, check_fields
from monsms_core.suggestions.fit import FitOffer, judge, needs_fitting, offer_fit_in_one
from monsms_core.suggestions.links import LinkOffer, find_links, offer_short_links
from monsms_core.suggestions.savings import Savings, compare, describe, plan_measure

__all__ = [
    "FieldCheck",
    "FitOffer",
    "LinkOffer",
    "Savings",
    "check_fields",
    "compare",
    "describe",
    "find_links",
    "judge",
    "needs_fitting",
    "offer_fit_in_one",
    "offer_short_links",
    "plan_measure",
]
