"""The composer screen's logic without Streamlit: recipients from each source, the counter's view, the
cheaper-characters suggestion, previews, the schedule's wording and the draft kept across reloads
(`drafts`)."""

from __future__ import annotations

from monsms_core.composer import drafts
from monsms_core.composer.confirmation import (
    Readiness,
    check_before_confirming,
    draft_records,
    foreign_draft,
)
from monsms_core.composer.model import (
    CounterView,
    Measure,
    Suggestion,
    available_fields,
    contact_fields,
    contacts_to_recipients,
    counter_view,
    display_phone,
    example_recipient,
    import_recipients,
    insert_field,
    parts_breakdown,
    preview_messages,
    schedule_once,
    schedule_summary,
    schedule_weekly,
    suggest,
    usable_senders,
)

__all__ = [
    "CounterView",
    "Measure",
    "Readiness",
    "Suggestion",
    "available_fields",
    "check_before_confirming",
    "contact_fields",
    "contacts_to_recipients",
    "counter_view",
    "display_phone",
    "draft_records",
    "drafts",
    "example_recipient",
    "foreign_draft",
    "import_recipients",
    "insert_field",
    "parts_breakdown",
    "preview_messages",
    "schedule_once",
    "schedule_summary",
    "schedule_weekly",
    "suggest",
    "usable_senders",
]
