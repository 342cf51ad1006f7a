"""`monsms_core doctor` against the sandbox: all OK on the SDK's shapes; an old shape or a missing path
is named in the report; the JSON and the saved fixtures never hold a secret."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from monsms_core.cli import main
from monsms_core.client import MonSmsClient, models
from monsms_core.client.models import Recurrence
from monsms_core.doctor import doctor_for, report_lines, run_doctor
from monsms_sandbox.control import SandboxControl


@pytest.fixture
def seeded(sandbox: SandboxControl, seeded_api_key: str) -> str:
    sandbox.config(rate_limit_per_second=10_000)
    return seeded_api_key


def test_on_the_sandbox_every_endpoint_is_ok(seeded: str, base_url: str, tmp_path: Path) -> None:
    report = doctor_for(seeded, base_url)
    assert report.all_ok, report.as_dict()
    statuses = {result.endpoint: result.status for result in report.endpoints}
    assert set(statuses.values()) == {"ok"} and len(statuses) == 15  # transaction check included
    assert report.account_name == "Boutique Awa Cosmétiques" and report.credit and report.credit > 20_000
    lines = report_lines(report, "fr")
    assert lines[-1].startswith("Tout est conforme") and "Boutique Awa Cosmétiques" in lines[1]
    assert report_lines(report, "en")[-1].startswith("Everything matches")
    text = json.dumps(report.as_dict()) + "\n".join(lines)
    assert seeded not in text and "password" not in text and "token" not in text
    saved = report.save(tmp_path)
    assert len(saved) == 14  # every answer but /user/credit's bare number
    for path in saved:
        content = path.read_text(encoding="utf-8")
        assert seeded not in content and '"password"' not in content and '"token"' not in content
        fixture = json.loads(content)
        items = fixture["data"] if isinstance(fixture["data"], list) else [fixture["data"]]
        assert all(getattr(models, fixture["model"]).from_api(item).id for item in items)


def test_an_old_shape_is_named_with_its_difference(
    seeded: str, base_url: str, sandbox: SandboxControl
) -> None:
    with MonSmsClient(seeded, base_url) as client:  # newest campaign: a sender and recurring days
        weekly = Recurrence.weekly("09:00", ("monday",))
        client.campaigns.create(
            "Point hebdo", contacts=["2250707000001"], sender_id="AWASHOP", type="RECURRING", recurring=weekly
        )
        sandbox.config(old_shapes=["/campaign/{id}"])
        report = run_doctor(client)
    assert not report.all_ok
    (details,) = [r for r in report.endpoints if r.endpoint == "/campaign/{id}"]
    assert details.status == "different"
    assert {(d.path, d.code) for d in details.differences} == {
        ("senderId", "sender_name"),
        ("recurring.monday", "type"),
    }
    assert all(r.status == "ok" for r in report.endpoints if r is not details)
    line = next(line for line in report_lines(report, "fr") if "/campaign/{id}" in line)
    assert "différent" in line and "senderId" in line and "recurring.monday" in line and "09:00" in line


def test_a_missing_path_is_reported_and_the_cli_prints_json(
    seeded: str, base_url: str, sandbox: SandboxControl, capsys: pytest.CaptureFixture[str]
) -> None:
    sandbox.config(missing_routes=["/campaign/list"])
    assert main(["doctor", "--api-key", seeded, "--base-url", base_url, "--json"]) == 1
    printed = json.loads(capsys.readouterr().out)
    statuses = {e["endpoint"]: e["status"] for e in printed["endpoints"]}
    assert statuses["/campaign/list"] == "missing" and statuses["/campaign/{id}"] == "ok"
    assert printed["pathChoices"] == {"campaigns.list": "per-sender"}
    assert seeded not in json.dumps(printed)
    sandbox.config(missing_routes=[])
    assert main(["doctor", "--api-key", seeded, "--base-url", base_url, "--lang", "en"]) == 0
    assert "Everything matches" in capsys.readouterr().out


def test_a_wrong_key_is_one_clear_error(sandbox: SandboxControl, base_url: str) -> None:
    report = doctor_for("sbx_not_a_key_000000000000000000", base_url)
    assert {r.status for r in report.endpoints} == {"error", "skipped"}  # details: no id to read
    assert report.endpoints[0].error == "auth_failed"
    assert "clé API" in report_lines(report, "fr")[1]
