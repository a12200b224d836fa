"""German people named anywhere in a text (:class:`KnownPeople`): who a later bare surname or
pronoun may stand for."""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

import attrs

from newscorpus._extract.engine import (
    KnownPeopleBase,
    Phrase,
    end_at_surname,
    family_name_at,
    people_in_sentence,
    token_start,
)
from newscorpus._extract.lang.de.bundle import _german
from newscorpus._extract.lang.de.phrases import _phrase_after, surname_of_time
from newscorpus._extract.lang.de.sentence import _Sentence
from newscorpus._extract.sentences import tokenize_words
from newscorpus._extract.speakers import (
    Mentioned,
    MentionInfo,
    analyse_mention,
    family_name_first,
    plural_determiner,
    role_or_organisation,
)
from newscorpus._model import SpeakerKind

if TYPE_CHECKING:
    from collections.abc import Iterator, Sequence

    from newscorpus._extract.quotemarks import QuotePair


# A first name (maybe) and name particles, right before a surname ("Van der Bellen" writes its
# particle with a capital).
_NAME_BEFORE = re.compile(r"\b([A-ZÄÖÜ][\w-]+) +(?:(?i:von|van|de|der|zu|al|el|bin) +)*\Z")
# Speaker kinds read for every phrase a pronoun's search reads, bound to names once: on
# Python 3.11 a member read through its class goes through EnumType.__getattr__, a slow path.
_KIND_PERSON = SpeakerKind.PERSON
_KIND_ORGANISATION = SpeakerKind.ORGANISATION
# The articles before a body that "er" or "sie" may mean, with the gender each says ("der
# Verband", "die Polizei").
_BODY_ARTICLES = {"der": "m", "die": "f"}
_KNOWN_MENTIONS = 3
_KNOWN_SURNAMES = 30
_KNOWN_CHECKS = 50
_KNOWN_WINDOW = 160


def _person_in(sentence: _Sentence, phrase: Phrase) -> tuple[Phrase, MentionInfo] | None:
    """The single person a noun phrase of a sentence without a quotation names, for a later "er"
    or "sie" ("Der Bürgermeister Hans Kurz besuchte die Baustelle. Er sagte, …"; "Wie schwer es
    ist, weiß die Unternehmerin Sirvan Ekici. Sie …"; read by the engine's
    :func:`people_in_sentence`).

    A person is a first name, a role noun, a title, with the appositions and attachments the
    phrase takes ("der Ministerpräsident des Landes, Christian Wulff (CDU)"). A masculine role
    without a name counts only after an article of the ``nominative`` role ("der Minister", "ein
    Sprecher"): after "die" or "allen", or without an article, it is a plural ("Die Täter dürfen
    nicht davonkommen", "bei allen Fahrzeugen", "Beobachter hatten …"). A body after an article
    of its gender counts too, for an "er" or "sie" no person fits ("Die Polizei … Sie teilte
    mit"). A masculine role without a name and without such an article is a group
    (``plural``)."""
    info = analyse_mention(sentence.words(*phrase), language="de")
    if info is None:
        return None
    if not (info.kind is _KIND_PERSON or info.named):
        if (
            info.kind is _KIND_ORGANISATION
            and info.gender is not None
            and _BODY_ARTICLES.get(sentence.lows[phrase.start]) == info.gender
        ):
            # "Die Polizei hat … durchsucht. Sie teilte mit": a body whose article agrees with
            # it (not "die Sitzung des Menschenrechtsrats", whose head is no body)
            return phrase, info
        return None
    if (
        not info.named
        and info.gender == "m"
        and sentence.lows[phrase.start] not in sentence.roles.nominative
    ):
        # "die Täter", "Forscher der Universität Wien": a plural, no one a later "er" means,
        # but a group a later plural "sie" may ("Zahlreiche Aktivisten demonstrierten am
        # Brenner. Sie forderten, …"); after any other article a case of the singular
        # ("meinem Bruder", "den Minister") or a plural of no case a group has ("allen")
        bare = sentence.is_capitalised(phrase.start) and not sentence.word_class(phrase.start)
        # only as the subject: opening the sentence, or right after the verb of a sentence
        # that opens with an adverbial ("Am Sonntag demonstrierten zahlreiche Aktivisten"),
        # not an object ("Die Eltern verklagten Lehrer der Schule")
        start = phrase.start
        subject = start == 0 or not (
            sentence.word_class(0) == "det"
            or (sentence.is_capitalised(0) and not sentence.word_class(0))
        )
        if subject and (
            info.plural is True or bare or plural_determiner(sentence.lows[start], "de")
        ):
            return phrase, attrs.evolve(info, plural=True)
        return None
    return phrase, info


