"""The audit log as people read it: categories, labels in the reader's language, exports."""

from __future__ import annotations

from monsms_core.audit.details import details_text
from monsms_core.audit.view import (
    CATEGORIES,
    action_label,
    audit_export,
    audit_frame,
    category_of,
    filter_categories,
)

__all__ = [
    "CATEGORIES",
    "action_label",
    "audit_export",
    "audit_frame",
    "category_of",
    "details_text",
    "filter_categories",
]
