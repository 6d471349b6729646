"""The search service over real content, on the configured database backend."""

from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction

from casestudies.models import CaseStudyContact
from documents.events import document_text_changed
from search.service import run_search
from tests import factories


def titles(results):
    return [result.title for result in results.results]


def test_stock_and_trap_realistic_question_still_finds_the_story(corpus):
    results = run_search({"q": "How can councils support community energy?"}, None)
    assert titles(results)[0] == "Community energy in Lambeth"


def test_plural_query_finds_singular_text_and_back(corpus):
    assert "Co-operative housing in Rochdale" in titles(run_search({"q": "councils homes"}))
    assert "Voluntary sector commissioning lab" in titles(run_search({"q": "council commission"}))


def test_british_spelling_finds_american_text(corpus, case_study_index):
    factories.CaseStudyPageFactory(
        parent=case_study_index,
        title="Neighborhood organization in practice",
        summary="An American-spelt story.",
        lead_member=corpus["rochdale"],
    )
    results = run_search({"q": "neighbourhood organisation"})
    assert titles(results)[0] == "Neighborhood organization in practice"


def test_seeded_synonyms_apply_to_queries(corpus):
    assert titles(run_search({"q": "broadband"}))[0] == "Full fibre for rural villages"
    assert titles(run_search({"q": "VCSE"}))[0] == "Voluntary sector commissioning lab"
    assert "Co-operative housing in Rochdale" in titles(run_search({"q": "mutual"}))


def test_a_synonym_added_by_comms_applies_at_once(corpus):
    assert "Community energy in Lambeth" not in titles(run_search({"q": "photovoltaic"}))
    factories_synonym = __import__("search.models", fromlist=["Synonym"]).Synonym
    factories_synonym.objects.create(terms="photovoltaic, solar")
    assert "Community energy in Lambeth" in titles(run_search({"q": "photovoltaic"}))


def test_misspelt_word_is_corrected_from_the_hub_vocabulary(corpus):
    results = run_search({"q": "comissioning"})
    assert results.suggestion == "commissioning"
    assert titles(results)[0] == "Voluntary sector commissioning lab"


def test_member_found_by_name(corpus):
    results = run_search({"q": "rochdale"})
    assert results.results[0].title in {
        "Rochdale Borough Council",
        "Co-operative housing in Rochdale",
    }
    assert "Rochdale Borough Council" in titles(results)


def test_member_found_by_another_name_and_a_story_by_its_contacts_role(corpus, member_index):
    factories.MemberPageFactory(
        parent=member_index, title="SBI/E3M", also_known_as="Social Business International"
    )
    assert titles(run_search({"q": "social business international"}))[0] == "SBI/E3M"
    story = corpus["rochdale"].led_casestudies.get(title="Co-operative housing in Rochdale")
    story.contacts = [CaseStudyContact(name="Sam Officer", role="Tenancy Sustainment Lead")]
    story.save_revision().publish()
    assert "Co-operative housing in Rochdale" in titles(run_search({"q": "tenancy sustainment"}))


def test_results_have_highlighted_snippets_and_members(corpus):
    result = run_search({"q": "solar panels"}).results[0]
    assert result.title == "Community energy in Lambeth"
    assert "<mark>solar</mark> <mark>panels</mark>" in result.snippet or (
        "<mark>solar panels</mark>" in result.snippet
    )
    assert result.members == [{"title": "Lambeth Council", "url": "/members/lambeth-council/"}]
    assert result.url == "/case-studies/community-energy-in-lambeth/"


def test_sort_newest_orders_by_year(corpus):
    results = run_search({"q": "council", "sort": "newest"})
    years = [r.year for r in results.results if r.type == "case_study"]
    assert years == sorted(years, reverse=True)


def test_pagination_splits_results_and_bounds_the_page(corpus):
    first = run_search({"q": "council", "page_size": "2"})
    assert first.total > 2 and len(first.results) == 2 and first.page.has_next()
    last = run_search({"q": "council", "page_size": "2", "page": "999"})
    assert last.page.number == last.page.paginator.num_pages > 1
    assert not {r.title for r in first.results} & {r.title for r in last.results}


