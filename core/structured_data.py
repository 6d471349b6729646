"""schema.org descriptions (JSON-LD) that page types build from their own fields.

Each page type says what it is through `structured_data()`; these helpers only give the shared
shapes, so no template or tag has to know one page type from another.
"""

SCHEMA_CONTEXT = "https://schema.org"
NETWORK_NAME = "Co-operative Councils' Innovation Network"
SITE_NAME = "CCIN Hub"


def _without_empty(data):
    return {key: value for key, value in data.items() if value not in (None, "", [], {})}


def network():
    return {"@type": "Organization", "name": NETWORK_NAME}


def website(*, name, url):
    return {
        "@context": SCHEMA_CONTEXT,
        "@type": "WebSite",
        "name": name,
        "url": url,
        "publisher": network(),
    }


def article(*, headline, description, url, image_url, published, modified, author_name):
    """A story: who told it, when it was published and last changed."""
    return _without_empty(
        {
            "@context": SCHEMA_CONTEXT,
            "@type": "Article",
            "headline": headline,
            "description": description,
            "url": url,
            "mainEntityOfPage": url,
            "image": image_url,
            "datePublished": published.isoformat() if published else None,
            "dateModified": modified.isoformat() if modified else None,
            "author": _without_empty({"@type": "Organization", "name": author_name})
            if author_name
            else network(),
            "publisher": network(),
        }
    )


def organisation(*, name, url, description, website_url, logo_url, area):
    """An organisation's profile: its name, its own website and where it works."""
    return _without_empty(
        {
            "@context": SCHEMA_CONTEXT,
            "@type": "Organization",
            "name": name,
            "url": url,
            "description": description,
            "logo": logo_url,
            "sameAs": [website_url] if website_url else [],
            "areaServed": area,
            "memberOf": network(),
        }
    )
