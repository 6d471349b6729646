"""The one organisation-name matcher every importer and the demo loader use."""

import pytest

from core.names import NameMatcher, exact_key, place_key


def matcher():
    return NameMatcher(
        [
            ("lambeth", ["Lambeth Council"]),
            ("rochdale", ["Rochdale Metropolitan Borough Council"]),
            ("greenwich", ["Royal Borough of Greenwich"]),
            ("telford", ["Telford and Wrekin Council"]),
            ("college", ["The Co-operative College"]),
            ("e3m", ["SBI/E3M", "E3M", "Social Business International"]),
            ("newcastle", ["Newcastle City Council"]),
            ("newcastle-group", ["Newcastle-U-Lyme Labour & Co-op Group"]),
            ("burntwood", ["Burntwood Town Council"]),
        ]
    )


@pytest.mark.parametrize(
    "name, found",
    [
        ("London Borough of Lambeth", "lambeth"),
        ("LAMBETH COUNCIL", "lambeth"),
        ("Lambeth Borough Council", "lambeth"),
        ("Rochdale Council", "rochdale"),
        ("Rochdale Borough Council", "rochdale"),
        ("Rochdale MBC", "rochdale"),
        ("Greenwich Council", "greenwich"),
        ("Telford & Wrekin Council", "telford"),
        ("Co-operative College", "college"),
        ("the cooperative college", "college"),
        ("E3M", "e3m"),
        ("Social Business International", "e3m"),
        ("Newcastle City Council", "newcastle"),
        ("Newcastle-U-Lyme Labour and Co-op Group", "newcastle-group"),
        ("Burntwood Town Council", "burntwood"),
    ],
)
def test_common_forms_of_a_name_find_the_organisation(name, found):
    assert matcher().find(name) == found


@pytest.mark.parametrize(
    "name",
    ["Burntwood Council", "Lambeth Labour Group", "Salford City Council", "Council", ""],
)
def test_other_names_find_nothing(name):
    """A town council is not the principal council of its place, nor a group its council."""
    assert matcher().find(name) is None


def test_a_place_two_organisations_share_finds_neither():
    names = NameMatcher([("city", ["York City Council"]), ("group", ["York Council"])])
    assert names.find("York City Council") == "city"  # the name as written still decides
    assert names.find("City of York Council") is None  # but the bare place is ambiguous


def test_suggestions_list_the_closest_first():
    names = matcher()
    assert names.suggestions("Lambeth Councill")[0] == "lambeth"
    assert names.suggestions("SBI E3M Ltd")[0] == "e3m"
    assert names.suggestions("Co-operative Colledge") == ["college"]
    assert names.suggestions("Completely different") == []


def test_a_copy_forgets_what_is_added_after_it():
    names = matcher()
    copy = names.copy()
    names.add("new", ["Newtown Community Energy"])
    assert names.find("Newtown Community Energy") == "new"
    assert copy.find("Newtown Community Energy") is None


def test_keys():
    assert exact_key("The Co-operative College") == "cooperative college"
    assert place_key("London Borough of Tower Hamlets") == "tower hamlets"
    assert place_key("City of York Council") == "york"
    assert place_key("Greater Manchester Combined Authority") == (
        "greater manchester combined authority"
    )
