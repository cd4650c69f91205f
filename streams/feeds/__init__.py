"""Live wires in (`diplowire ingest`): feeds polled for ever, pushed articles accepted, nothing sent twice.

- fetch:   safe HTTP(S) and local-file fetching (schemes, redirects, SSRF, total deadline, size cap)
- parse:   feedparser items -> Articles (deterministic ids, plain text, ISO dates); HTML to text
- seen:    the persistent, bounded seen-set and each feed's ETag/Last-Modified (sqlite)
- sink:    the Kafka side: send articles, return the ones the broker acknowledged
- poller:  the poll loop: per-feed backoff, items cap, full-text extraction, mark seen after the ack
- push:    POST /articles (project article or IPTC ninjs 2.x), health, readiness and metrics views
- sources: feed lists (one per line or OPML) and feed files/URLs for `detect` and `produce`
- service: the `diplowire ingest` process: broker check, web server, signals
"""
