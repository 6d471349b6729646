"""The anonymous page cache, and the one content generation that keeps it (and everything else
worked out from the site's content) correct.

- `generation`: the token that changes whenever anything the public site shows changes;
  `generation.cached(name, build)` keeps a value until then;
- `invalidation`: the signals that change it (feature apps `watch` their own records);
- `rules`: which requests may be answered from the cache, which responses may be stored, and
  their Cache-Control headers;
- `storage`, `middleware`: the stored pages and the middleware that serves them;
- `cdn`: the front-end cache (Wagtail's frontend_cache) configured from the environment, and
  the listings and home page purged beside a published page.

Read by settings (`cdn`), so nothing is imported here.
"""
