"""Saved message texts: `client.templates`."""

from __future__ import annotations

from collections.abc import Iterator

from monsms_core.client._paging import Sort
from monsms_core.client._resource import Resource, as_mapping
from monsms_core.client.models import Page, Template


class Templates(Resource):
    """`/template/list`, `/template/create`, `/template/delete`."""

    name = "templates"

    def list(
        self, *, page: int = 1, count: int = 50, sort: Sort = "desc", order_by: str = "createdAt"
    ) -> Page[Template]:
        """One page of templates."""
        return self._page("/template/list", Template, page=page, count=count, sort=sort, order_by=order_by)

    def iterate(
        self, *, count: int = 100, sort: Sort = "desc", order_by: str = "createdAt"
    ) -> Iterator[Template]:
        """Every template, page after page."""
        return self._iterate("/template/list", Template, count=count, sort=sort, order_by=order_by)

    def create(self, text: str) -> Template:
        """Save a message text."""
        if not text.strip():
            raise ValueError("a template needs a text")
        return Template.from_api(as_mapping(self._write("/template/create", {"text": text}, "create")))

    def delete(self, template_id: str) -> None:
        """Delete a template."""
        self._write("/template/delete", {"id": template_id}, "delete")
