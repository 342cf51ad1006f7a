"""Named templates: the API's templates (id + text) joined with the dashboard's records (name, category,
usage count), and the changes a team makes to them. The API is changed first, then the record follows,
so a failure of the API leaves both as they were."""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from monsms_core.client import MonSmsClient
from monsms_core.client.errors import InvalidResponseError, MonSmsError, NotFoundError
from monsms_core.client.models import Template
from monsms_core.i18n.problems import ProblemError
from monsms_core.store import Store, TemplateRecord
from monsms_core.store.template_names import name_key

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


class TemplateActionError(ProblemError):
    """A template change refused before anything changed (`templates.error.<code>`)."""

    catalog = "templates.error"


@dataclass(frozen=True)
class NamedTemplate:
    """One API template with what the dashboard knows of it (`name` None: never named here)."""

    id: str
    text: str
    name: str | None
    category: str
    uses: int
    last_used_at: datetime | None
    created_at: datetime | None

    @property
    def named(self) -> bool:
        """True when the team gave it a name."""
        return self.name is not None

    def excerpt(self, width: int = 60) -> str:
        """The text on one line, cut at `width` characters."""
        flat = " ".join(self.text.split())
        return flat if len(flat) <= width else flat[: width - 1] + "…"


def _join(
    template_id: str, text: str, created_at: datetime | None, record: TemplateRecord | None
) -> NamedTemplate:
    if record is None:
        return NamedTemplate(template_id, text, None, "", 0, None, created_at)
    return NamedTemplate(
        template_id, text, record.name, record.category, record.uses, record.last_used_at, created_at
    )


def _order(template: NamedTemplate) -> tuple[int, str, str, float]:
    # Named ones first, by category then name; the unnamed after, newest first.
    if template.named:
        return (0, name_key(template.category), name_key(template.name or ""), 0.0)
    return (1, "", "", -(template.created_at or _EPOCH).timestamp())


def load(client: MonSmsClient, store: Store, *, actor: str) -> list[NamedTemplate]:
    """Every template of the account with its name, category and uses (sends confirmed since the last
    load are counted first). Records of templates the API no longer has (deleted elsewhere) are
    forgotten, audited. Raises the client's MonSmsError when the API cannot list them."""
    store.template_names.count_uses()
    api = [t for t in client.templates.iterate(count=100) if t.id]
    records = {record.template_id: record for record in store.template_names.list()}
    present = {str(t.id) for t in api}
    for gone in set(records) - present:
        store.template_names.forget(gone, actor=actor, reason="gone_from_api")
    joined = [_join(str(t.id), t.text or "", t.created_at, records.get(str(t.id))) for t in api]
    return sorted(joined, key=_order)


def search(
    templates: Iterable[NamedTemplate], query: str = "", category: str | None = None
) -> list[NamedTemplate]:
    """The templates whose name, category or text contains every word of `query` (accents and case
    ignored), in `category` when one is given."""
    words = name_key(query).split()
    found = []
    for template in templates:
        if category is not None and template.category != category:
            continue
        haystack = name_key(f"{template.name or ''} {template.category} {template.text}")
        if all(word in haystack for word in words):
            found.append(template)
    return found


def categories(templates: Iterable[NamedTemplate]) -> list[str]:
    """The categories in use, sorted (accents and case ignored)."""
    return sorted({t.category for t in templates if t.category}, key=name_key)


def _saved(client: MonSmsClient, text: str, operation: str) -> tuple[str, str, Template]:
    """Create `text` on the API: its id, the text as the API keeps it, and the answer. An answer without
    an id cannot be named (the template exists on the API, unnamed: the list shows it)."""
    saved = client.templates.create(text)
    if not saved.id:
        raise InvalidResponseError("template without id", operation=operation)
    return str(saved.id), saved.text if saved.text is not None else text, saved


def _check_name(store: Store, name: str, *, other_than: str | None = None) -> None:
    if not " ".join(name.split()):
        raise TemplateActionError("name_missing")
    if store.template_names.name_taken(name, other_than=other_than):
        raise TemplateActionError("name_taken", name=" ".join(name.split()))


def create(
    client: MonSmsClient, store: Store, *, name: str, category: str, text: str, actor: str
) -> NamedTemplate:
    """Save `text` on the API and name it. Refused before any call when the name is empty or taken."""
    if not text.strip():
        raise TemplateActionError("text_missing")
    _check_name(store, name)
    template_id, kept, saved = _saved(client, text, "templates.create")
    record = store.template_names.name(template_id, name=name, category=category, text=kept, actor=actor)
    return _join(template_id, kept, saved.created_at, record)


def rename(store: Store, template: NamedTemplate, *, name: str, category: str, actor: str) -> NamedTemplate:
    """Give `template` a new name and category (or its first ones); the API is not involved."""
    _check_name(store, name, other_than=template.id)
    record = store.template_names.name(
        template.id, name=name, category=category, text=template.text, actor=actor
    )
    return _join(template.id, template.text, template.created_at, record)


@dataclass(frozen=True)
class Edited:
    """The template after an edit; `old_left` when the API kept the previous version (delete failed)."""

    template: NamedTemplate
    old_left: bool


def edit(client: MonSmsClient, store: Store, template: NamedTemplate, *, text: str, actor: str) -> Edited:
    """Change the text: the API cannot update a template, so the new text is created, the record (name,
    category, uses) moves to it, then the old one is deleted. Created first: a failure never loses the
    text. A failed delete is reported as `old_left` rather than raised: the edit itself is done."""
    if not text.strip():
        raise TemplateActionError("text_missing")
    new_id, kept, saved = _saved(client, text, "templates.create")
    record = store.template_names.follow_edit(template.id, new_id, text=kept, actor=actor)
    try:
        client.templates.delete(template.id)
        old_left = False
    except NotFoundError:
        old_left = False  # already gone
    except MonSmsError:
        old_left = True  # the old version stays on the API, unnamed: the page says so
    return Edited(_join(new_id, kept, saved.created_at, record), old_left)


def delete(client: MonSmsClient, store: Store, template: NamedTemplate, *, actor: str) -> None:
    """Delete `template` on the API (already gone counts as deleted), then its record (audited)."""
    with contextlib.suppress(NotFoundError):
        client.templates.delete(template.id)
    if not store.template_names.forget(template.id, actor=actor):
        store.audit.record(actor, "template.deleted", template.id, {"name": None, "text": template.excerpt()})


def find(templates: Sequence[NamedTemplate], template_id: str | None) -> NamedTemplate | None:
    """The template of `template_id` among `templates`, or None."""
    return next((t for t in templates if t.id == template_id), None)
