"""`python -m monsms_core`: the command line for the people who administer the dashboard."""

from monsms_core.cli import main

raise SystemExit(main())
