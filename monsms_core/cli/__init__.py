"""Command-line router. Each subcommand lives in its own module exposing `register(subparsers)`,
which adds a parser whose `handler` default takes the parsed arguments and returns an exit code."""

from __future__ import annotations

import argparse
import importlib
import sys

# Module names under monsms_core.cli, in the order `--help` lists them.
SUBCOMMAND_MODULES = ("sandbox", "users", "import_check", "segments", "doctor", "worker")


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The parser with every subcommand registered, or only the module `only` (its imports can cost a
    second: a command should not pay for the others')."""
    parser = argparse.ArgumentParser(
        prog="python -m monsms_core",
        description="Mon SMS PRO dashboard administration.",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in SUBCOMMAND_MODULES if only is None else (only,):
        importlib.import_module(f"monsms_core.cli.{name}").register(subparsers)
    return parser


def _module_of(argv: list[str]) -> str | None:
    """The subcommand module the first word of `argv` names ("import-check" → import_check), if any."""
    if argv and argv[0].replace("-", "_") in SUBCOMMAND_MODULES:
        return argv[0].replace("-", "_")
    return None


def main(argv: list[str] | None = None) -> int:
    """Parse `argv` and run the chosen subcommand; returns the process exit code."""
    argv = sys.argv[1:] if argv is None else argv
    parser = build_parser(_module_of(argv))
    args = parser.parse_args(argv)
    if not getattr(args, "handler", None):
        parser.print_help(sys.stderr)
        return 2
    try:
        return int(args.handler(args) or 0)
    except KeyboardInterrupt:
        return 130
