"""Snippets: the passage of a text that best shows why it matched, matched words in <mark>.
Everything from the text and the query is escaped; only the <mark> tags are markup."""

import itertools
import re
from collections import Counter
from html import escape  # Django's escape, without the lazy-string wrapper it adds per call
from typing import NamedTuple

from django.utils.safestring import mark_safe

from .text import WORD_RE, canonical, places

SNIPPET_WORDS = 32
LONG_TEXT = 4000
REGION_CHARS = 600


def _token_matches(words, groups):
    """For each word (a string), the index of the last group it matches (a form, or a word of a
    phrase), or None."""
    keys = list(map(canonical, map(str.lower, words)))
    group_of = {key: index for index, group in enumerate(groups) for key in group.keys}
    matched = [group_of.get(key) for key in keys]
    for index, group in enumerate(groups):
        for phrase in group.phrase_keys:
            for start in places(keys, phrase):
                for position in range(start, start + len(phrase)):
                    matched[position] = max(index, matched[position] or 0)
    return matched


def _best_window(matched, size):
    """(start, found): the first window of `size` tokens with the most distinct groups, then the
    most matched tokens. One pass, sliding the window a token at a time."""
    counts = Counter(group for group in matched[:size] if group is not None)  # in the window

    def value():
        return (sum(1 for count in counts.values() if count), counts.total())

    best_start, best_value = 0, value()
    for start in range(1, max(len(matched) - size + 1, 1)):
        leaving, entering = matched[start - 1], matched[start + size - 1]
        if leaving is None and entering is None:
            continue  # nothing matched entered or left: the value is the same
        for group, step in ((leaving, -1), (entering, 1)):
            if group is not None:
                counts[group] += step
        if value() > best_value:
            best_start, best_value = start, value()
    return best_start, best_value[0] > 0


def _surface_pattern(groups):
    forms = set()
    for group in groups:
        forms |= group.forms
        forms |= {phrase.split()[0] for phrase in group.phrases}
    if not forms:
        return None
    alternation = "|".join(sorted((re.escape(form) for form in forms), key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternation})(?!\w)", re.IGNORECASE)


def _focus(text, groups):
    """For a long text, the region where most of the query's ideas occur close together."""
    pattern = _surface_pattern(groups)
    found = itertools.islice(pattern.finditer(text), 300) if pattern else ()
    hits = [(match.start(), match.group(0).lower()) for match in found]
    if not hits:
        return text[:REGION_CHARS], False, 0
    best, best_count = hits[0][0], 0
    for start, _ in hits:
        count = len({word for position, word in hits if start <= position < start + REGION_CHARS})
        if count > best_count:
            best, best_count = start, count
    begin = max(0, best - REGION_CHARS // 3)
    return text[begin : begin + REGION_CHARS], begin > 0, begin


def highlight(text, groups):
    """The whole of a short text (such as a title), escaped, with matches marked."""
    tokens = list(WORD_RE.finditer(text or ""))
    matched = _token_matches(map(re.Match.group, tokens), groups)
    return mark_safe(_render(text or "", tokens, matched, 0, len(tokens), False, False))


class Snippet(NamedTuple):
    html: str
    found: bool  # False when nothing matched: the passage is then the start of the text
    offset: int | None  # where the first highlighted word is in the original text


def make_snippet(text, groups, size=SNIPPET_WORDS):
    text = text or ""
    text, leading, base = _focus(text, groups) if len(text) > LONG_TEXT else (text, False, 0)
    tokens = list(WORD_RE.finditer(text))
    if not tokens:
        return Snippet(mark_safe(""), False, None)
    matched = _token_matches(map(re.Match.group, tokens), groups)
    start, found = _best_window(matched, size)
    offset = None
    if found:
        # Start a little before the first match so it reads in context.
        first = next(i for i in range(start, len(matched)) if matched[i] is not None)
        offset = base + tokens[first].start()
        start = max(0, first - 4)
    end = min(len(tokens), start + size)
    html = _render(text, tokens, matched, start, end, leading or start > 0, end < len(tokens))
    return Snippet(mark_safe(html), found, offset)


def _render(text, tokens, matched, start, end, ellipsis_before, ellipsis_after):
    if start >= end:
        return ""
    out = ["…" if ellipsis_before else ""]
    cursor = 0 if start == 0 and not ellipsis_before else tokens[start].start()
    position = start
    while position < end:
        token, last = tokens[position], position
        out.append(escape(text[cursor : token.start()]))
        marked = matched[position] is not None
        # Join neighbouring marked words of a phrase into one <mark>.
        while marked and last + 1 < end and matched[last + 1] is not None:
            if text[tokens[last].end() : tokens[last + 1].start()].strip():
                break
            last += 1
        words = escape(text[token.start() : tokens[last].end()])
        out.append(f"<mark>{words}</mark>" if marked else words)
        cursor = tokens[last].end()
        position = last + 1
    if ellipsis_after:
        out.append("…")
    elif end == len(tokens):
        out.append(escape(text[cursor:]))
    return "".join(out)


def passage_snippet(text, size=SNIPPET_WORDS + 8):
    """A passage found by meaning, escaped, cut to about `size` words: no word to mark."""
    words = text.split()
    shown = " ".join(words[:size]) + ("…" if len(words) > size else "")
    return mark_safe(escape(shown))
