"""`python -m streams ...` is `diplowire ...`."""

from streams.cli import main

raise SystemExit(main())
