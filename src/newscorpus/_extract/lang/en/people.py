"""English people named anywhere in a text (:class:`KnownPeopleEn`): who a later "Mr Blair" or
bare surname may stand for."""

from __future__ import annotations

import bisect
import functools
import re
from typing import TYPE_CHECKING

import attrs

from newscorpus._extract.engine import (
    KnownPeopleBase,
    Phrase,
    end_at_surname,
    family_name_at,
    people_in_sentence,
    possessive_length,
    token_start,
)
from newscorpus._extract.lang.en.bundle import VerbFormEn, _english
from newscorpus._extract.lang.en.phrases import _mention_words, _phrase_after
from newscorpus._extract.lang.en.sentence import _NOT_IN_NAMES, _Sentence
from newscorpus._extract.languages import on_registry_change
from newscorpus._extract.lexicon import FormKind, VerbFlag, read_speaker_word_roles
from newscorpus._extract.sentences import tokenize_words
from newscorpus._extract.speakers import (
    Mentioned,
    MentionInfo,
    analyse_coordination,
    analyse_mention,
    family_name_first,
    given_name_before,
    organisation_word,
    person_or_institution,
    role_noun,
    role_or_organisation,
    speaker_joiners,
)
from newscorpus._model import SpeakerKind

if TYPE_CHECKING:
    from collections.abc import Iterator, Sequence

    from newscorpus._extract.quotemarks import QuotePair


# Speaker kinds read for every phrase a pronoun's search reads, bound to names once: on
# Python 3.11 a member read through its class goes through EnumType.__getattr__, a slow path.
_KIND_PERSON = SpeakerKind.PERSON
# The fewest words of a name of no known kind that takes a role in apposition.
_TWO_WORDS = 2
_KIND_ORGANISATION = SpeakerKind.ORGANISATION
_KNOWN_MENTIONS = 3
#: the most given names the lexicon lacks before a first name ("Shani Rhys James")
_GIVEN_NAMES_BEFORE = 2
#: the word classes of articles and prepositions ("the", "of"), which no given name follows
_NO_GIVEN_NAME_AFTER = frozenset({"det", "prep"})
#: how many surnames a text looks up by string search before it is indexed by one regex pass
#: (see :meth:`KnownPeopleEn.find`)
_SEARCHED_SURNAMES = 16
#: how many occurrences of a family name written first are read for a full name after it
_FAMILY_CHECKS = 50
_KNOWN_BEFORE = 60
_KNOWN_AFTER = 50
#: At most this many words of a role before a name: "Lib Dem constitutional affairs committee
#: chairman Alan Beith".
_ROLE_WORDS_BEFORE = 7
#: The word inside an organisation's name before a role: "Bank of England deputy governor".
_NAME_INNER = "of"
#: The forms of a verb that stand for a finite verb ("said", "says").
_FINITE = frozenset({FormKind.PAST, FormKind.PRESENT})
_INITIAL_LENGTH = len("W.")  # the middle initial of "George W. Bush"
# A capitalised word, maybe an initial, and a capitalised word: a first name and a surname.
# (No \b before it: that makes the search try every position; the word start is checked after.)
#: The surname after a title and a given name ("Jones" of "Sir Digby Jones").
_TITLED_SURNAME = re.compile(r"([A-Z][\w'’-]+)\b")
#: the longest role word looked at before a given name the lexicon lacks (see _given_after_role)
_MAX_ROLE_WORD = 30
_FULL_NAME = re.compile(r"([A-Z][a-z]+)(?= +(?:[A-Z]\. +)?([A-Z][\w'’-]+)\b)")


def _given_after_role(text: str, start: int, given: str) -> bool:
    """Whether the capitalised word ``given`` at ``start``, which the first-name lexicon lacks,
    is a given name all the same: a role noun stands right before it ("Liverpool striker Milan
    Baros", "Professor Raj Reddy"), and it is no word of context (a party, a nationality: not
    "Labour" in "the minister Labour Smith") nor a role noun itself."""
    end = start - 1
    if end < 1 or text[end] != " ":
        return False
    begin = end
    while begin > 0 and text[begin - 1].isalpha() and end - begin < _MAX_ROLE_WORD:
        begin -= 1
    role = text[begin:end]
    return (
        bool(role)
        and role_noun(role.lower(), "en")
        and given_name_before(given, "en")
        and not role_noun(given.lower(), "en")
    )


