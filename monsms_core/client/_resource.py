"""What every resource object (client.contacts, client.groups…) shares: the transport and list calls."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import Any, TypeVar

from monsms_core.client._paging import Sort, iterate_pages, list_params, to_page
from monsms_core.client._transport import Transport
from monsms_core.client.errors import NotFoundError
from monsms_core.client.models import ApiModel, Page

M = TypeVar("M", bound=ApiModel)


class Resource:
    """Base of the resource objects; `name` prefixes the operation names in errors and logs."""

    name = "resource"

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    def __repr__(self) -> str:
        return f"<{type(self).__name__} of {self._transport!r}>"

    def _first_form(self, endpoint: str, forms: Sequence[str], attempt: Callable[[str], Any]) -> Any:
        """`attempt(form)` with each form of an unconfirmed endpoint in turn (the remembered one first),
        moving on only on a "not found" answer; the form that answers is remembered for this client.
        When every form says "not found", the last NotFoundError is raised (e.g. the id is unknown)."""
        remembered = self._transport.path_choices.get(endpoint)
        ordered = [remembered] if remembered is not None and remembered in forms else list(forms)
        error: NotFoundError | None = None
        for form in ordered:
            try:
                result = attempt(form)
            except NotFoundError as not_found:
                error = not_found
                continue
            if form != remembered:
                self._transport.path_choices.remember(endpoint, form)
            return result
        assert error is not None
        raise error

    def _read(self, path: str, body: Mapping[str, Any] | None, operation: str) -> Any:
        return self._transport.call(path, body, kind="read", operation=f"{self.name}.{operation}")

    def _write(self, path: str, body: Mapping[str, Any] | None, operation: str) -> Any:
        return self._transport.call(path, body, kind="write", operation=f"{self.name}.{operation}")

    def _page(
        self,
        path: str,
        model: type[M],
        *,
        page: int,
        count: int,
        sort: Sort,
        order_by: str,
        extra: Mapping[str, Any] | None = None,
    ) -> Page[M]:
        body = {**(extra or {}), **list_params(page, count, sort, order_by)}
        return to_page(self._read(path, body, "list"), model, page, count)

    def _iterate(
        self,
        path: str,
        model: type[M],
        *,
        count: int,
        sort: Sort,
        order_by: str,
        extra: Mapping[str, Any] | None = None,
    ) -> Iterator[M]:
        list_params(1, count, sort, order_by)  # fail on bad arguments now, not at the first next()
        return iterate_pages(
            lambda number, size: self._page(
                path, model, page=number, count=size, sort=sort, order_by=order_by, extra=extra
            ),
            count,
        )


def as_mapping(data: Any) -> Mapping[str, Any]:
    """A single object from an answer that may wrap it in a one-item list; {} when there is none."""
    if isinstance(data, list) and data and isinstance(data[0], Mapping):
        return data[0]
    return data if isinstance(data, Mapping) else {}
