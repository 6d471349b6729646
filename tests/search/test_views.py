"""The two faces (HTML and JSON), suggestions, hostile input and the synonyms' admin."""

import re
from html import unescape

import pytest
from django.core.cache import cache

from core.page_cache import generation
from search import synonyms
from searchindex import version as index_version
from tests import factories
from tests.helpers.cache_reads import CacheReads

HOSTILE_QUERIES = [
    '"',
    'housing "',
    '"unclosed phrase',
    "\x00",
    "hous\x00ing",
    "AND OR NOT",
    "housing AND NOT energy",
    "*",
    "hous*",
    "-energy",
    "title:housing",
    "(housing) OR (energy",
    "NEAR(housing energy)",
    "🚀🏠 housing",
    "'; DROP TABLE wagtailcore_page; --",
    "\\",
    "%",
    "<script>alert(1)</script>",
    "x" * 10_000,
    "housing " * 2_000,
]
HOSTILE_PARAMS = [
    {"page": "abc"},
    {"page": "-1"},
    {"page": "99999999999999999999999"},
    {"page": "1.5"},
    {"sort": "bogus"},
    {"page_size": "100000"},
    {"page_size": "zero"},
    {"theme": "<script>"},
    {"year": "2019-01"},
    {"type": ["case_study", "case_study", "nonsense"]},
    {"q": ["housing", "energy"]},
]


def result_urls(html):
    return re.findall(r'class="search-result__title"><a href="([^"]+)"', html)


@pytest.mark.parametrize("url", ["/search/", "/api/search/"])
@pytest.mark.parametrize("query", HOSTILE_QUERIES)
def test_hostile_queries_never_error(client, corpus, url, query):
    response = client.get(url, {"q": query})
    assert response.status_code == 200
    if url == "/search/":
        assert b"<script>alert(1)</script>" not in response.content


@pytest.mark.parametrize("url", ["/search/", "/api/search/", "/api/search/suggest/"])
@pytest.mark.parametrize("params", HOSTILE_PARAMS)
def test_malformed_parameters_are_ignored(client, corpus, url, params):
    response = client.get(url, {"q": "housing", **params})
    assert response.status_code == 200


def test_long_query_is_shortened_with_a_message(client, corpus):
    response = client.get("/search/", {"q": "housing " * 2_000})
    assert b"Your search was long" in response.content
    data = client.get("/api/search/", {"q": "housing " * 2_000}).json()
    assert data["shortened"] and len(data["query"]) <= 200


def test_api_returns_the_same_results_as_the_page(client, corpus):
    params = {"q": "council energy", "page_size": "10"}
    html = client.get("/search/", params).content.decode()
    data = client.get("/api/search/", params).json()
    assert [r["url"] for r in data["results"]] == result_urls(html)
    assert data["count"] == len(data["results"]) > 2
    first = data["results"][0]
    assert set(first) >= {"title", "url", "type", "snippet", "date", "members", "year"}
    assert "<mark>" in first["snippet"]
    assert {f["name"] for f in data["facets"]} == {
        "type",
        "theme",
        "principle",
        "region",
        "member",
        "year",
    }
    assert data["page"] == 1 and data["num_pages"] == 1 and data["next"] is None


def test_api_facets_and_pages(client, corpus):
    data = client.get("/api/search/", {"q": "council", "page_size": "2", "theme": "energy"}).json()
    assert data["count"] == 2 and data["filters"] == [
        {"facet": "theme", "value": "energy", "label": "Energy"}
    ]
    page2 = client.get("/api/search/", {"q": "council", "page_size": "2", "page": "2"}).json()
    assert page2["previous"] == 1


def test_search_page_renders_facets_results_and_sort(client, corpus):
    html = client.get("/search/", {"q": "council"}).content.decode()
    assert "<h1>Search</h1>" in html
    assert 'aria-labelledby="search-facets-heading"' in html
    assert "Newest first" in html and "sort=newest" in html
    assert "<mark>" in html
    assert 'role="listbox"' in html and "data-search-suggest" in html


