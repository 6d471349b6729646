"""Hostile input for the fuzz suite: random and crafted text, markup probes, huge values."""

from urllib.parse import urlencode

from hypothesis import strategies as st

# Markup a reflected value must never carry into a page unescaped. The marker makes each probe
# unmistakable, so the page's own markup (a link around an image, say) never looks like one.
PROBES = (
    "<script>fuzzx</script>",
    '"><img src=x onerror=fuzzx>',
    "'><svg onload=fuzzx>",
    "</textarea><b>fuzzx</b>",
)
RAW_MARKERS = ("<script>fuzzx", '"><img src=x onerror=fuzzx', "'><svg onload=fuzzx", "<b>fuzzx")

crafted = st.sampled_from(
    [
        *PROBES,
        "",
        " ",
        "\x00",
        "a\x00b",
        "%00",
        "null",
        "-1",
        "0",
        "99999999999999999999999",
        "1e308",
        "NaN",
        "../../etc/passwd",
        "' OR 1=1 --",
        '" OR ""="',
        "{{ 7*7 }}",
        "{% debug %}",
        "\u202e\u0645\u0631\u062d\u0628\u0627",
        "\U0001f600\u0301\u200d",
        "\ud7ff\ufffd\uffff",
        "co-op*",
        '"unclosed phrase',
        "AND OR NOT ( ) : ^ ~",
        "x" * 5000,
        "word " * 2000,
    ]
)
huge = st.integers(min_value=10_000, max_value=120_000).map(lambda n: "ä" * n)
random_text = st.text(max_size=80)  # any code points, surrogates excluded by Hypothesis
hostile_text = st.one_of(
    crafted,
    random_text,
    huge,
    st.tuples(random_text, st.sampled_from(PROBES), random_text).map("".join),
)


def query_pairs(names):
    """A query string's (name, value) pairs: known and unknown names, repeated ones."""
    name = st.one_of(st.sampled_from(names), st.text(min_size=1, max_size=12))
    return st.lists(st.tuples(name, hostile_text), max_size=6)


def encode(pairs):
    return urlencode(pairs)
