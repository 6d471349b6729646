from types import SimpleNamespace

from core.search_facts import SearchFacts
from semantic.passages import document_passages, page_passages, split


def test_passages_are_whole_sentences_of_about_the_size_asked():
    text = "One two three. Four five six. Seven eight nine. Ten eleven twelve."

    passages = split(text, size=6)

    assert [p.text for p in passages] == [
        "One two three. Four five six.",
        "Seven eight nine. Ten eleven twelve.",
    ]


def test_a_sentence_longer_than_a_passage_is_cut_at_words():
    passages = split(" ".join(f"w{n}" for n in range(10)) + ".", size=4)

    assert [len(p.text.split()) for p in passages] == [4, 4, 2]


def test_a_page_reads_its_summary_and_body_as_one_text():
    facts = SearchFacts(title="T", summary="North West.", body="A council of many parts.")

    assert [p.text for p in page_passages(facts)] == ["North West. A council of many parts."]
    assert page_passages(facts)[0].embedded_text("Oldham Council").startswith("Oldham Council. ")


def document(pages, extension="pdf"):
    return SimpleNamespace(pages=pages, file_extension=extension)


def test_a_pdf_keeps_its_page_numbers():
    passages = document_passages(document(["Cover.", "", "The findings."]), text_limit=1000)

    assert [(p.text, p.pdf_page) for p in passages] == [("Cover.", 1), ("The findings.", 3)]


def test_other_documents_have_no_page_numbers_and_long_text_is_capped():
    passages = document_passages(document(["Short.", "x " * 500], "docx"), text_limit=20)

    assert all(p.pdf_page is None for p in passages)
    assert sum(len(p.text) for p in passages) <= 20
