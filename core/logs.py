"""Log records as JSON lines, one object a line, for production's log collectors.

Production's LOGGING (hub/settings/production.py) and gunicorn's own loggers (gunicorn.conf.py)
both use this formatter, so Django's messages and the web server's access lines read alike:
`{"level": ..., "logger": ..., "message": ..., "process": ..., "time": ...}`, plus
`request_id` on the lines logged while a request is handled (core/request_id.py).
Nothing here imports Django: gunicorn loads this module before the application.
"""


def json_formatter():
    """A logging.config formatter entry for python-json-logger's formatter."""
    return {
        "()": "pythonjsonlogger.json.JsonFormatter",
        "fmt": "{levelname}{name}{message}{process}",
        "style": "{",
        "rename_fields": {"levelname": "level", "name": "logger"},
        "timestamp": "time",
    }


def json_logging(config):
    """`config` (a logging.config dict) with every handler writing JSON lines that carry the
    request id."""
    return {
        **config,
        "formatters": {**config.get("formatters", {}), "json": json_formatter()},
        "filters": {
            **config.get("filters", {}),
            "request_id": {"()": "core.request_id.RequestIdFilter"},
        },
        "handlers": {
            name: {
                **handler,
                "formatter": "json",
                "filters": [*handler.get("filters", []), "request_id"],
            }
            for name, handler in config["handlers"].items()
        },
    }
