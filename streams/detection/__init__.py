"""Detection of diplomatic events in English news text: a pure library (spaCy, stdlib, data files).

It never imports a Kafka client or Faust and never reads the environment; the stream layer hands it
Articles and takes Events back.
"""

from streams.detection.language import looks_english
from streams.detection.pipeline import DETECTOR_VERSION, MAX_CHARS, ArticleTooLong, Detector, load_nlp

__all__ = ["DETECTOR_VERSION", "MAX_CHARS", "ArticleTooLong", "Detector", "load_nlp", "looks_english"]