def _person_within(sentence: _Sentence, phrase: Phrase) -> tuple[Phrase, MentionInfo] | None:
    """The person (or name, or group) a noun phrase of a sentence without a quotation names (read
    by the engine's :func:`people_in_sentence` for a later "he", "she" or "they"), with the
    words that name it:
    the whole phrase, else the run of two or more capitalised words it opens with when a
    lower-case word follows them ("Maria Lopez won the vote": the phrase reader takes the verb
    "won" for a noun). A phrase after a determiner names nobody without a capitalised word or a
    role word in it ("the site", "a bucket of slurry"): those are not analysed. Role words after
    an indefinite article are no role of the name after them (see :func:`_indefinite_role`)."""
    if sentence.word_class(phrase.start) == "det" and not any(
        sentence.is_capitalised(index)
        or role_or_organisation(sentence.tokens[index].text, "en")
        or _plural_of_people(sentence, index)  # "The firefighters", a group for a "they"
        for index in range(phrase.start + 1, phrase.stop)
    ):
        return None
    phrase = _with_role_opening(sentence, phrase)
    verb = _past_after_name(sentence, phrase)
    if verb is not None:
        phrase = Phrase(phrase.start, verb)  # "Labour leader Jeremy Corbyn | met John Smith"
    joiners = speaker_joiners("en")
    joiner = next(
        (
            index
            for index in range(phrase.start + 1, phrase.stop)
            if sentence.lows[index] in joiners
        ),
        None,
    )
    if joiner is not None and analyse_coordination(
        _mention_words(sentence, *phrase), language="en", plural=True
    ):
        # "Mr Smith and Ms Jones arrived": each person on their own, the first here (the
        # engine reads on after the joiner), not one "Jones" of the title "Mr"
        phrase = Phrase(phrase.start, joiner)
    info = analyse_mention(_mention_words(sentence, *phrase), language="en")
    if info is None or not (info.kind is _KIND_PERSON or info.named):
        # A group of people, for a later "they" ("The two companies … They said"), unless a
        # name opens the phrase.
        group = (phrase, info) if info is not None and _is_group(sentence, phrase, info) else None
        stop = phrase.start
        while stop < phrase.stop and sentence.is_capitalised(stop):
            stop += 1
        if not phrase.start + 1 < stop < phrase.stop or not sentence.is_lower(stop):
            return group  # one capitalised word may be the sentence's first ("Computer …")
        phrase = Phrase(phrase.start, stop)
        info = analyse_mention(_mention_words(sentence, *phrase), language="en")
        if info is None or not (info.kind is _KIND_PERSON or info.named):
            return group
    role = [] if info.role is None or not info.named else info.role.split()
    after = phrase.start + 1
    if (
        role
        and _indefinite_role(sentence, after)
        and [token.text for token in sentence.tokens[after : after + len(role)]] == role
    ):
        info = attrs.evolve(info, role=None, role_head=None)  # the role right after "a"
    return _with_apposition(sentence, phrase, info)


def _with_apposition(
    sentence: _Sentence, phrase: Phrase, info: MentionInfo
) -> tuple[Phrase, MentionInfo]:
    """The person with a phrase in apposition set off by commas that gives the other half of
    who they are: a role after a name ("Wayne Rooney, the England striker, was injured") or
    a name after a role ("The England striker, Wayne Rooney, was injured"). A later "the
    striker" then means Wayne Rooney. A name after a name is a list, not an apposition."""
    stop = phrase.stop
    tokens = sentence.tokens
    if stop + 1 >= sentence.last or tokens[stop].text != "," or info.pronoun or info.plural:
        return phrase, info
    inner = _phrase_after(sentence, stop + 1, sentence.last)
    if inner is None or (inner.stop < sentence.last and tokens[inner.stop].text not in {",", ";"}):
        return phrase, info
    apposed = analyse_mention(_mention_words(sentence, *inner), language="en")
    if apposed is None or apposed.kind is not _KIND_PERSON or apposed.plural or apposed.pronoun:
        return phrase, info
    if info.named == apposed.named or (apposed.role if info.named else info.role) is None:
        return phrase, info  # two names (a list) or two roles
    name, name_words = (info, phrase) if info.named else (apposed, inner)
    if name.kind is not _KIND_PERSON and name_words.stop - name_words.start < _TWO_WORDS:
        return phrase, info  # "Likewise, any voter who refuses": an adverb, not a name
    whole = Phrase(phrase.start, inner.stop)
    joined = analyse_mention(_mention_words(sentence, *whole), language="en")
    if joined is None or not joined.named or joined.role is None:
        return phrase, info
    return whole, joined


