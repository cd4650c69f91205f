"""`python -m streams ...` is `diplowire ...`."""

from streams.cli.main import main

raise SystemExit(main())
