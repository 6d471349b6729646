"""The page benchmark's ceiling: a WSGI application that answers every request with the same
40 KB of HTML, served by the hub's own gunicorn setup (`gunicorn --config gunicorn.conf.py
bench.fixed_page:application`). What a worker spends on it is gunicorn's own cost per request
(parsing, the access log, writing the socket): no page can cost less.
"""

SIZE = 40 * 1024
_ROW = "<p>The Co-operative Councils' Innovation Network shares what works.</p>\n"
BODY = (
    "<!doctype html>\n<html lang='en'><head><title>Fixed page</title></head><body>\n"
    + _ROW * (SIZE // len(_ROW))
).encode()[: SIZE - len(b"</body></html>\n")] + b"</body></html>\n"
HEADERS = [
    ("Content-Type", "text/html; charset=utf-8"),
    ("Content-Length", str(len(BODY))),
]


def application(environ, start_response):
    start_response("200 OK", HEADERS)
    return [BODY]