def test_zero_result_page_helps(client, corpus):
    for n in (1, 2, 3):  # three distinct visitors
        client.get("/search/", {"q": "solar"}, REMOTE_ADDR=f"192.0.2.{n}")
    html = client.get("/search/", {"q": "housng zzzzqq"}).content.decode()
    assert "Did you mean" in html and "housing" in html
    html = client.get("/search/", {"q": "qqqqzzzz"}).content.decode()
    assert "Nothing on the hub matched" in html
    assert 'href="?q=solar"' in html  # popular searches
    assert "/case-studies/" in html  # browse links
    html = client.get("/search/", {"q": "solar", "year": "2019"}).content.decode()
    assert "Search again without filters" in html or "Clear all filters" in html


def test_empty_search_shows_the_form_only(client, corpus):
    response = client.get("/search/")
    assert response.status_code == 200
    assert b"search-results" not in response.content


def test_suggestions_endpoint(client, corpus):
    data = client.get("/api/search/suggest/", {"q": "Co"}).json()
    labels = [s["label"] for s in data["suggestions"]]
    assert "Co-operative housing in Rochdale" in labels
    data = client.get("/api/search/suggest/", {"q": "ener"}).json()
    assert data["suggestions"][0] == {
        "label": "Energy",
        "type": "theme",
        "type_label": "Theme",
        "url": None,
    }
    members = client.get("/api/search/suggest/", {"q": "lambeth"}).json()["suggestions"]
    assert {"label": "Lambeth Council", "type": "member"}.items() <= members[0].items()
    assert client.get("/api/search/suggest/", {"q": "c"}).json()["suggestions"] == []


def test_suggestions_hide_restricted_pages(client, corpus):
    from wagtail.models import PageViewRestriction

    PageViewRestriction.objects.create(page=corpus["lambeth"], restriction_type="login")
    labels = [
        s["label"]
        for s in client.get("/api/search/suggest/", {"q": "lambeth"}).json()["suggestions"]
    ]
    assert "Lambeth Council" not in labels


# The statements of a search, the same on both databases and for 5 or 50 matching items, with
# the task queue of production (TASKS_BACKEND=database):
# - 1 for the full-text lookup: one statement for every term group and field; the spelling
#   check reuses it, and asks the vocabulary only about words nothing in the index holds;
# - 1 for the promoted pages (none when filters are chosen);
# - none for what a visitor who is not signed in may not see: the entries of pages not live or
#   under a restriction, and of documents in a private collection or unpublished, are kept for
#   the content generation and the index's version (for a signed-in person, 1 statement);
# - 1 for ranking: the best candidates' titles and summaries (and their keys);
# - none for the facet counts: each value's holders are one bitmap of the whole index, kept in
#   the cache until the index changes (+1, with filters: who holds them);
# - 2 for the shown results: their entries with their members, and in one statement their
#   live pages with the visible members the results and the Member facet name (themes, regions
#   and principles are kept for the content generation);
# - none for the site, which addresses the results (and the HTML page's links): which site serves
#   each host is kept for the content generation (core.sites);
# - 1 for the query log: the task that counts the search, queued.
# A word nothing in the index holds costs 2 statements of the vocabulary, however many such
# words the query has: which of them it knows (the same statement says whether it was ever
# built) and the known words near them all. A misspelt search found by its corrections (+1:
# counting the corrected words) costs 9; one that finds nothing spends the statements of
# results on what is offered instead (comms' suggestions, popular searches, the listings).
SEARCH_QUERIES = {
    ("/search/", "words"): 6,
    ("/search/", "filters"): 7,
    ("/search/", "nothing"): 8,
    ("/api/search/", "words"): 6,
    ("/api/search/", "filters"): 7,
    ("/api/search/", "nothing"): 7,
    ("/search/", "misspelt"): 9,
    ("/search/", "unknown words"): 8,
    ("/api/search/", "misspelt"): 9,
    ("/api/search/", "unknown words"): 7,
}
BUDGET = 12
QUEUED_TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


def search_params(kind, corpus):
    if kind == "words":
        return {"q": "windmill cooperative"}
    if kind == "filters":
        return {
            "q": "windmill cooperative",
            "type": "case_study",
            "theme": "energy",
            "member": corpus["lambeth"].slug,
        }
    if kind == "misspelt":
        return {"q": "windmil cooperatve"}
    if kind == "unknown words":
        return {"q": "zzyzx qwertyuiop plonkishly wibblewobble"}
    return {"q": "zzyzx"}


