#!/usr/bin/env bash
# Lighthouse 12.2.3 (npm) on the demo site, served as production serves it: a scratch SQLite
# database with the demo content, production settings (plain HTTP on this machine, the database
# cache, background tasks run at once) and gunicorn with two workers. Prints each page's
# performance, accessibility, best-practices and SEO scores; the reports (JSON) stay in
# LIGHTHOUSE_OUT. Not part of `make test`: it needs npm and Debian's chromium.
#
#   make lighthouse                   # or: bash bench/lighthouse.sh
#   LIGHTHOUSE_OUT=/tmp/lh PORT=8010 make lighthouse
#
# Lighthouse 13 needs Node 22; with Node 20, 12.2.3 is the version to use.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
PYTHON=${PYTHON:-$ROOT/.venv/bin/python}
GUNICORN=$(dirname "$PYTHON")/gunicorn
PORT=${PORT:-8010}
HOST=localhost  # Lighthouse counts http://localhost as a secure origin, as browsers do
SITE="http://$HOST:$PORT"
LIGHTHOUSE=${LIGHTHOUSE:-lighthouse@12.2.3}
export CHROME_PATH=${CHROME_PATH:-/usr/bin/chromium}

scratch=$(mktemp -d)
OUT=${LIGHTHOUSE_OUT:-$scratch/reports}
mkdir -p "$OUT"
server=""
cleanup() {
    if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi
    if [ -z "${LIGHTHOUSE_OUT:-}" ]; then rm -rf "$scratch"; fi
}
trap cleanup EXIT

export DJANGO_SETTINGS_MODULE=hub.settings.production
export SECRET_KEY="lighthouse-$(head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n')"
export ALLOWED_HOSTS="$HOST,127.0.0.1"
export DATABASE_URL="sqlite:///$scratch/hub.sqlite3"
export BASE_URL="$SITE"
export SECURE_SSL_REDIRECT=0
export TASKS_BACKEND=immediate
export SEMANTIC_SEARCH=${SEMANTIC_SEARCH:-0}
export MEDIA_ROOT="$scratch/media"
export STATIC_ROOT="$scratch/static"
export LOG_LEVEL=WARNING
# One box, no CDN: the hub serves its public pictures itself (core/media.py).
export SERVE_MEDIA=1

cd "$ROOT"
echo "Building the demo site in $scratch..."
# The database cache's table first: migrating already clears cached site paths.
"$PYTHON" manage.py createcachetable
"$PYTHON" manage.py migrate --no-input --verbosity 0
"$PYTHON" manage.py collectstatic --no-input --verbosity 0
"$PYTHON" manage.py load_demo_content --verbosity 0

# Addresses of a listing, a detail page and a search, read from the site just built.
read -r LISTING DETAIL < <("$PYTHON" - <<'EOF'
import django
django.setup()
from casestudies.models import CaseStudyPage
story = CaseStudyPage.objects.live().public().exclude(lead_member=None).order_by("path").first()
print(story.get_parent().url, story.url)
EOF
)

WEB_CONCURRENCY=2 "$GUNICORN" --config gunicorn.conf.py --bind "127.0.0.1:$PORT" \
    >"$scratch/gunicorn.log" 2>&1 &
server=$!
for _ in $(seq 60); do
    curl -fsS -o /dev/null "$SITE/health/" 2>/dev/null && break
    sleep 1
done

declare -A PAGES=([home]="/" [listing]="$LISTING" [detail]="$DETAIL" [search]="/search/?q=housing")
# Search results ask search engines not to index them (<meta name="robots" content="noindex">),
# as search engines ask of sites; Lighthouse's SEO score counts that as a failure, so the search
# page is scored without that one audit, once the page is seen to say noindex.
declare -A EXTRA=([search]="--skip-audits=is-crawlable")
curl -fsS "$SITE${PAGES[search]}" | grep -q '<meta name="robots" content="noindex">'
for name in home listing detail search; do
    echo "Lighthouse: $name (${PAGES[$name]})"
    # shellcheck disable=SC2086 # EXTRA holds whole flags
    npx --yes "$LIGHTHOUSE" "$SITE${PAGES[$name]}" \
        --chrome-flags="--headless --no-sandbox" \
        --only-categories=performance,accessibility,best-practices,seo ${EXTRA[$name]:-} \
        --output=json --output-path="$OUT/$name.json" --quiet
done

"$PYTHON" - "$OUT" <<'EOF'
import json
import sys
from pathlib import Path

out = Path(sys.argv[1])
categories = ["performance", "accessibility", "best-practices", "seo"]
print(f"{'page':<10}" + "".join(f"{name:>16}" for name in categories))
lowest = 100
for name in ["home", "listing", "detail", "search"]:
    report = json.loads((out / f"{name}.json").read_text())
    scores = [round(report["categories"][category]["score"] * 100) for category in categories]
    lowest = min(lowest, *scores)
    print(f"{name:<10}" + "".join(f"{score:>16}" for score in scores))
    for category in categories:
        for ref in report["categories"][category]["auditRefs"]:
            audit = report["audits"][ref["id"]]
            if ref["weight"] and audit["score"] is not None and audit["score"] < 0.9:
                print(f"    {category}: {audit['id']} ({audit['score']}): {audit['title']}")
print(f"Reports: {out}")
sys.exit(0 if lowest >= 95 else 1)
EOF
