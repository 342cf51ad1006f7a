"""The doctor's report as sentences, in French (default) or English, for the terminal and the page."""

from __future__ import annotations

from monsms_core.doctor.run import DoctorReport, EndpointResult
from monsms_core.doctor.shapes import Difference
from monsms_core.i18n import translate
from monsms_core.i18n.formatting import format_number

_MARKS = {"ok": "✔", "different": "✖", "missing": "?", "error": "!", "skipped": "–"}


def difference_text(difference: Difference, lang: str | None = "fr") -> str:
    """One difference as a short phrase ("`sender` absent (attendu : object)")."""
    return translate(
        f"doctor.diff.{difference.code}",
        lang,
        path=difference.path,
        expected=difference.expected,
        got=difference.got,
    )


def endpoint_line(result: EndpointResult, lang: str | None = "fr") -> str:
    """One endpoint's verdict, its differences after a colon."""
    status = translate(f"doctor.status.{result.status}", lang)
    if result.status == "different":
        status += " — " + "; ".join(difference_text(d, lang) for d in result.differences)
    elif result.status == "error" and result.error:
        status += " — " + translate(f"errors.{result.error}", lang)
    return f"{_MARKS[result.status]} {result.endpoint} : {status}"


def report_lines(report: DoctorReport, lang: str | None = "fr") -> list[str]:
    """The whole report: where, which account (name and credit, never a secret), each endpoint, verdict."""
    lines = [translate("doctor.title", lang, url=report.base_url)]
    if report.account_name is not None or report.credit is not None:
        credit = format_number(report.credit, lang) if report.credit is not None else "?"
        lines.append(translate("doctor.account", lang, name=report.account_name or "?", credit=credit))
    lines.extend(endpoint_line(result, lang) for result in report.endpoints)
    if report.path_choices.get("campaigns.list") == "per-sender":
        lines.append(translate("doctor.note.per_sender", lang))
    lines.append(translate("doctor.verdict.ok" if report.all_ok else "doctor.verdict.different", lang))
    return lines
