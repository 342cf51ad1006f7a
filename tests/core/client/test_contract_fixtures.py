"""Contract fixtures: answers written by hand from the vendor's Dart SDK models (each file names its
source in "_source"), and answers captured by `python -m monsms_core doctor --save` dropped in the same
folder. The client must parse every one, keep no secret, and the doctor must find nothing to report."""

from __future__ import annotations

import json
from datetime import time
from pathlib import Path
from typing import Any

import pytest

from monsms_core.client import models
from monsms_core.doctor import check_list, check_shape
from monsms_core.doctor.shapes import GROUP, SHAPE_OF_MODEL

FOLDER = Path(__file__).resolve().parents[2] / "fixtures" / "contract"
FIXTURES = sorted(FOLDER.glob("*.json"))


def _load(path: Path) -> dict[str, Any]:
    fixture = json.loads(path.read_text(encoding="utf-8"))
    assert fixture["_source"] and fixture["endpoint"].startswith("/") and fixture["model"] in SHAPE_OF_MODEL
    return fixture


def test_the_folder_holds_a_fixture_per_model() -> None:
    assert {_load(path)["model"] for path in FIXTURES} >= set(SHAPE_OF_MODEL)


@pytest.mark.parametrize("path", FIXTURES, ids=[p.stem for p in FIXTURES])
def test_the_client_parses_each_fixture(path: Path) -> None:
    fixture = _load(path)
    model = getattr(models, fixture["model"])
    data = fixture["data"]
    items = data if isinstance(data, list) else [data]
    shape = GROUP if fixture["endpoint"] == "/group/list" else SHAPE_OF_MODEL[fixture["model"]]
    assert (check_list(data, shape) if isinstance(data, list) else check_shape(data, shape)) == []
    for item in items:
        parsed = model.from_api(item)
        assert parsed.id == item["id"]
        shown = repr(parsed)
        for key in ("apiKey", "password", "token"):
            secret = item.get(key)
            assert not secret or secret not in shown
            assert key not in parsed.extra


def test_what_the_sdk_models_mean_is_what_the_client_reads() -> None:
    by_name = {path.stem: _load(path)["data"] for path in FIXTURES}
    details = models.CampaignDetails.from_api(by_name["campaign_details"])
    assert details.recurring is not None
    assert details.recurring.days() == {"monday": time(9), "friday": time(17, 30)}
    assert (details.sender_name, details.sender_id) == ("AWASHOP", "clx0sndr000000000000000001")
    assert details.name is None and details.status is None and details.stats is None
    (transaction,) = [models.Transaction.from_api(t) for t in by_name["transaction_list"]]
    assert transaction.campaign_id == "clx0cmp0000000000000000001"
    user = models.UserDetails.from_api(by_name["user_details"])
    assert (user.full_name, user.available_credit) == ("Boutique Awa", 1200)
    assert "SECRET" not in repr(user)