# Facets


def facet(results, name):
    return {o.value: o.count for f in results.facets if f.name == name for o in f.options}


def test_facet_counts_are_exact_and_offer_no_empty_options(corpus):
    results = run_search({"q": "council"})
    types = facet(results, "type")
    assert sum(types.values()) == results.total
    for f in results.facets:
        for option in f.options:
            narrowed = run_search({"q": "council", f.name: option.value}, log=False)
            assert narrowed.total == option.count > 0, (f.name, option.value)


def test_choosing_facets_narrows_and_lives_in_the_url(corpus):
    results = run_search({"q": "council", "theme": "energy"})
    assert set(titles(results)) == {"Community energy in Lambeth", "Organizing a residents' panel"}
    assert facet(results, "theme") == {"energy": 2}
    theme = next(f for f in results.facets if f.name == "theme")
    assert theme.options[0].selected
    assert "theme=energy" not in theme.options[0].toggle_params  # the link removes it
    type_option = next(f for f in results.facets if f.name == "type").options[0]
    assert "theme=energy" in type_option.toggle_params and "type=" in type_option.toggle_params


def test_region_member_and_year_facets(corpus):
    assert set(titles(run_search({"q": "council", "region": "london"}))) >= {
        "Community energy in Lambeth",
        "Voluntary sector commissioning lab",
    }
    rochdale = run_search({"q": "council", "member": "rochdale-borough-council"})
    assert "Community energy in Lambeth" not in titles(rochdale)
    assert titles(run_search({"q": "council", "year": "2022"})) == ["Community energy in Lambeth"]


def test_malformed_and_unknown_facet_values_are_ignored(corpus):
    plain = run_search({"q": "council"}).total
    for params in [
        {"theme": "no-such-theme"},
        {"year": "abc"},
        {"year": "99999"},
        {"type": "<script>"},
        {"member": "x" * 500},
        {"principle": "\x00"},
    ]:
        results = run_search({"q": "council", **params})
        assert results.total == plain and not results.filters, params


# Privacy


def test_login_restricted_page_is_hidden_from_anonymous_users(corpus, django_user_model):
    PageViewRestriction.objects.create(page=corpus["energy_story"], restriction_type="login")
    assert "Community energy in Lambeth" not in titles(run_search({"q": "solar"}, None))
    user = django_user_model.objects.create_user("reader", password="x")
    assert "Community energy in Lambeth" in titles(run_search({"q": "solar"}, user))


def test_members_only_page_is_visible_to_the_members_group_only(
    corpus, django_user_model, members_group
):
    restriction = PageViewRestriction.objects.create(
        page=corpus["energy_story"], restriction_type="groups"
    )
    restriction.groups.add(members_group)
    outsider = django_user_model.objects.create_user("outsider", password="x")
    member = django_user_model.objects.create_user("member", password="x")
    member.groups.add(members_group)
    assert "Community energy in Lambeth" not in titles(run_search({"q": "solar"}, outsider))
    assert "Community energy in Lambeth" in titles(run_search({"q": "solar"}, member))


def test_restricted_member_profile_is_not_offered_as_a_facet(corpus):
    PageViewRestriction.objects.create(page=corpus["lambeth"], restriction_type="login")
    results = run_search({"q": "council"})
    assert "lambeth-council" not in facet(results, "member")
    assert "Lambeth Council" not in titles(results)


def test_drafts_and_unpublished_changes_are_not_found(corpus, case_study_index):
    factories.CaseStudyPageFactory(
        parent=case_study_index, title="Secret draft about zeppelins", live=False
    )
    story = corpus["housing_story"]
    story.summary = "Unpublished words about hovercraft."
    story.save_revision()
    assert run_search({"q": "zeppelins"}).total == 0
    assert run_search({"q": "hovercraft"}).total == 0


