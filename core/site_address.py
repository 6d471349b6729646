"""The default Site's address, taken from BASE_URL whenever the database is migrated.

Wagtail builds full page addresses (the sitemap, feeds, emails) from the Site record, which
starts as http://localhost/ and was never set from configuration. Updating it on `post_migrate`
means every deployment (which runs `migrate` as its release step) and every `make run` gets the
configured address without a further command to remember; running `migrate` again after
changing BASE_URL applies the change. Only the default site is touched: further sites are
comms' own records.

Wagtail's Site has a host name and a port, and derives the scheme from the port (443 is https,
anything else http), so an https BASE_URL needs the standard port.
"""

import logging
from urllib.parse import urlsplit

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.db import connections

logger = logging.getLogger(__name__)

DEFAULT_PORTS = {"http": 80, "https": 443}


def site_address(base_url):
    """(host name, port) of an http(s) address."""
    parts = urlsplit(base_url.strip())
    scheme = parts.scheme.lower()
    if scheme not in DEFAULT_PORTS or not parts.hostname:
        raise ImproperlyConfigured(
            f"BASE_URL must be an http or https address such as https://hub.councils.coop, "
            f"not {base_url!r}."
        )
    return parts.hostname, parts.port or DEFAULT_PORTS[scheme]


def update_default_site(using="default", **kwargs):
    """Give the default Site the address in BASE_URL (a post_migrate receiver)."""
    from wagtail.models import Site

    if Site._meta.db_table not in connections[using].introspection.table_names():
        return  # migrated only part of the way; Wagtail's tables are not there yet
    hostname, port = site_address(settings.BASE_URL)
    if settings.BASE_URL.lower().startswith("https:") and port != 443:
        logger.warning(
            "BASE_URL %s uses https on port %s: Wagtail will give page addresses as http.",
            settings.BASE_URL,
            port,
        )
    site = Site.objects.using(using).filter(is_default_site=True).first()
    if site is None or (site.hostname, site.port) == (hostname, port):
        return
    site.hostname, site.port = hostname, port
    site.save(using=using, update_fields=["hostname", "port"])  # Wagtail clears its caches
    logger.info("The default site's address is now %s:%s (from BASE_URL).", hostname, port)
