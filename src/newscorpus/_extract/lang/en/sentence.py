"""What every English rule works on: the view of one sentence (:class:`_Sentence`, its tokens,
cues and word classes) and what the rules remember between sentences (:class:`_State`), with
the limits and punctuation sets the sections share."""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from newscorpus._extract.engine import RuleState, SentenceView, token_start
from newscorpus._extract.lexicon import FormKind
from newscorpus._extract.speakers import role_or_organisation

if TYPE_CHECKING:
    from newscorpus._extract.lang.en.bundle import VerbFormEn, _English
    from newscorpus._extract.sentences import Words


_FINAL = frozenset({".", "!", "?", "…"})
_SEPARATORS = frozenset({",", ";", ":", "–", "—", "―", "-", "(", ")"})
_OPENING_MARKS = frozenset({'"', "“", "‘", "'"})
_DASHES = frozenset({"–", "—", "―", "-"})
_QUOTE_FINAL = ".!?…"
_QUOTE_CLOSERS = "\"”’'"  # the closing marks at the end of a quotation token
_FINITE = frozenset({FormKind.PRESENT, FormKind.PAST})
_NEGATED = ("n’t", "n't")
_NOT_NOUN_ENDINGS = ("ly", *_NEGATED)
_NOT_IN_NAMES = frozenset({"conj", "sub", "prep", "adv", "pron", "neg", "verb"})
_MAX_PHRASE = 14
_MAX_CUES = 24
#: The most words between a particle verb and its particle ("summed it up").
_MAX_PARTICLE_DISTANCE = 2
_MIN_CONTENT_WORDS = 2
_POSSESSIVE = ("’s", "'s", "s’", "s'")
_SINGLE_CLOSERS = {"'": "'", "‘": "’"}


class _State(RuleState):
    """What the English rules remember besides: the quotations already given a speaker."""

    def __init__(self) -> None:
        super().__init__()
        self.emitted: set[int] = set()


class _Sentence(SentenceView):
    """The tokens of one sentence, with their lower-case forms and word classes."""

    def __init__(self, text: str, words: Words, lexicon: _English, *, title: bool) -> None:
        """``words`` are the sentence's tokens as the tokenizer made them, with the indices of
        its cue words (``lexicon.triggers``, when the tokenizer was asked for them: the readers
        of people's names, which read many sentences, look at none) and of its quotations."""
        tokens = words.tokens
        super().__init__(text, tokens, lexicon.word_class, words.lows)
        self.lexicon = lexicon
        self.roles = lexicon.roles  # read in every rule: one attribute lookup less
        self.title = title
        #: the indices of the quotation tokens
        self.quotes = words.quotes
        #: the indices of the words that may be cues
        self.cues = words.marked
        lows = words.lows
        last = len(lows)
        while last > 0 and lows[last - 1] in _FINAL:  # (a quotation's form is no final mark)
            last -= 1
        self.last = last

    def first_at(self, offset: int) -> int:
        """The index of the first token that starts at or after ``offset``."""
        return bisect.bisect_left(self.tokens, offset, key=token_start)

    def is_separator(self, index: int) -> bool:
        token = self.tokens[index]
        return token.quote < 0 and token.text in _SEPARATORS

    def is_cue_form(self, index: int, kinds: frozenset[FormKind]) -> bool:
        forms = self.lexicon.kinds_of.get(self.lows[index])
        return forms is not None and not forms.isdisjoint(kinds)

    def particle_after(self, index: int) -> tuple[VerbFormEn, int] | None:
        """The particle verb the word at ``index`` is a form of whose particle follows it, past
        adverbs, at most :data:`_MAX_PARTICLE_DISTANCE` words on ("pointed out", "summed it
        up"), and where the particle stands; None when none follows."""
        particle_forms = self.lexicon.particle_forms.get(self.lows[index], ())
        if not particle_forms:
            return None
        limit = min(len(self.tokens), index + 1 + _MAX_PARTICLE_DISTANCE)
        for form in particle_forms:
            for position in range(index + 1, limit):
                if self.lows[position] == form.particle:
                    return form, position
                if self.word_class(position) != "adv":
                    break
        return None

    def is_verb_of_saying(self, index: int) -> bool:
        """Whether the word at ``index`` is a verb of saying here: a form of one that needs no
        particle, or of a particle verb whose particle follows ("summed" only in "summed up")."""
        low = self.lows[index]
        if self.lexicon.plain_forms.get(low) is not None:
            return True
        return self.particle_after(index) is not None

    def is_nounish(self, index: int, *, head: bool) -> bool:
        """A lower-case word that can stand in a noun phrase (a noun or an adjective).

        Function words, adverbs in -ly and verbs of saying do not; a role noun in -ly does ("a
        close ally of Mr Brown"); a verb form that is also a noun ("report", "reports") does as
        the head, right before the verb, and anywhere when the lexicon flags the verb as often a
        noun ("the plan a “disaster”").
        """
        token = self.tokens[index]
        if token.quote >= 0 or not token.text[:1].islower():
            return False
        low = self.lows[index]
        lexicon = self.lexicon
        if low in lexicon.word_class or (
            low.endswith(_NOT_NOUN_ENDINGS) and not role_or_organisation(low, "en")
        ):
            return False
        forms = lexicon.noun_forms.get(low)
        if forms is None:
            return True
        return forms[0] and (head or forms[1])

    def is_abbreviation_stop(self, index: int) -> bool:
        """The full stop of an initial or an abbreviation inside a name: "Sen.", "G."."""
        if self.tokens[index].text != "." or index == 0:
            return False
        before = self.tokens[index - 1].text
        return (len(before) == 1 and before.isupper()) or before in self.lexicon.abbreviations