def add_windmills(case_study_index, corpus, themes, count, start=0):
    for number in range(start, start + count):
        factories.CaseStudyPageFactory(
            parent=case_study_index,
            title=f"Windmill cooperative {number}",
            lead_member=corpus["lambeth"],
            themes=[themes["energy"]],
        )


@pytest.mark.parametrize("url, kind", list(SEARCH_QUERIES))
def test_search_query_count_is_pinned_and_does_not_grow_with_matches(
    client, corpus, themes, case_study_index, url, kind, settings, django_assert_num_queries
):
    settings.TASKS = QUEUED_TASKS
    params = search_params(kind, corpus)
    counts = []
    for count, start in ((5, 0), (45, 5)):
        add_windmills(case_study_index, corpus, themes, count, start)
        client.get(url, params)  # caches the vocabulary, synonyms and site-wide facts
        with django_assert_num_queries(SEARCH_QUERIES[url, kind]) as captured:
            response = client.get(url, params)
        assert response.status_code == 200
        counts.append(len(captured.captured_queries))
        if url == "/search/":
            search = response.context["search"]
            found = kind not in ("nothing", "unknown words")
            assert search.total == (start + count if found else 0)
            assert (search.results != []) == found
    assert counts[0] == counts[1]


def test_a_visitors_search_asks_each_shared_cache_twice(
    client, corpus, themes, case_study_index, settings, monkeypatch
):
    # The generation's token and the index's version, then everything kept under them (what
    # the visitor may not see, the taxonomy, the site, the facet holders, the synonyms) in one
    # round trip each: not a round trip for each fact.
    settings.TASKS = QUEUED_TASKS
    add_windmills(case_study_index, corpus, themes, 3)
    params = search_params("filters", corpus)
    client.get("/api/search/", params)  # keeps the facts
    pages = CacheReads(generation.store())
    shared = CacheReads(cache)
    monkeypatch.setattr(generation, "store", lambda: pages)
    monkeypatch.setattr(index_version, "cache", shared)
    monkeypatch.setattr(synonyms, "cache", shared)
    response = client.get("/api/search/", params)
    assert response.status_code == 200
    assert response.json()["count"] == 3
    assert (pages.round_trips, shared.round_trips) == (2, 2), (pages.keys, shared.keys)


def test_every_search_is_within_the_budget():
    assert max(SEARCH_QUERIES.values()) <= BUDGET


def test_synonym_snippet_admin_lists_the_seeded_groups(client, db, django_user_model):
    admin = django_user_model.objects.create_superuser("admin", "a@example.org", "x")
    client.force_login(admin)
    response = client.get("/admin/snippets/search/synonym/")
    assert response.status_code == 200
    assert b"co-op, co-operative, cooperative, mutual" in response.content


def test_search_covers_pages_created_in_the_admin(client, corpus, home_page, django_user_model):
    from django.urls import reverse
    from wagtail.test.utils.form_data import (
        nested_form_data,
        querydict_from_html,
        rich_text,
        streamfield,
    )

    admin = django_user_model.objects.create_superuser("admin", "a@example.org", "x")
    client.force_login(admin)
    url = reverse("wagtailadmin_pages:add", args=["home", "standardpage", home_page.pk])
    data = querydict_from_html(client.get(url).content.decode(), form_id="page-edit-form")
    fields = {
        "title": "Quokka conservation",
        "slug": "quokka",
        "introduction": "About the animals.",
        **nested_form_data(
            {"body": streamfield([("paragraph", rich_text("<p>Quokkas are happy.</p>"))])}
        ),
        "action-publish": "action-publish",
    }
    for name, value in fields.items():
        data[name] = value
    response = client.post(url, data)
    assert response.status_code == 302
    client.logout()
    data = client.get("/api/search/", {"q": "quokkas"}).json()
    assert [r["title"] for r in data["results"]] == ["Quokka conservation"]


def publish_report(lab, title, text, file_size):
    """A PDF the lab publishes as its final report, indexed as uploads and publishing do it."""
    from django.core.files.base import ContentFile

    from tests import factories

    document = factories.DocumentFactory(
        title=title, file=ContentFile(b"%PDF-1.4 not really", name="final-report.pdf")
    )
    type(document).objects.filter(pk=document.pk).update(
        extracted_text=text, page_offsets=[0], page_count=1, file_size=file_size
    )
    lab.final_report = type(document).objects.get(pk=document.pk)
    lab.save_revision().publish()
    return document


