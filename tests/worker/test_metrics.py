"""The worker's metrics registry: build info, process/python collectors, consumer lag, the content type."""

from prometheus_client import CONTENT_TYPE_LATEST

from streams import __version__
from streams.worker.metrics import CONTENT_TYPE, Metrics


def test_build_info_process_and_python_collectors():
    text = Metrics(detector_version="9.9").render().decode()
    assert f'diplowire_build_info{{detector_version="9.9",version="{__version__}"}} 1.0' in text
    assert (
        "process_resident_memory_bytes" in text
        and "python_info{" in text
        and "python_gc_objects_collected_total" in text
    )
    assert CONTENT_TYPE == CONTENT_TYPE_LATEST


def test_event_counters_have_unambiguous_names():
    metrics = Metrics(detector_version="x")
    metrics.detected.labels("CONSULT").inc(3)
    metrics.events.labels("CONSULT").inc(2)
    metrics.new_events.labels("CONSULT").inc()
    text = metrics.render().decode()
    assert 'diplowire_events_detected_total{type="CONSULT"} 3.0' in text
    assert 'diplowire_events_published_total{type="CONSULT"} 2.0' in text
    assert 'diplowire_events_first_seen_total{type="CONSULT"} 1.0' in text
    assert "diplowire_events_total" not in text


def test_consumer_lag_per_partition_is_read_at_scrape_time():
    metrics = Metrics(detector_version="x")
    lags = {("g", "articles", 0): 5, ("g", "articles", 1): 0}
    metrics.lag_sources.append(lambda: lags)
    assert 'diplowire_consumer_lag{group="g",partition="0",topic="articles"} 5.0' in metrics.render().decode()
    lags[("g", "articles", 0)] = 2
    assert 'diplowire_consumer_lag{group="g",partition="0",topic="articles"} 2.0' in metrics.render().decode()
