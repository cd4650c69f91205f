"""The `diplowire` command and what only it uses: the local run, console tables, tail, evaluate."""
