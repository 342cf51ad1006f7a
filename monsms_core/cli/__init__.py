"""Command-line router. Each subcommand lives in its own module exposing `register(subparsers)`,
which adds a parser whose `handler` default takes the parsed arguments and returns an exit code."""

from __future__ import annotations

import argparse
import importlib
import sys

# Module names under monsms_core.cli, in the order `--help` lists them.
SUBCOMMAND_MODULES = ("sandbox", "users", "import_check", "segments", "worker")


def build_parser() -> argparse.ArgumentParser:
    """The full parser, with every subcommand registered."""
    parser = argparse.ArgumentParser(
        prog="python -m monsms_core",
        description="Mon SMS PRO dashboard administration.",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in SUBCOMMAND_MODULES:
        importlib.import_module(f"monsms_core.cli.{name}").register(subparsers)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Parse `argv` and run the chosen subcommand; returns the process exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "handler", None):
        parser.print_help(sys.stderr)
        return 2
    try:
        return int(args.handler(args) or 0)
    except KeyboardInterrupt:
        return 130