class KnownPeople(KnownPeopleBase):
    """The people an article names in full ("Alexander Lukaschenko"), with the roles beside them.

    Called with a surname in lower case, returns what the article says about the people of that
    surname: each place the surname follows a first name, up to three. At most 30 surnames are
    looked up per article, each in one pass over the text.
    """

    def __init__(
        self, text: str, pairs: Sequence[QuotePair], sentences: Sequence[tuple[int, int]] = ()
    ) -> None:
        super().__init__(text, pairs, sentences)

    def people_in(self, start: int, end: int) -> Iterator[Mentioned]:
        words = tokenize_words(self.text, start, end, self.pairs)
        if not words.tokens:
            return iter(())
        sentence = _Sentence(self.text, words.tokens, _german(), words=words)
        return people_in_sentence(
            sentence,
            sentence.last,
            pronouns=sentence.roles.pronouns,
            language="de",
            phrase_after=_phrase_after,
            person_in=_person_in,
        )

    def find(self, surname: str, looked_up: int) -> tuple[MentionInfo, ...]:
        if looked_up >= _KNOWN_SURNAMES:
            return ()
        lowered = self.lowered
        first_names = _german().first_names
        family_first = family_name_first(surname, "de")
        people: list[MentionInfo] = []
        position = lowered.find(surname)
        checked = 0
        while position >= 0 and len(people) < _KNOWN_MENTIONS and checked < _KNOWN_CHECKS:
            checked += 1
            # ``_NAME_BEFORE`` ends in a space: a surname inside a word ("Bergmüller") or after
            # a hyphen is passed over without a regex search.
            before = (
                _NAME_BEFORE.search(self.text, max(0, position - _KNOWN_WINDOW // 4), position)
                if position and self.text[position - 1] == " "
                else None
            )
            name_start = -1
            if before is not None and before.group(1) in first_names:
                name_start = before.start(1)
            elif family_first and family_name_at(self.text, position, len(surname)):
                name_start = position  # "UN-Generalsekretär Ban Ki-moon": the family name first
            if name_start >= 0:
                info = self._mention_at(name_start, surname)
                if info is not None and info.key == surname:
                    people.append(info)
            position = lowered.find(surname, position + len(surname))
        return tuple(people)

    def _mention_at(self, position: int, surname: str) -> MentionInfo | None:
        """The person whose first name starts at ``position`` and whose name ends with
        ``surname`` (lower case), with a role written before it."""
        text = self.text
        # Both searches are bounded by the window: an unbounded search for the line break in a
        # text of one long line would cost the whole text per mention.
        lowest = max(0, position - _KNOWN_WINDOW)
        start = max(text.rfind("\n", lowest, position) + 1, lowest)
        highest = min(len(text), position + _KNOWN_WINDOW)
        end = text.find("\n", position, highest)
        end = highest if end < 0 else end
        tokens = self.tokens_around(position, start, end)
        sentence = _Sentence(text, tokens, _german(), clauses=False)  # read word by word
        index = bisect.bisect_left(tokens, position, key=token_start)  # the token at position
        if index + 1 >= len(tokens) or tokens[index].start != position:
            return None
        first = index
        while first > 0 and index - first < 4:
            previous = first - 1
            if (
                (
                    sentence.is_capitalised(previous)
                    and role_or_organisation(tokens[previous].text, "de")
                )
                or (sentence.is_adjective(previous) and not self._verb_second(sentence, previous))
                or sentence.word_class(previous) == "det"
            ):
                first = previous
                continue
            break
        stop = index + 1
        while (
            stop < len(tokens)
            and stop - index < 5
            and (
                sentence.is_head(stop)
                or sentence.lows[stop] in sentence.lexicon.particles
                or surname_of_time(sentence, stop)
            )
        ):
            stop += 1
        stop = end_at_surname(sentence.lows, index, stop, surname)
        info = analyse_mention(sentence.words(first, stop), language="de")
        return info if info is not None and info.named else None

    @staticmethod
    def _verb_second(sentence: _Sentence, index: int) -> bool:
        """Whether the lower-case word at ``index``, read as an adjective before a role, is the
        finite verb after a sentence's first phrase ("Am Freitag präsentierte Innenministerin …",
        a past tense in -te like the adjective "designierte"): a capitalised word that is neither
        a role nor a genitive in -s ("Österreichs ehemalige Ministerin") stands right before it.
        An attributive adjective without an article follows no such noun."""
        if (
            index == 0
            or not sentence.is_capitalised(index - 1)
            or sentence.word_class(index - 1) == "det"  # "Der slowakische Premier"
        ):
            return False
        word = sentence.tokens[index - 1].text
        return not word.endswith("s") and not role_or_organisation(word, "de")
