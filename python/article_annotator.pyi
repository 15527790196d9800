"""Annotates news articles: names, quotations with their speakers, and figures with values.

Offsets are Python string indices (code points): ``text[item["start"]:item["end"]] ==
item["text"]`` for every mention, quote, speaker, cue and figure. Otherwise the documents
have the shape of the project's contract (docs/CONTRACT.md).
"""

from collections.abc import Iterable
from typing import Literal, TypedDict, final, type_check_only

from typing_extensions import NotRequired

# The document's types are for type checkers only: import them under `if TYPE_CHECKING:`.
__all__ = ["Annotator", "MAX_INPUT_BYTES", "__version__"]

__version__: str
#: The longest text accepted, in bytes of UTF-8 (16 MiB); a longer one is a ValueError.
MAX_INPUT_BYTES: int

_MentionKind = Literal["person", "organization", "place", "nationality"]
_QuoteKind = Literal["direct", "partial", "indirect"]
_FigureKind = Literal["money", "percent", "number", "ordinal", "date", "time", "duration", "quantity"]

@type_check_only
class Span(TypedDict):
    """A stretch of the text: ``text == input[start:end]``."""

    start: int
    end: int
    text: str

@type_check_only
class Mention(Span):
    kind: _MentionKind
    #: Index into ``Document["entities"]``.
    entity: int | None

@type_check_only
class Entity(TypedDict):
    id: int
    kind: _MentionKind
    #: Its fullest name in the text.
    name: str
    #: Indexes into ``Document["mentions"]``.
    mentions: list[int]

@type_check_only
class Quote(Span):
    kind: _QuoteKind
    speaker: Span | None
    #: Who the speaker is: an index into ``Document["entities"]``.
    entity: int | None
    #: The reporting verb ("said", "according to").
    cue: Span | None

@type_check_only
class Figure(Span):
    kind: _FigureKind
    #: The number it stands for (12.5 for "12.5%"); an int when whole.
    value: int | float | None
    #: ISO 4217, where it can be known.
    currency: NotRequired[str]
    unit: NotRequired[str]
    #: ISO 8601; a range's first day (or month, or year), with ``date_end`` its last.
    date: NotRequired[str]
    date_end: NotRequired[str]
    #: The claim around the value: about it, more or less than it, a rise or a fall by it.
    change: NotRequired[Literal["~", ">", "<", "up", "down"]]

@type_check_only
class Document(TypedDict):
    """Everything found in one text; every list sorted by ``start``."""

    mentions: list[Mention]
    entities: list[Entity]
    quotes: list[Quote]
    figures: list[Figure]

@final
class Annotator:
    """Annotates texts. Build one and reuse it; it is safe to share between threads."""

    def __init__(self) -> None: ...
    def annotate(self, text: str, date: str | None = None, indirect: bool = False) -> Document:
        """Annotates one text, releasing the GIL while it works.

        ``date``: the article's date, ``YYYY-MM-DD``, against which relative dates resolve;
        ``indirect``: also report indirect speech (quotes of kind "indirect").

        Raises TypeError when ``text`` is not a str, ValueError when it is longer than
        ``MAX_INPUT_BYTES`` or ``date`` is not a real day written ``YYYY-MM-DD``, and
        RuntimeError ("internal error while annotating this text: …") on a bug in the core.
        """
    def annotate_many(
        self,
        texts: Iterable[str],
        dates: Iterable[str | None] | None = None,
        indirect: bool = False,
    ) -> list[Document]:
        """Annotates many texts on every core, releasing the GIL; the documents in input order,
        each equal to ``annotate(text, date, indirect)``.

        Raises as ``annotate`` does, the message naming the first text that failed
        (``texts[3]: …``); ValueError when ``dates`` has another length than ``texts``.
        """