def test_content_published_in_the_admin_becomes_searchable(corpus):
    story = corpus["housing_story"]
    story.summary = "Now with a community land trust."
    story.save_revision().publish()
    assert "Co-operative housing in Rochdale" in titles(run_search({"q": "land trust"}))


# Documents


def make_document(title, text, pages=None, collection=None, filename="report.pdf"):
    from django.core.files.base import ContentFile

    document = factories.DocumentFactory(
        title=title,
        file=ContentFile(b"%PDF-1.4 not really", name=filename),
        **({"collection": collection} if collection else {}),
    )
    pages = pages or [text]
    offsets, position = [], 0
    for page in pages:
        offsets.append(position)
        position += len(page) + 2
    type(document).objects.filter(pk=document.pk).update(
        extracted_text="\n\n".join(pages), page_offsets=offsets, page_count=len(pages)
    )
    # Stored without a save signal, as the task worker does, which then tells search.
    document_text_changed.send(sender=type(document), document_id=document.pk)
    document.refresh_from_db()
    return document


def test_document_hit_links_to_its_page_and_pdf_page(corpus, lab_index):
    document = make_document(
        "Commissioning lab final report",
        "",
        pages=["Introduction to the lab.", "We found that social prescribing works well."],
    )
    lab = corpus["lab"]
    lab.final_report = document
    lab.save_revision().publish()
    results = run_search({"q": "social prescribing"})
    result = next(r for r in results.results if r.kind == "document")
    assert result.type == "document"
    assert result.url == lab.url
    assert result.published_on == [{"title": lab.title, "url": lab.url}]
    assert result.pdf_page == 2
    assert result.document_url.endswith("#page=2")
    assert "<mark>social prescribing</mark>" in result.snippet
    # Documents take the facets of the page that publishes them.
    assert facet(run_search({"q": "social prescribing"}), "member") == {"lambeth-council": 1}


def test_document_in_a_private_collection_is_hidden(corpus, django_user_model):
    private = Collection.get_first_root_node().add_child(name="Lab drafts")
    CollectionViewRestriction.objects.create(collection=private, restriction_type="login")
    confidential = make_document(
        "Confidential budget", "Xylophone procurement figures.", collection=private
    )
    public = make_document("Public report", "Xylophone procurement summary.")
    make_document("Unpublished draft", "Xylophone procurement draft.")
    # Documents are searchable once a live page uses them.
    page = corpus["about"].specific
    page.body = [("document", {"document": d}) for d in (confidential, public)]
    page.save_revision().publish()
    assert titles(run_search({"q": "xylophone"})) == ["Public report"]
    user = django_user_model.objects.create_user("reader", password="x")
    assert set(titles(run_search({"q": "xylophone"}, user))) == {
        "Public report",
        "Confidential budget",
    }


# Promotions and the query log


def test_promoted_pages_come_first_and_only_once(corpus):
    promotion = SearchPromotion.objects.create(
        query=Query.get("energy"), page=corpus["about"], description="Start here.", sort_order=0
    )
    results = run_search({"q": "Energy"})
    assert [r.title for r in results.promotions] == ["About the network"]
    assert results.promotions[0].promoted
    assert "About the network" not in titles(results)
    assert promotion.page.title == "About the network"


def test_searches_are_logged_with_zero_results(corpus):
    from searchlog.models import SearchQueryDay

    run_search({"q": "Solar  panels"})
    run_search({"q": "solar panels", "page": "2"})  # later pages are not counted again
    run_search({"q": "qwertyuiop"})
    solar = SearchQueryDay.objects.get(query="solar panels")
    assert (solar.searches, solar.zero_result_searches) == (1, 0)
    nothing = SearchQueryDay.objects.get(query="qwertyuiop")
    assert (nothing.searches, nothing.zero_result_searches) == (1, 1)
    assert Query.get("solar panels").hits == 1


def test_zero_results_offer_popular_searches(corpus):
    for visitor in ("a", "b", "c"):  # three distinct visitors found public results
        run_search({"q": "solar"}, visitor=visitor)
    results = run_search({"q": "qwertyuiop"})
    assert results.total == 0
    assert results.popular == ["solar"]
