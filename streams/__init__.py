"""diplowire: news articles in, normalized diplomatic-event records out, as a Kafka stream."""

__version__ = "0.1.0"
