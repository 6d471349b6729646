"""Production writes its logs as JSON lines, and gunicorn's configuration does too."""

import json
import subprocess
import sys

from tests.helpers.environment import PRODUCTION_ENV, ROOT, environment

# Configures logging from production's LOGGING, as Django does at start-up, then logs from
# inside a request (its id set as RequestIdMiddleware sets it) and from outside one.
LOG_FROM_PRODUCTION_SETTINGS = """
import logging, logging.config
import hub.settings.production as s
from core.request_id import current_request_id
logging.config.dictConfig(s.LOGGING)
token = current_request_id.set("req-42")
logging.getLogger("documents.services").warning("Text of %s could not be read", "report.pdf")
current_request_id.reset(token)
logging.getLogger("django.request").error("Internal Server Error: /search/")
"""

# Configures logging as gunicorn does from gunicorn.conf.py's logconfig_dict, then writes an
# access line through gunicorn's access logger.
LOG_FROM_GUNICORN_CONFIG = """
import logging, logging.config, runpy
config = runpy.run_path("gunicorn.conf.py")
logging.config.dictConfig(config["logconfig_dict"])
logging.getLogger("gunicorn.access").info(config["access_log_format"], {
    "h": "10.0.0.9", "r": "GET /search/?q=co-op HTTP/1.1", "s": "200", "B": "5120",
    "M": "48", "{x-request-id}o": "req-7", "f": "-", "a": "curl/8",
})
"""


def run_python(code, **env):
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env=environment(**env),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    return result


def json_lines(text):
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def test_production_logs_are_json_lines_with_the_request_id():
    lines = json_lines(run_python(LOG_FROM_PRODUCTION_SETTINGS, **PRODUCTION_ENV).stderr)
    warning, error = lines
    assert warning["level"] == "WARNING"
    assert warning["logger"] == "documents.services"
    assert warning["message"] == "Text of report.pdf could not be read"
    assert warning["request_id"] == "req-42"
    assert warning["time"] and warning["process"]
    assert (error["level"], error["logger"]) == ("ERROR", "django.request")
    assert error["request_id"] is None


def test_gunicorn_writes_json_access_lines_on_standard_output():
    (line,) = json_lines(run_python(LOG_FROM_GUNICORN_CONFIG).stdout)
    assert line["logger"] == "gunicorn.access"
    assert line["level"] == "INFO"
    assert line["message"] == (
        '10.0.0.9 "GET /search/?q=co-op HTTP/1.1" 200 5120 48ms req-7 "-" "curl/8"'
    )