def _past_after_name(sentence: _Sentence, phrase: Phrase) -> int | None:
    """Where a past tense of ``past_tenses.txt`` right after a capitalised word (not the
    phrase's first), a role, an organisation or a plural of people inside the phrase is the
    sentence's verb, which the phrase reader took for a noun
    ("Labour leader Jeremy Corbyn met John Smith", "Police met residents", "Firefighters
    fought the blaze": the phrase ends before the verb), or None."""
    return next(
        (
            index
            for index in range(phrase.start + 1, phrase.stop)
            if sentence.is_lower(index)
            and sentence.lows[index] in sentence.lexicon.past_tenses
            and (
                (index > phrase.start + 1 and sentence.is_capitalised(index - 1))
                # (one word before it only when it names people: not "bands Ozzy gave her")
                or _plural_of_people(sentence, index - 1)
                or role_or_organisation(sentence.tokens[index - 1].text, "en")
            )
        ),
        None,
    )


#: The plural endings a role noun takes ("officials", "bosses"; "companies" -> "company").
_PLURAL_ENDINGS = ("s", "es")
_PLURAL_Y = "ies"


def _plural_of_people(sentence: _Sentence, index: int) -> bool:
    """Whether the word at ``index`` is the plural of a role, an organisation or a collective
    of people ("firefighters", "officials", "unions", "companies")."""
    word = sentence.tokens[index].text
    if not word.endswith(_PLURAL_ENDINGS[0]):
        return False
    singulars = [word[: -len(ending)] for ending in _PLURAL_ENDINGS]
    if word.endswith(_PLURAL_Y):
        singulars.append(word[: -len(_PLURAL_Y)] + "y")
    return any(person_or_institution(singular, "en") for singular in singulars if singular)


def _is_group(sentence: _Sentence, phrase: Phrase, info: MentionInfo) -> bool:
    """Whether a plural noun phrase names people acting together: its last word is a role, an
    organisation or a collective of people ("officials", "five public sector unions", "MPs"),
    not a thing ("tax bills", "45 minutes")."""
    if info.plural is not True or info.pronoun:
        return False
    head = phrase.stop - 1
    return (
        info.kind is _KIND_ORGANISATION
        or person_or_institution(sentence.tokens[head].text, "en")
        or _plural_of_people(sentence, head)
    )


def _with_role_opening(sentence: _Sentence, phrase: Phrase) -> Phrase:
    """The phrase with the word before it when the two make a role of two words ("First
    Minister Jack McConnell has insisted": "First" is an adverb, so the phrase opens at
    "Minister", but the role is "First Minister", not "Minister")."""
    start = phrase.start
    if start < 1 or not sentence.is_capitalised(start - 1):
        return phrase
    tokens = sentence.tokens
    if not role_or_organisation(f"{tokens[start - 1].text} {tokens[start].text}", "en"):
        return phrase
    return Phrase(start - 1, phrase.stop)


def _joins_role_modifiers(sentence: _Sentence, index: int) -> bool:
    """Whether the "and" at ``index`` joins two capitalised modifiers of the role after them
    ("British and Irish Lions coach", "the Trade and Industry Secretary"): a capitalised word
    on either side, the one before it opening the phrase (after a lower-case word, an article
    or nothing), so that "Tony Blair and Conservative leader Michael Howard" stays two people;
    nor a first name or a role noun before "and": "relocating King and DJ partner Joel Ross"
    names King (a surname that is also the role noun "king") and Joel Ross."""
    if index < 1 or sentence.lows[index] != "and" or index + 1 >= len(sentence.tokens):
        return False
    if not (sentence.is_capitalised(index - 1) and sentence.is_capitalised(index + 1)):
        return False
    before = index - 2
    modifier = sentence.tokens[index - 1].text
    return (
        (
            before < 0
            or sentence.word_class(before) == "det"
            or not (sentence.is_capitalised(before) or sentence.tokens[before].quote >= 0)
        )
        and modifier not in sentence.lexicon.first_names
        and not (role_or_organisation(modifier, "en") and not organisation_word(modifier, "en"))
    )