def document_result_html(html):
    found = re.search(
        r'<li class="search-result">(?:(?!</li>).)*?Open the document.*?</li>', html, re.S
    )
    assert found, "no document result on the page"
    return found.group(0)


def test_document_hit_shows_its_format_size_and_publishing_page(client, corpus):
    lab = corpus["lab"]
    publish_report(lab, "Commissioning lab final report", "Social prescribing works.", 1_250_000)
    html = client.get("/search/", {"q": "social prescribing"}).content.decode()
    result = document_result_html(html)
    text = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", result)).replace("\xa0", " ")
    assert "PDF, 1.2 MB · Published on Voluntary sector commissioning lab" in text
    assert f'<a href="{lab.url}">Voluntary sector commissioning lab</a>' in result
    # The separator is decoration: screen readers hear "PDF, 1.2 MB" then "Published on…".
    assert '<span aria-hidden="true">·</span>' in result

    data = client.get("/api/search/", {"q": "social prescribing"}).json()
    document = next(r for r in data["results"] if r["type"] == "document")
    assert (document["file_type"], document["file_size"]) == ("PDF", 1_250_000)
    assert document["published_on"] == [{"title": lab.title, "url": lab.url}]
    page = client.get("/api/search/", {"q": "council"}).json()["results"][0]
    assert page["type"] != "document"
    assert (page["file_type"], page["file_size"]) == (None, None)


def test_document_of_unknown_size_shows_its_format_only(client, corpus):
    publish_report(corpus["lab"], "Sizeless report", "Social prescribing works.", None)
    result = document_result_html(
        client.get("/search/", {"q": "social prescribing"}).content.decode()
    )
    assert re.search(r'class="search-result__format">PDF</span>', result)
    assert "bytes" not in result and "MB" not in result


def test_facets_are_behind_a_filter_results_disclosure_after_the_form(client, corpus):
    html = client.get("/search/", {"q": "council"}).content.decode()
    disclosure = re.search(
        r'<details class="search-filters" data-search-filters>\s*'
        r'<summary class="search-filters__toggle">Filter results</summary>\s*'
        r'<nav class="search-facets"',
        html,
    )
    assert disclosure, "the facets are not inside a closed Filter results disclosure"
    assert '<details class="search-filters" data-search-filters open' not in html
    # The results follow straight on: nothing but the folded facets comes before the count.
    assert html.index("</details>") < html.index('id="search-results-heading"')
    assert '<script src="/static/js/search-filters.js" defer></script>' in html
    assert "search-active-filters" not in html  # no filters chosen, nothing to remove


def test_chosen_filters_stay_visible_and_removable_outside_the_disclosure(client, corpus):
    html = client.get(
        "/search/", {"q": "council", "type": "case_study", "year": "2019"}
    ).content.decode()
    summary = re.search(r'<summary class="search-filters__toggle">(.*?)</summary>', html).group(1)
    assert re.sub(r"<[^>]+>", "", summary) == "Filter results (2 chosen)"
    chips = html[html.index('<ul class="search-active-filters"') :]
    chips = chips[: chips.index("</ul>")]
    assert html.index("</details>") < html.index('<ul class="search-active-filters"')
    removes = re.findall(
        r'class="chip search-active-filters__remove" href="\?([^"]+)">(.*?)</a>', chips
    )
    assert [(params, re.sub(r"<[^>]+>", "", label)) for params, label in removes] == [
        ("q=council&amp;year=2019", "Remove filter Content type: Case study×"),
        ("q=council&amp;type=case_study", "Remove filter Year: 2019×"),
    ]
    assert 'href="?q=council">Clear all filters</a>' in chips
    # Following a removal link drops only its filter.
    narrowed = client.get("/search/?" + unescape(removes[0][0])).content.decode()
    assert "(1 chosen)" in narrowed and "Year: 2019" in narrowed and "Content type:" not in narrowed


def test_a_search_with_no_results_has_no_disclosure_but_keeps_its_filters(client, corpus):
    html = client.get("/search/", {"q": "housing", "year": "2022"}).content.decode()
    assert "data-search-filters" not in html
    assert "Remove filter </span>Year: 2022" in html
