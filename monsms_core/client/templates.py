"""Saved message texts: `client.templates`."""

from __future__ import annotations

from collections.abc import Iterator

from monsms_core.client._paging import Sort
from monsms_core.client._resource import Resource, as_mapping
from monsms_core.client.models import Page, Template


class Templates(Resource):
    """`/template/list`, `/template/create`, and `/template/delete` or `/template/{id}/delete`.

    No vendor SDK calls these paths (only the JS SDK's schemas name them): delete tries the body-id form
    first and falls back to the path-id form on "not found", remembering which one this account serves.
    """

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
        """Delete a template (NotFoundError when neither path form knows it)."""
        paths = {"body-id": "/template/delete", "path-id": f"/template/{template_id}/delete"}
        body = {"id": template_id}
        self._first_form(
            "templates.delete", tuple(paths), lambda form: self._write(paths[form], body, "delete")
        )