def _indefinite_role(sentence: _Sentence, first: int) -> bool:
    """Whether the role words from ``first`` before a name follow an indefinite article (the
    ``new_referents`` word role): "how good a prime minister Gordon Brown will make" says what
    he might be, no title he holds."""
    return 0 < first <= len(sentence.lows) and sentence.lows[first - 1] in _new_referents()


@functools.cache
def _new_referents() -> frozenset[str]:
    return read_speaker_word_roles("en")["new_referents"]


on_registry_change(_new_referents.cache_clear)


class KnownPeopleEn(KnownPeopleBase):
    """The people an English article names in full ("Defense Secretary Ash Carter").

    Called with a surname in lower case, returns what the article says about the people of that
    surname (at most three mentions), so that "Mr Carter" or "Carter" later takes the full name
    and role. Where full names stand (a first name from the lexicon and a capitalised word) is
    collected on the first call, in one pass over the text.
    """

    def __init__(
        self, text: str, pairs: Sequence[QuotePair], sentences: Sequence[tuple[int, int]] = ()
    ) -> None:
        super().__init__(text, pairs, sentences)
        self._positions: dict[str, list[int]] | None = None

    def people_in(self, start: int, end: int) -> Iterator[Mentioned]:
        words = tokenize_words(self.text, start, end, self.pairs)
        if not words.tokens:
            return iter(())
        sentence = _Sentence(self.text, words, _english(), title=False)
        # A subject pronoun ("he", "she") stands for someone named before: "Governor Jane Roe
        # toured the site on Monday. She said …"
        return people_in_sentence(
            sentence,
            sentence.last,
            pronouns=sentence.roles.subject_pronouns,
            language="en",
            phrase_after=_phrase_after,
            person_in=_person_within,
        )

    def find(self, surname: str, looked_up: int) -> tuple[MentionInfo, ...]:
        if " " in surname:
            return self._titled(surname)
        # A surname costs one string search over the text, cheaper than a regex pass for the
        # few an article looks up; a text that looks up many (a long page of names) is indexed
        # by one pass instead, which keeps the cost linear in its length.
        positions = (
            self._scanned(surname) if looked_up >= _SEARCHED_SURNAMES else self._full_names(surname)
        )
        if not positions and family_name_first(surname, "en"):
            positions = self._family_names(surname)
        people: list[MentionInfo] = []
        quoted: list[MentionInfo] = []
        for position in positions:
            found = self._mention_at(position, surname)
            if found is not None:
                (quoted if found[1] else people).append(found[0])
        # A full name inside a quotation counts only when the text names none outside one: a
        # speaker may spell the name otherwise ("Dave Collins" … "David Collins").
        return tuple(people or quoted)

    def _titled(self, titled: str) -> tuple[MentionInfo, ...]:
        """The people a title and a given name ("sir digby", lower case) stand for: the first
        (up to three) full names written after the same title and given name ("CBI
        director-general Sir Digby Jones"), with the role before them."""
        lowered = self.lowered
        if not lowered:
            return ()
        text = self.text
        people: list[MentionInfo] = []
        start = lowered.find(titled + " ")
        while start >= 0 and len(people) < _KNOWN_MENTIONS:
            surname = _TITLED_SURNAME.match(text, start + len(titled) + 1)
            if surname is not None and not (start and text[start - 1].isalnum()):
                found = self._mention_at(start, surname.group(1).lower())
                if found is not None and found[0].name.lower() != titled:
                    people.append(found[0])
            start = lowered.find(titled + " ", start + 1)
        return tuple(people)

    def _full_names(self, surname: str) -> list[int]:
        """Where the first (up to three) full names of ``surname`` start: a first name from the
        lexicon, not glued to a word before it, then the surname (see ``_FULL_NAME``).

        The occurrences of the surname in the lower-cased text are the candidates; the first name
        before each is checked with ``_FULL_NAME`` itself, so the result is what a scan of the
        whole text with ``_FULL_NAME`` would give, at the cost of a string search per surname.
        """
        lowered = self.lowered
        if not lowered:  # offsets into it would not match: scan the whole text once instead
            return self._scanned(surname)
        text = self.text
        first_names = _english().first_names
        starts: list[int] = []
        # A surname of a full name follows a space: only those occurrences are found, by the
        # search itself ("lee" in "employee" is passed in C). The lowered text has the text's
        # spaces at the same offsets, and the surname holds none, so no occurrence after a
        # space overlaps one before it.
        spaced = " " + surname
        surname_start = lowered.find(spaced) + 1
        while surname_start > 0 and len(starts) < _KNOWN_MENTIONS:
            # A surname opens with a capital ("brown" in "brown eyes" is passed).
            start = (
                self._first_name_start(text, surname_start, first_names)
                if "A" <= text[surname_start] <= "Z"
                else -1
            )
            match = None if start < 0 else _FULL_NAME.match(text, start)
            if (
                match is not None
                and match.start(2) == surname_start
                # the surname whole, or in the possessive ("Tony Blair's feud")
                and match.end(2) - possessive_length(match.group(2)) - surname_start == len(surname)
                and not (start and text[start - 1].isalnum())
            ):
                starts.append(start)
            surname_start = lowered.find(spaced, surname_start) + 1
        return starts

    @staticmethod
    def _first_name_start(text: str, surname_start: int, first_names: frozenset[str]) -> int:
        """Where a ``_FULL_NAME`` match whose surname starts at ``surname_start`` and whose first
        name is one of ``first_names`` would start ("Ash" in "Ash Carter", "George" in "George
        W. Bush"), or -1: the capitalised word of ASCII lower-case letters before the spaces (and
        an initial) in front of the surname, which is the match's first name. Most words there
        are no first name ("Mr Carter", "Minister Carter"): a set lookup rules them out before
        the match."""
        end = surname_start
        while end > 0 and text[end - 1] == " ":
            end -= 1
        if end == surname_start:
            return -1
        if end >= _INITIAL_LENGTH and text[end - 1] == "." and "A" <= text[end - 2] <= "Z":
            initial = end - _INITIAL_LENGTH
            end = initial
            while end > 0 and text[end - 1] == " ":
                end -= 1
            if end == initial:
                return -1
        start = end
        while start > 0 and "a" <= text[start - 1] <= "z":
            start -= 1
        if start in {end, 0} or not "A" <= text[start - 1] <= "Z":
            return -1
        given = text[start - 1 : end]
        if given in first_names or _given_after_role(text, start - 1, given):
            return start - 1
        return -1

    def _family_names(self, surname: str) -> list[int]:
        """Where the first (up to three) full names open with the family name ``surname``
        written first ("Ban Ki-moon", "Xi Jinping": see :func:`family_name_at`)."""
        text, lowered = self.text, self.lowered
        starts: list[int] = []
        position = lowered.find(surname)
        checked = 0
        while position >= 0 and len(starts) < _KNOWN_MENTIONS and checked < _FAMILY_CHECKS:
            checked += 1
            if family_name_at(text, position, len(surname)):
                starts.append(position)
            position = lowered.find(surname, position + len(surname))
        return starts

    def _scanned(self, surname: str) -> list[int]:
        """:meth:`_full_names` by one ``_FULL_NAME`` pass over the whole text, on the first call."""
        if self._positions is None:
            first_names = _english().first_names
            self._positions = {}
            text = self.text
            for match in _FULL_NAME.finditer(text):
                start = match.start()
                if (
                    match.group(1) in first_names or _given_after_role(text, start, match.group(1))
                ) and not (start and text[start - 1].isalnum()):
                    named = match.group(2)
                    named = named[: len(named) - possessive_length(named)]
                    self._positions.setdefault(named.lower(), []).append(start)
        return self._positions.get(surname, [])[:_KNOWN_MENTIONS]

    def _mention_at(self, position: int, surname: str) -> tuple[MentionInfo, bool] | None:
        """The person whose first name starts at ``position`` and whose name ends with
        ``surname`` (lower case), with a role written before it, and whether the name stands
        inside a quotation."""
        text = self.text
        # Both searches are bounded by the window: an unbounded search for the line break in a
        # text of one long line would cost the whole text per mention.
        lowest = max(0, position - _KNOWN_BEFORE)
        start = max(text.rfind("\n", lowest, position) + 1, lowest)
        highest = min(len(text), position + _KNOWN_AFTER)
        end = text.find("\n", position, highest)
        end = highest if end < 0 else end
        words = tokenize_words(text, start, end, self.pairs)
        tokens = words.tokens
        index = bisect.bisect_left(tokens, position, key=token_start)  # the token at position
        quoted = index > 0 and tokens[index - 1].quote >= 0 and tokens[index - 1].end > position
        if quoted:
            # A full name inside a quotation is the person's too ("… nor is Tony Blair," he
            # said. … Mr Blair said …): the quotation's words are read as words.
            words = tokenize_words(text, start, end, ())
            tokens = words.tokens
            index = bisect.bisect_left(tokens, position, key=token_start)
        sentence = _Sentence(text, words, _english(), title=False)
        if index + 1 >= len(tokens) or tokens[index].start != position:
            return None
        first = index
        role_seen = False
        while first > 0 and index - first < _ROLE_WORDS_BEFORE:
            previous = first - 1
            word = tokens[previous].text
            if _finite_verb_of_saying(sentence.lexicon.verbs.get(sentence.lows[previous], ())):
                break  # "Said Wales assistant coach Scott Johnson: …": the verb is no role's
            if (
                role_seen
                and sentence.lows[previous] == _NAME_INNER
                and previous > 0
                and sentence.is_capitalised(previous - 1)
                # a name's noun, no group of people: "Bank of England", not "Allies of Prime
                # Minister Tony Blair"
                and not sentence.lows[previous - 1].endswith("s")
                and sentence.is_capitalised(first)
            ):
                first = previous - 1  # "Bank of England deputy governor Rachel Lomax"
                continue
            # A role of two words counts whole: "First Minister", whose "First" is an adverb.
            if role_or_organisation(word, "en") or (
                first < index and role_or_organisation(f"{word} {tokens[first].text}", "en")
            ):
                role_seen = True
                first = previous
                continue
            if role_seen and _joins_role_modifiers(sentence, previous):
                first = previous - 1  # "British and Irish Lions coach": both modify the role
                continue
            if role_seen and (
                (
                    sentence.is_capitalised(previous)
                    and sentence.word_class(previous) not in _NOT_IN_NAMES
                )
                or sentence.is_nounish(previous, head=False)
            ):
                first = previous
                continue
            break
        if not role_seen:
            first = _given_names_start(sentence, index)
        stop = index + 1
        while (
            stop < len(tokens)
            and stop - index < 4
            and (
                sentence.is_capitalised(stop)
                or sentence.is_abbreviation_stop(stop)
                or sentence.lows[stop] in sentence.lexicon.particles
            )
        ):
            stop += 1
        stop = end_at_surname(sentence.lows, index, stop, surname)
        info = analyse_mention(_mention_words(sentence, first, stop), language="en")
        if info is None or not info.named:
            return None
        if info.role is not None and _indefinite_role(sentence, index - len(info.role.split())):
            info = attrs.evolve(info, role=None, role_head=None)
        return info, quoted


