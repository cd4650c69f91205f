"""Everything that runs inside `diplowire worker`: the Faust apps, topics and thin agents, processing in a
process pool, clustering, health/metrics web views, the watchdog and the Worker runner."""
