"""Recipients handed to the composer from a past send ("send again", "duplicate", "edit and resubmit").

A past send is known as its template and, per rendered text, the phones that received it (an API
campaign: its text and contacts; a review: its frozen chunks). The fields that made each text (the
``{prénom}`` of a personalised message) are not stored anywhere, so they are read back from the text:

    recover_fields("Bonjour {prénom} !", "Bonjour Awa !")        # {"prénom": "Awa"}

A value is kept only when rendering the template with it gives the very same text again, so sending
the handed recipients again reproduces what they received; a text that does not fit (the template was
changed, two fields side by side are ambiguous) gives no fields rather than wrong ones.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

from monsms_core.compose import Field, Recipient, normalize_field_name, phone_key, render, split_template

HANDED_SOURCE = "handed"


def _pattern(template: str) -> tuple[re.Pattern[str], dict[str, str]] | None:
    """A regex matching the texts `template` renders to, and group name → field name (as first written)."""
    parts: list[str] = []
    groups: dict[str, str] = {}  # normalised key → group name
    names: dict[str, str] = {}  # group name → field name
    for token in split_template(template):
        if not isinstance(token, Field):
            parts.append(re.escape(token))
            continue
        group = groups.get(token.key)
        if group is not None:  # the same field again renders the same value
            parts.append(f"(?P={group})")
            continue
        group = f"f{len(groups)}"
        groups[token.key] = group
        names[group] = token.name
        parts.append(f"(?P<{group}>.*?)")
    if not names:
        return None
    return re.compile("".join(parts), re.DOTALL), names


def recover_fields(
    template: str, rendered: str, fallbacks: Mapping[str, str] | None = None
) -> dict[str, str] | None:
    """The field values that turned `template` into `rendered`, or None when they cannot be told.

    {} for a template without fields. A value equal to its field's fallback is given as "" (the fallback
    then applies again); the field stays present so that the composer knows it.
    """
    compiled = _pattern(template)
    if compiled is None:
        return {}
    return _recover(template, compiled, rendered, fallbacks or {})


def _recover(
    template: str,
    compiled: tuple[re.Pattern[str], dict[str, str]],
    rendered: str,
    fallbacks: Mapping[str, str],
) -> dict[str, str] | None:
    pattern, names = compiled
    match = pattern.fullmatch(rendered)
    if match is None:
        return None
    by_key = {normalize_field_name(k): v for k, v in fallbacks.items()}
    values: dict[str, str] = {}
    for group, name in names.items():
        value = match.group(group)
        values[name] = "" if value == by_key.get(normalize_field_name(name)) else value
    return values if render(template, values, fallbacks) == rendered else None


def handed_recipients(
    template: str,
    batches: Iterable[tuple[str, Iterable[tuple[str, Mapping[str, str]]]]],
    fallbacks: Mapping[str, str] | None = None,
) -> list[dict[str, Any]]:
    """The recipients of a past send as the composer's hand-over list: [{"phone", "fields"}, …].

    `batches` holds, per rendered text, its (phone, known fields) pairs. Each phone comes once (first
    seen wins); the fields read back from its text take the place of known fields of the same name.
    """
    compiled = _pattern(template)
    fallbacks = fallbacks or {}
    seen: set[str] = set()
    people: list[dict[str, Any]] = []
    for text, members in batches:
        recovered = (_recover(template, compiled, text, fallbacks) if compiled is not None else None) or {}
        shadowed = {normalize_field_name(name) for name in recovered}
        for phone, known in members:
            key = phone_key(str(phone or ""))
            if not key or key in seen:
                continue
            seen.add(key)
            fields = {
                str(name): str(value)
                for name, value in known.items()
                if value not in (None, "") and normalize_field_name(name) not in shadowed
            }
            people.append({"phone": key, "fields": {**fields, **recovered}})
    return people


def as_recipients(handed: Iterable[Mapping[str, Any]]) -> tuple[Recipient, ...]:
    """The hand-over list as composer recipients (source "handed"); entries without a phone are dropped."""
    people: list[Recipient] = []
    for item in handed:
        key = phone_key(str(item.get("phone") or ""))
        if not key:
            continue
        raw = item.get("fields")
        fields = {str(k): str(v) for k, v in raw.items() if v is not None} if isinstance(raw, Mapping) else {}
        people.append(Recipient(key, fields, HANDED_SOURCE))
    return tuple(people)
