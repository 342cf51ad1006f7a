"""`python -m monsms_core segments TEXT`: how many SMS a text costs, and what would make it cheaper."""

from __future__ import annotations

import argparse
import json
import sys

from monsms_core.compose import (
    ReplacementPlan,
    SegmentCount,
    count_segments,
    describe_char,
    suggest_replacements,
)
from monsms_core.i18n import LANGUAGES, translate


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the `segments` subcommand to the router."""
    parser = subparsers.add_parser(
        "segments",
        help="count the SMS parts of a text (GSM-7 / UCS-2)",
        description="Count the SMS parts a text costs per recipient and name the characters forcing UCS-2.",
    )
    parser.add_argument("text", metavar="TEXT", help='the message text; "-" reads it from standard input')
    parser.add_argument("--json", action="store_true", help="print one JSON object instead of a sentence")
    parser.add_argument(
        "--lang", choices=LANGUAGES, default="fr", help="language of the verdict (default: fr)"
    )
    parser.set_defaults(handler=run)


def count_as_dict(count: SegmentCount) -> dict[str, object]:
    """The machine-readable form printed by ``--json``."""
    return {
        "encoding": count.encoding,
        "segments": count.segments,
        "units": count.units,
        "non_gsm": list(count.non_gsm),
        "characters": count.characters,
        "remaining": count.remaining,
    }


def verdict(count: SegmentCount, lang: str) -> str:
    """One sentence saying what the text costs and, for UCS-2, which characters are responsible."""
    if count.segments == 0:
        return translate("encoding.verdict.empty", lang)
    params = {"segments": count.segments, "units": count.units, "remaining": count.remaining}
    if count.encoding == "GSM-7":
        return translate("encoding.verdict.gsm", lang, **params)
    chars = ", ".join(describe_char(char, lang) for char in count.non_gsm)
    return translate("encoding.verdict.ucs2", lang, chars=chars, **params)


def _plan_summary(plan: ReplacementPlan, lang: str) -> str:
    removed = translate("encoding.removed", lang)
    pairs = []
    for item in plan.replacements:
        replacement = describe_char(item.replacement, lang) if item.replacement else removed
        pairs.append(f"{describe_char(item.char, lang)} → {replacement}")
    return ", ".join(pairs)


def _worth_showing(plan: ReplacementPlan) -> bool:
    # Expansions (… → ...) can make a GSM-7 text cost more parts than the UCS-2 original.
    reaches_gsm = plan.after.encoding == "GSM-7" and plan.after.segments <= plan.before.segments
    return plan.changed and (plan.saves_parts or reaches_gsm)


def describe(text: str, lang: str) -> list[str]:
    """The lines of the human-readable answer: the verdict, then the suggestions that save parts."""
    count = count_segments(text)
    lines = [verdict(count, lang)]
    if count.encoding == "GSM-7":
        return lines
    lines.append(translate("encoding.explain.ucs2", lang))
    plain = suggest_replacements(text)
    if _worth_showing(plain):
        lines.append(
            translate(
                "encoding.suggestion",
                lang,
                replacements=_plan_summary(plain, lang),
                segments=plain.after.segments,
                encoding=plain.after.encoding,
            )
        )
    accents = suggest_replacements(text, include_accents=True)
    better = accents.after.segments < plain.after.segments or accents.after.encoding != plain.after.encoding
    if accents.text != plain.text and _worth_showing(accents) and better:
        lines.append(
            translate(
                "encoding.suggestion_accents",
                lang,
                replacements=_plan_summary(accents, lang),
                segments=accents.after.segments,
                encoding=accents.after.encoding,
            )
        )
    return lines


def run(args: argparse.Namespace) -> int:
    """Print the verdict (or the JSON object) for the text given on the command line."""
    # A text piped in ends with the newline `echo` adds, which nobody means to send.
    text = sys.stdin.read().removesuffix("\n").removesuffix("\r") if args.text == "-" else args.text
    if args.json:
        print(json.dumps(count_as_dict(count_segments(text))))
    else:
        print("\n".join(describe(text, args.lang)))
    return 0
