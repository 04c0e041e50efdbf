"""`python -m desktop_app` does exactly what the `immunosep` command does."""

from desktop_app.cli import main

raise SystemExit(main())