def _finite_verb_of_saying(forms: tuple[VerbFormEn, ...]) -> bool:
    """Whether a word with these verb forms is a finite verb of saying and no noun ("said",
    "added", "says"; "report", "show" and "talk" also name things: "Talk show host")."""
    return any(form.kind in _FINITE for form in forms) and not any(
        VerbFlag.NOUN in form.flags for form in forms
    )


def _given_names_start(sentence: _Sentence, index: int) -> int:
    """Where a full name whose first name from the lexicon stands at ``index`` starts: at the
    given names before it that the lexicon lacks, capitalised words that are no context (see
    :func:`given_name_before`): "Shani Rhys James" is her name, and "Ms James" later is she,
    not a man named "Rhys James". A word after an article or a preposition is no given name
    ("leader of the Commons Oliver Heald", "Secretary of Energy Spencer Abraham")."""
    first = index
    while (
        first > 0
        and index - first < _GIVEN_NAMES_BEFORE
        and sentence.is_capitalised(first - 1)
        and sentence.word_class(first - 1) not in _NOT_IN_NAMES
        and given_name_before(sentence.tokens[first - 1].text, "en")
    ):
        first -= 1
    if first < index and first > 0 and sentence.word_class(first - 1) in _NO_GIVEN_NAME_AFTER:
        return index
    return first
