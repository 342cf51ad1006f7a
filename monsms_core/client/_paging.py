"""List calls: the paging parameters, the tolerant reading of list answers, and page iterators.

A list answer may be a plain array or an object holding the array under `items`, `data`, `results`,
`contacts`… with an optional total (`total`, `totalCount`, `meta.total`…).

Iterators read until a page comes back EMPTY. The server's page-size cap is unknown (the vendor's schema
only says `count` >= 5): a short page may be a cap, not the end. So when the first page holds fewer
items than asked (but at least MIN_PAGE_SIZE), that size is taken as the server's cap and the next pages
are asked with it: page n then starts after exactly (n - 1) × cap items, whether the server computes
its offset from the capped size or from the `count` it is sent, so nothing is skipped either way.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from typing import Any, Literal, TypeVar

from monsms_core.client.errors import InvalidResponseError
from monsms_core.client.models import ApiModel, Page

M = TypeVar("M", bound=ApiModel)
Sort = Literal["asc", "desc"]

MIN_PAGE_SIZE = 5  # the API refuses smaller pages
# The largest page this client asks for; the server may serve fewer (see the module docstring).
MAX_PAGE_SIZE = 1000
_LIST_KEYS = (
    "items",
    "data",
    "results",
    "rows",
    "records",
    "list",
    "contacts",
    "groups",
    "campaigns",
    "senders",
    "templates",
    "transactions",
    "offers",
    "docs",
    "content",
)
# Not "count": list calls send `count` as the page size and an API echoing it back must not end paging.
_TOTAL_KEYS = ("total", "totalCount", "totalItems", "totalResults", "totalElements")
_META_KEYS = ("meta", "pagination", "paging", "pageInfo")


def list_params(page: int, count: int, sort: Sort, order_by: str) -> dict[str, Any]:
    """The body fields of a list call; checks what the API would refuse anyway."""
    if page < 1:
        raise ValueError("page starts at 1")
    if not MIN_PAGE_SIZE <= count <= MAX_PAGE_SIZE:
        raise ValueError(f"count must be between {MIN_PAGE_SIZE} and {MAX_PAGE_SIZE}")
    if sort not in ("asc", "desc"):
        raise ValueError("sort is 'asc' or 'desc'")
    return {"page": page, "count": count, "sort": sort, "orderBy": order_by}


def extract_items(data: Any) -> tuple[list[Any], int | None]:
    """The items and, when given, the total of a list answer of any of the shapes seen."""
    if data is None:
        return [], None
    if isinstance(data, list):
        return data, None
    if not isinstance(data, Mapping):
        raise InvalidResponseError(f"list answer is a {type(data).__name__}")
    items = next((data[k] for k in _LIST_KEYS if isinstance(data.get(k), list)), None)
    if items is None:
        lists = [v for v in data.values() if isinstance(v, list)]
        if len(lists) != 1:
            raise InvalidResponseError("list answer holds no recognisable array")
        items = lists[0]
    return items, _total(data)


def _total(data: Mapping[str, Any]) -> int | None:
    for holder in (data, *(data[k] for k in _META_KEYS if isinstance(data.get(k), Mapping))):
        for key in _TOTAL_KEYS:
            value = holder.get(key)
            if isinstance(value, int) and not isinstance(value, bool) and value >= 0:
                return value
    return None


def to_page(data: Any, model: type[M], page: int, count: int) -> Page[M]:
    """A typed Page from a list answer."""
    items, total = extract_items(data)
    return Page([model.from_api(item) for item in items], page=page, count=count, total=total)


def iterate_pages(fetch: Callable[[int, int], Page[M]], count: int) -> Iterator[M]:
    """Every item of every page given by `fetch(page_number, page_size)`, lazily, page 1 first.

    Reads until an empty page (never stops at a short one); adapts the page size to a cap the first
    page reveals (module docstring). A server that ignores `page` and keeps sending the same page would
    loop forever: that is detected and reported instead.
    """
    number, size = 1, count
    previous_ids: list[Any] | None = None
    while True:
        page = fetch(number, size)
        if not page.items:
            return
        ids = [getattr(item, "id", None) for item in page.items]
        if previous_ids is not None and ids == previous_ids:
            raise InvalidResponseError("the API sent the same page twice (paging ignored)")
        yield from page.items
        if number == 1 and MIN_PAGE_SIZE <= len(page.items) < size:
            size = len(page.items)  # a cap, or the whole list: page 2 (empty then) tells which
        previous_ids = ids
        number += 1
