"""`python -m monsms_core doctor`: check the API key's account, read-only, endpoint by endpoint.

The key and base URL come from the dashboard's settings (MONSMS_API_KEY / MONSMS_BASE_URL, secrets, or
the key saved on the Settings page) unless `--api-key` / `--base-url` are given. Prints the French
(or `--lang en`) report, or with `--json` the JSON a user sends to support. `--save DIR` writes the
captured answers (secrets removed) as contract fixtures. Exit code 0 when everything matches, 1 when
something differs or fails, 2 when no key is configured.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from monsms_core.config import ConfigurationError, load_settings
from monsms_core.config.connection import API_KEY_SETTING
from monsms_core.doctor import doctor_for, report_lines
from monsms_core.i18n import LANGUAGES, translate
from monsms_core.store import Store


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the `doctor` subcommand to the router."""
    parser = subparsers.add_parser(
        "doctor",
        help="check the API key's account against what the dashboard expects (read-only)",
        description="Read-only calls on every endpoint the dashboard uses; each answer is checked.",
    )
    parser.add_argument("--api-key", default=None, help="the key to check (default: the dashboard's)")
    parser.add_argument("--base-url", default=None, help="the API root (default: the dashboard's)")
    parser.add_argument("--json", action="store_true", help="print the report as JSON (for support)")
    parser.add_argument("--save", type=Path, default=None, metavar="DIR", help="save answers as fixtures")
    parser.add_argument("--lang", choices=LANGUAGES, default="fr", help="report language (default: fr)")
    parser.set_defaults(handler=run)


def _key_and_url(args: argparse.Namespace) -> tuple[str | None, str]:
    settings = load_settings()
    key = args.api_key or settings.api_key
    if not key:
        try:
            saved = Store.open(settings.database_url).app_settings.get(API_KEY_SETTING)
            key = saved.strip() if isinstance(saved, str) and saved.strip() else None
        except (ConfigurationError, OSError, RuntimeError, ValueError):
            key = None
    return key, args.base_url or settings.base_url


def run(args: argparse.Namespace) -> int:
    """Run the check and print the report; the exit code says whether everything matched."""
    key, base_url = _key_and_url(args)
    if not key:
        print(translate("doctor.cli.no_key", args.lang))
        return 2
    report = doctor_for(key, base_url)
    if args.json:
        print(json.dumps(report.as_dict(), ensure_ascii=False, indent=2))
    else:
        print("\n".join(report_lines(report, args.lang)))
    if args.save is not None:
        saved = report.save(args.save)
        if not args.json:
            print("\n".join(translate("doctor.cli.saved", args.lang, path=path) for path in saved))
    return 0 if report.all_ok else 1
