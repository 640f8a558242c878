"""Catalog text: the small inline markup its fields may use, checked when the catalog is loaded.

The policy (:data:`POLICY`): a text field of a catalog entry (``title``, ``summary``,
``reason``, ``evidence`` and each reference's ``title``) may use only

- inline code in backticks: ```result()```, with any characters inside;
- ``*emphasis*`` and ``**strong**``;
- links to http(s) URLs: ``[the docs](https://docs.python.org/3/)``.

Everything else is plain text and shows as typed: an ``_`` or a lone ``*`` is a
character, not markup. What looks like an attempt at any other markup is an error:
HTML tags and entities, MyST roles and directives (``{raw}``), reStructuredText
directives (``.. raw::``), images, links to other schemes (``javascript:``), a
backslash, control and invisible formatting characters, and line breaks. ``reason``
and ``evidence`` may hold several paragraphs, separated by one blank line (``\\n\\n``);
the other fields are one line.

:func:`check` says what breaks the policy; :func:`to_myst` writes conforming text as
MyST in which every character outside the allowed markup is escaped, so that even
text that was never checked cannot open a block, a role or an HTML tag.

>>> print(to_myst("`result()` raises *InvalidStateError*; see [the docs](https://docs.python.org/3/)."))
`result()` raises *InvalidStateError*; see [the docs](<https://docs.python.org/3/>).
>>> check("<script>alert(1)</script>")
"HTML '<script' is not allowed; put code in backticks"
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from urllib.parse import urlsplit

#: The policy in words, as error messages end.
POLICY = "catalog text may use only `inline code`, *emphasis*, **strong** and [links](https://...)"

_ROLE = re.compile(r"\{[A-Za-z0-9_\-+:]{1,36}\}")
_HTML = re.compile(r"<[A-Za-z/!?][^\s>]*")
_ENTITY = re.compile(r"&(#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);")
_RST_DIRECTIVE = re.compile(r"(^|\s)\.\.\s+[\w:.+-]+::")
_URL = re.compile(r"^https?://[^\s<>\"'`\\{}|^()]+$")
_ASCII_PUNCTUATION = frozenset("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")
#: Marks that may open markup anywhere in a line (emphasis, code, links, roles, math, HTML, entities, ...).
_INLINE_MARKS = frozenset("\\`*_[]()<>{}!|$~&%#^@")
#: An ordered-list marker at the start of a paragraph.
_ORDERED = re.compile(r"^(\d+)([.)])")


def is_web_url(url: str) -> bool:
    """Whether *url* is a plain http(s) URL with a host, fit for a link as it is.

    >>> is_web_url("https://docs.python.org/3/"), is_web_url("javascript:alert(1)"), is_web_url("https:///x")
    (True, False, False)
    """
    return bool(_URL.match(url)) and bool(urlsplit(url).hostname)


class MarkupError(ValueError):
    """Text that breaks the policy; the message says what and where, on one line."""


@dataclass(frozen=True)
class Span:
    """A piece of inline text: ``text``, ``code``, ``emphasis``, ``strong`` or ``link``."""

    kind: str
    text: str = ""
    """The characters of a ``text`` or ``code`` span."""
    children: tuple[Span, ...] = ()
    """The content of ``emphasis``, ``strong`` and ``link`` (its text)."""
    url: str = ""


def check(text: str, *, paragraphs: bool = False) -> str | None:
    """What in *text* breaks the policy, in words; None when it conforms."""
    try:
        parse(text, paragraphs=paragraphs)
    except MarkupError as error:
        return str(error)
    return None


def parse(text: str, *, paragraphs: bool = False) -> tuple[tuple[Span, ...], ...]:
    """*text* as paragraphs of spans; :class:`MarkupError` when it breaks the policy.

    With *paragraphs* false the text must be one line.
    """
    for char in text:
        if char != "\n" and unicodedata.category(char) in ("Cc", "Cf", "Zl", "Zp"):
            name = unicodedata.name(char, "control character")
            raise MarkupError(f"invisible or control character U+{ord(char):04X} ({name}) is not allowed")
    if not text.strip():
        return ()
    if not paragraphs and "\n" in text:
        raise MarkupError("a line break is not allowed: write this field on one line")
    blocks = text.strip().split("\n\n") if paragraphs else [text.strip()]
    result = []
    for number, block in enumerate(blocks, 1):
        if not block.strip():
            raise MarkupError(f"paragraph {number} is empty: separate paragraphs with exactly one blank line")
        if "\n" in block:
            raise MarkupError(
                f"a line break inside paragraph {number}: write each paragraph on one line,"
                " separated from the next by one blank line"
            )
        result.append(_Parser(block.strip()).spans())
    return tuple(result)


class _Parser:
    def __init__(self, text: str) -> None:
        self.text = text
        # (start, closer) of the parses that found no closer: tried once, so nesting stays linear.
        self.unclosed: set[tuple[int, str]] = set()

    def spans(self) -> tuple[Span, ...]:
        spans, end = self._inline(0, None)
        assert end == len(self.text)
        return spans

    def _inline(self, start: int, closer: str | None) -> tuple[tuple[Span, ...], int]:
        """Spans from *start* up to *closer* (or the end); the index after the closer."""
        text = self.text
        if closer is not None and (start, closer) in self.unclosed:
            raise _Unclosed
        spans: list[Span] = []
        plain: list[str] = []

        def flush() -> None:
            if plain:
                self._check_plain("".join(plain))
                spans.append(Span("text", "".join(plain)))
                plain.clear()

        index = start
        while index < len(text):
            if closer is not None and self._closes(index, closer):
                flush()
                return tuple(spans), index + len(closer)
            char = text[index]
            if char == "`":
                flush()
                code, index = self._code(index)
                spans.append(code)
                continue
            if char == "!" and text.startswith("![", index):
                raise MarkupError(f"an image at column {index + 1} is not allowed: {POLICY}")
            # A link or emphasis where one opens; a lone [ or * is plain text.
            found = self._link(index, closer) if char == "[" else self._styled(index, closer) if char == "*" else None
            if found is not None:
                flush()
                spans.append(found[0])
                index = found[1]
                continue
            plain.append(char)
            index += 1
        if closer is not None:
            self.unclosed.add((start, closer))
            raise _Unclosed
        flush()
        return tuple(spans), index

    def _closes(self, index: int, closer: str) -> bool:
        text = self.text
        if not text.startswith(closer, index):
            return False
        if closer == "]":
            return True
        # A closing * or ** follows a non-space, and a closing * is not the start of **.
        if index == 0 or text[index - 1].isspace():
            return False
        return not (closer == "*" and text.startswith("**", index))

    def _code(self, index: int) -> tuple[Span, int]:
        text = self.text
        run = len(text[index:]) - len(text[index:].lstrip("`"))
        marks = "`" * run
        search = index + run
        while True:
            found = text.find(marks, search)
            if found < 0:
                raise MarkupError(
                    f"inline code opened by {run} backtick(s) at column {index + 1} is not closed on this line"
                )
            after = found + run
            if text[found - 1] != "`" and (after >= len(text) or text[after] != "`"):
                return Span("code", text[index + run : found]), after
            search = after + len(text[after:]) - len(text[after:].lstrip("`"))

    def _styled(self, index: int, closer: str | None) -> tuple[Span, int] | None:
        text = self.text
        marker = "**" if text.startswith("**", index) else "*"
        start = index + len(marker)
        if start >= len(text) or text[start].isspace() or (closer == marker):
            return None
        try:
            children, end = self._inline(start, marker)
        except _Unclosed:
            return None
        if not children:
            return None
        return Span("strong" if marker == "**" else "emphasis", children=children), end

    def _link(self, index: int, closer: str | None) -> tuple[Span, int] | None:
        text = self.text
        if closer == "]":
            return None  # no link inside a link's text: the bracket is a character
        try:
            children, end = self._inline(index + 1, "]")
        except _Unclosed:
            return None
        if not text.startswith("(", end):
            return None
        depth, cursor = 0, end
        while cursor < len(text):
            if text[cursor] == "(":
                depth += 1
            elif text[cursor] == ")":
                depth -= 1
                if depth == 0:
                    break
            cursor += 1
        else:
            raise MarkupError(f"the link at column {index + 1} has no closing parenthesis")
        url = text[end + 1 : cursor]
        if not children:
            raise MarkupError(f"the link to {url!r} has no text")
        if not url.lower().startswith(("http://", "https://")):
            raise MarkupError(f"a link to {url!r} is not allowed: links go to http(s) URLs only")
        if not is_web_url(url):
            raise MarkupError(
                f"the link URL {url!r} is not a plain http(s) URL: percent-encode spaces, quotes, <>, {{}}, ( and )"
            )
        return Span("link", children=children, url=url), cursor + 1

    @staticmethod
    def _check_plain(text: str) -> None:
        found = _HTML.search(text)
        if found:
            raise MarkupError(f"HTML {found.group(0)!r} is not allowed; put code in backticks")
        found = _ENTITY.search(text)
        if found:
            raise MarkupError(f"the HTML entity {found.group(0)!r} is not allowed; type the character itself")
        found = _ROLE.search(text)
        if found:
            raise MarkupError(
                f"{found.group(0)!r} looks like a MyST role or directive, which catalog text may not use;"
                " put code in backticks"
            )
        found = _RST_DIRECTIVE.search(text)
        if found:
            raise MarkupError(f"the reStructuredText directive {found.group(0).strip()!r} is not allowed")
        if "\\" in text:
            raise MarkupError("a backslash is not allowed outside inline code; put code in backticks")


class _Unclosed(Exception):
    """An opener without its closer: the opener is then a plain character."""


def to_myst(text: str, *, paragraphs: bool = False, links: bool = True) -> str:
    """Conforming *text* as MyST Markdown: only the allowed markup is markup, every other mark is escaped.

    Paragraphs are separated by a blank line. With *links* false, a link is written as its text
    alone (for text that becomes a link itself). Raises :class:`MarkupError` when *text* breaks the policy.

    >>> print(to_myst("a lone star: (*, loop=None) and __init__ <= 2"))
    a lone star: \\(\\*, loop=None\\) and \\_\\_init\\_\\_ \\<= 2
    """
    return "\n\n".join(_block(_myst(spans, links)) for spans in parse(text, paragraphs=paragraphs))


def _block(text: str) -> str:
    # A mark at the start of a paragraph could open a block: a list, a heading, a fence, a comment.
    if text[:1] in _ASCII_PUNCTUATION and not text.startswith(("\\", "`", "*", "[")):
        text = "\\" + text
    return _ORDERED.sub(r"\1\\\2", text)


def _myst(spans: tuple[Span, ...], links: bool = True) -> str:
    parts = []
    for span in spans:
        if span.kind == "text":
            parts.append("".join("\\" + char if char in _INLINE_MARKS else char for char in span.text))
        elif span.kind == "code":
            parts.append(code_span(span.text))
        elif span.kind == "emphasis":
            parts.append(f"*{_myst(span.children, links)}*")
        elif span.kind == "strong":
            parts.append(f"**{_myst(span.children, links)}**")
        elif links:
            parts.append(f"[{_myst(span.children)}](<{span.url}>)")
        else:
            parts.append(_myst(span.children))
    return "".join(parts)


def code_span(text: str) -> str:
    """*text* as a Markdown code span, its fence longer than any run of backticks inside it.

    >>> print(code_span("a`b"), code_span("`x`"))
    ``a`b`` `` `x` ``
    """
    longest = max((len(run) for run in re.findall(r"`+", text)), default=0)
    marks = "`" * (longest + 1)
    pad = " " if text[:1] in ("`", " ") or text[-1:] in ("`", " ") else ""
    return f"{marks}{pad}{text}{pad}{marks}"


def to_plain(text: str) -> str:
    """Conforming *text* without its markup, as a reader sees it: code, emphasis and link text kept.

    >>> to_plain("`result()` is *not* [documented](https://example.org/)")
    'result() is not documented'
    """
    return "\n\n".join(_plain(spans) for spans in parse(text, paragraphs="\n\n" in text))


def _plain(spans: tuple[Span, ...]) -> str:
    return "".join(span.text if span.kind in ("text", "code") else _plain(span.children) for span in spans)
