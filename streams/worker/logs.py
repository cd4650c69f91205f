"""The worker's log format: Faust's text lines by default, or JSON objects (``DIPLOWIRE_LOG_FORMAT=json``).

JSON logs are one object per line (python-json-logger): ``time``, ``level``, ``logger``, ``message``, plus
whatever a log call passes in ``extra`` (the agents pass ``article_id``, ``topic``, ``partition``,
``offset`` where they know them), so a log pipeline can index them without parsing text.
"""

from __future__ import annotations

from typing import Any

from streams.settings import Settings

JSON_FIELDS = "%(asctime)s %(levelname)s %(name)s %(message)s"


def json_formatter() -> Any:
    from pythonjsonlogger.json import JsonFormatter

    return JsonFormatter(JSON_FIELDS, rename_fields={"asctime": "time", "levelname": "level", "name": "logger"},
                         datefmt="%Y-%m-%dT%H:%M:%S%z")  # fmt: skip


def logging_config(settings: Settings) -> dict[str, Any] | None:
    """A ``logging.config.dictConfig`` for Faust's Worker (``logging_config=``); None keeps Faust's text log."""
    if settings.log_format != "json":
        return None
    level = settings.log_level.upper()
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "formatters": {"json": {"()": json_formatter}},
        "handlers": {
            "default": {
                "class": "logging.StreamHandler",
                "formatter": "json",
                "level": level,
                "stream": "ext://sys.stdout",
            }
        },  # fmt: skip
        "root": {"level": level, "handlers": ["default"]},
    }
