"""The live page in a real headless Chromium, against a worker fed with the seed over the real broker."""

from __future__ import annotations

import time

import pytest

from streams.cli.local import wait_ready, worker_process
from streams.kafka.admin import ensure_topics
from streams.kafka.producer import read_file
from streams.live.server import LiveServer
from streams.worker.topics import topic_names
from tests.browser import Browser, chromium_path
from tests.conftest import SEED
from tests.streamtools import produce, synthetic_articles

pytestmark = [pytest.mark.broker, pytest.mark.model, pytest.mark.slow]
ROWS = "document.querySelectorAll('#events tbody tr')"
CALL = "#events tbody tr[data-type=CONSULT][data-dyad='CHN:RUS']"


def settled(browser: Browser, expression: str, quiet: float = 1.5, timeout: float = 60) -> int:
    """The value of `expression` once it has not changed for `quiet` seconds (all events of an article are in)."""
    deadline = time.monotonic() + timeout
    value, since = browser.eval(expression), time.monotonic()
    while time.monotonic() < deadline:
        now = browser.eval(expression)
        if now != value:
            value, since = now, time.monotonic()
        elif time.monotonic() - since >= quiet:
            return int(value)
        time.sleep(0.1)
    raise AssertionError(f"{expression} kept changing for {timeout:.0f} s")


@pytest.fixture()
def page(stream_settings):
    """(browser on the live page, live server, settings) with a worker running on the test's topics."""
    if chromium_path() is None:
        pytest.fail("chromium is not installed (apt-get install chromium; .ci/run does it)")
    settings = stream_settings.with_overrides(fetch_max_wait_ms=20)
    ensure_topics(settings, topic_names(settings))
    with worker_process(settings) as worker:
        wait_ready(f"http://127.0.0.1:{settings.web_port}", worker, timeout=60)
        live = LiveServer(settings)
        url = live.start()
        try:
            with Browser() as browser:
                browser.goto(url)
                browser.wait_for("window.diplowire && window.diplowire.opened >= 1", 30)
                yield browser, live, settings
        finally:
            live.stop()


def test_the_seed_shows_up_as_rows_and_arcs_filters_hide_rows_and_a_reconnect_resumes(page):
    browser, live, settings = page
    seed = next(read_file(SEED))
    produce(settings, settings.articles_topic, [(seed.key, seed.payload)])

    # the Putin-Xi video call: a CONSULT row between RUS and CHN, the trigger highlighted
    browser.wait_for(f'document.querySelector("{CALL}") !== null', timeout=90)
    row = browser.eval(f'(r => [r.cells[2].textContent, r.cells[3].textContent, r.querySelector("mark").textContent])'
                       f'(document.querySelector("{CALL}"))')  # fmt: skip
    assert "RUS" in row[0] and "Putin" in row[0] and "CHN" in row[1] and "Xi" in row[1] and row[2] == "video call"
    # ... and its arc on the map
    assert browser.wait_for("document.querySelector('#arcs path[data-dyad=\"CHN:RUS\"]') !== null", timeout=10)
    everything = settled(browser, f"{ROWS}.length")
    assert everything >= 20

    # a filter (a PLOVER mode: SANCTION/boycott) hides every other row, and clearing it brings them back
    browser.eval("document.querySelector('#f-type').value = 'SANCTION/boycott';"
                 "document.querySelector('#filters').requestSubmit(); true")  # fmt: skip
    types = browser.wait_for(f"{ROWS}.length > 0 && [...{ROWS}].map(r => r.dataset.type)", timeout=30)
    assert set(types) == {"SANCTION"} and len(types) < everything
    assert browser.eval(f'document.querySelector("{CALL}")') is None
    assert "type=SANCTION%2Fboycott" in browser.eval("location.search")
    browser.eval("document.querySelector('#f-type').value = ''; document.querySelector('#filters').requestSubmit(); 1")
    assert browser.wait_for(f"{ROWS}.length === {everything}", timeout=30)

    # the server ends the stream; the browser reconnects with Last-Event-ID and gets only what is new
    before = browser.eval("window.diplowire.messages")
    live.drop_clients()
    browser.wait_for("window.diplowire.opened >= 2", timeout=30)
    produce(settings, settings.articles_topic, synthetic_articles(2, tag="after-reconnect"))
    browser.wait_for(f"[...{ROWS}].some(r => r.dataset.article.startsWith('after-reconnect'))", timeout=60)
    messages, rows, unique = browser.eval(
        f"[window.diplowire.messages, {ROWS}.length, new Set([...{ROWS}].map(r => r.dataset.eventId)).size]"
    )
    assert messages > before, "new events arrived after the reconnect"
    assert messages == rows == unique, "no record was sent twice"
