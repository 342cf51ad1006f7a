"""Named message templates: the API stores a text, the dashboard a name, a category and a usage count
(monsms_core.store.template_names); `catalog` joins both and makes the changes, API first."""

from __future__ import annotations

from monsms_core.templates.catalog import (
    Edited,
    NamedTemplate,
    TemplateActionError,
    categories,
    create,
    delete,
    edit,
    find,
    load,
    rename,
    search,
)

__all__ = [
    "Edited",
    "NamedTemplate",
    "TemplateActionError",
    "categories",
    "create",
    "delete",
    "edit",
    "find",
    "load",
    "rename",
    "search",
]
