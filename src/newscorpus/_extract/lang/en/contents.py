"""English contents, the step between the noun phrases and the cue rules: where the content of a cue
starts and ends (a that-clause, a to-infinitive, the clause after an addressee or a time phrase, the
quotations after it, the clause before a trailing attribution), with the tests those boundaries ask
(a quoted title is no content, a coordinated verb of saying or a second attribution ends one, a noun
phrase is a plain object)."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from newscorpus._extract.engine import (
    CLAUSE_MARKS,
    FINAL_MARKS,
    Phrase,
    opens_lower_case,
    quotations_after,
    quotations_only,
    trailing_content,
    trailing_of,
)
from newscorpus._extract.lang.en.phrases import (
    _GERUND_ENDING,
    _finite_word,
    _phrase_after,
    _plural_word,
)
from newscorpus._extract.lang.en.sentence import (
    _FINITE,
    _MAX_PHRASE,
    _MIN_CONTENT_WORDS,
    _OPENING_MARKS,
    _POSSESSIVE,
    _Sentence,
)
from newscorpus._extract.lexicon import FormKind, VerbFlag
from newscorpus._extract.quotemarks import QuoteContext, is_quotation, title_like
from newscorpus._extract.speakers import role_noun, role_or_organisation
from newscorpus._model import QuoteKind, Span

if TYPE_CHECKING:
    from collections.abc import Sequence

    from newscorpus._extract.lang.en.bundle import WordRoles
    from newscorpus._extract.quotemarks import QuotePair
    from newscorpus._extract.speakers import Attribution


# Enum members read in the rules, bound to names once: on Python 3.11 a member read through
# its class goes through EnumType.__getattr__, a slow path.
_FLAG_OBJECT = VerbFlag.OBJECT
_FLAG_ADDRESSEE = VerbFlag.ADDRESSEE
_FLAG_OPINION = VerbFlag.OPINION
_FLAG_REPORT = VerbFlag.REPORT
_FLAG_NOUN = VerbFlag.NOUN
#: The ending of an adverb ("quickly", "allegedly").
_ADVERB_ENDING = "ly"
_KIND_DIRECT = QuoteKind.DIRECT
_KIND_INDIRECT = QuoteKind.INDIRECT
_KIND_REPORTED = QuoteKind.REPORTED


_GERUND = frozenset({FormKind.GERUND})
#: What may set off a comment on the content before it: a comma or a dash.
_COMMENT_OPENERS = frozenset({",", "-", "–", "—"})
_DEFINITE = "the"  # "…, the figure disputed by …" names a figure the text gave, no comment
_AGENT = "by"  # opens a passive's agent
#: the most words of a quotation a noun phrase holds as a modifier ('the "long overdue" decision')
_MAX_QUOTED_MODIFIER_WORDS = 3
_PRESENT = frozenset({FormKind.PRESENT})
_BASE = frozenset({FormKind.BASE})
_INFINITIVE_MARKER = "to"
_THAT = "that"  # a complementizer, and a determiner after a verb ("to repeat that mistake")
#: The marks that close a quotation's clause inside its closing mark ('"It is fine," he said').
_QUOTATION_CLOSERS = CLAUSE_MARKS | FINAL_MARKS
_MAX_ADDRESSEE = 8
_NEGATION = "neg"  # the word class of "not" and "never" (function_words.txt)
_PREPOSITION = "prep"  # the word class of prepositions (function_words.txt)
# The word classes that open a phrase of when, where or how after a quotation: prepositions and
# subordinators ("throughout the second half", "as the minister left").
_TAIL_CLASSES = frozenset({_PREPOSITION, "sub"})
# The marks around a quotation token's words, stripped to read them.
_QUOTE_MARKS = "\"“”‘’'"
_MAX_SKIP = 6
_OF = "of"  # after a verb of reporting, before what the report is of ("warned of a recession")
_PAST_ENDING = "ed"  # a past tense or participle: "as the talks opened that …", "disputed by"
_TRUSTED_IN = "in"  # "believes in truth": the believed_in role's preposition
_PLURAL_ENDING = "s"  # a plural addressee the lexicons do not know ("warned investors that")
_CONJUNCTION = "conj"  # the word class of "and", "but" (function_words.txt)
_VERB = "verb"  # the word class of auxiliaries and copulas ("being")
#: the word classes that may follow a gerund, not a noun in -ing ("before leaving the room")
_GERUND_FOLLOWERS = frozenset({"det", "pron", "prep", "adv"})
#: the word classes that open the subject of a clause after "that" ("an allegation that the …")
_SUBJECT_OPENERS = frozenset({"det", "pron"})
#: how far (in tokens) a comment after a content is read for an "and that" going on with it
_MAX_COMMENT = 40


def _content_start(sentence: _Sentence, position: int, flags: frozenset[VerbFlag]) -> int | None:
    """Where the content after a verb starts, or None when nothing but adverbials follows.

    Adverbs and time phrases ("on Friday", "in a statement") and, for verbs with an addressee
    ("told reporters"), the addressee are skipped when a content follows them.
    """
    last = sentence.last
    if position >= last:
        return None
    if sentence.lows[position] == "of" and sentence.lows[position - 1] in sentence.roles.said_of:
        # "said of Mrs. Clinton's plan", "…,'' Mr. Burman said of RT.": whom the words were
        # about, not what was said.
        about = _phrase_after(sentence, position + 1, sentence.last)
        if about is not None:
            position = about.stop
            if position >= last:
                return None
    if (
        sentence.lows[position] == _TRUSTED_IN
        and sentence.lows[position - 1] in sentence.roles.believed_in
        and not _before_complementizer(sentence, position)
    ):
        return None  # "believes in truth and democracy": what is trusted, no content
    start = position
    position = _skip_adverbials(sentence, position)
    if _FLAG_OBJECT in flags and position < last:
        addressee = _addressee(sentence, position)
        if addressee is not None and _object_of(sentence, addressee):
            return None  # "tells the story of a family": no content (see _object_of)
        if addressee is not None:
            following = _skip_adverbials(sentence, addressee)
            if following < last and _infinitive(sentence, following):
                # "urged Republicans to join …": the addressee is the subject of the content.
                return position
            position = following
    elif _FLAG_ADDRESSEE in flags and position < last:
        addressee = optional_addressee(sentence, position)
        if addressee is not None:
            position = start = addressee  # (the content opens right after the addressee)
    if position >= last:
        return None
    token = sentence.tokens[position]
    if token.text in {",", ";", ")"}:
        following = position + 1
        if token.text == "," and following < last and sentence.is_capitalised(following):
            # "says at a campaign stop in Toledo, Ohio, that …"
            place = following
            while place < last and place - following < 3 and sentence.is_capitalised(place):
                place += 1
            if place + 1 < last and sentence.tokens[place].text == ",":
                following = place + 1
        elif (
            token.text == ","
            and following < last
            and (
                # "cautioned, as did the campaign itself, that …": an "as" clause, and
                # "reported, citing two sources, that …": the sources, set off by commas
                # between the verb and its content
                sentence.lows[following] == "as"
                or sentence.lows[following] in sentence.roles.source_gerunds
            )
        ):
            comma = next(
                (
                    later
                    for later in range(following + 1, min(last, following + _MAX_PHRASE))
                    if sentence.tokens[later].text == ","
                ),
                -1,
            )
            if comma > 0:
                following = comma + 1
        elif token.text == "," and following < last:
            # "said, in a statement, that …", "said, however, the plan would fail": an adverbial
            # set off by commas between the verb and its content, which must be a clause
            skipped = _skip_adverbials(sentence, following)
            if following < skipped < last - 1 and sentence.tokens[skipped].text == ",":
                following = skipped + 1
                if _clause_at(sentence, following) is not None:
                    return following
        if following < last and (
            sentence.is_quote(following)
            or (
                sentence.lows[following] in sentence.roles.complementizers
                # "said at the dinner, where …": a relative clause of the place
                and sentence.lows[following] not in sentence.roles.relative_adverbs
            )
        ):
            return following
        return None
    if token.text == ":":
        return position + 1 if position + 1 < last else None
    if sentence.is_separator(position):
        return None
    if position != start and not (
        sentence.lows[position] in sentence.roles.complementizers
        or sentence.is_quote(position)
        or _FLAG_OBJECT in flags
    ):
        position = _skip_adverbs(sentence, start)
    low = sentence.lows[position] if position < last else ""
    if (
        low in sentence.roles.be
        or low in sentence.roles.have
        or low in sentence.roles.modal
        or (
            sentence.is_cue_form(position, _FINITE)
            and not _noun_subject(sentence, position)
            and not (_FLAG_REPORT in flags and _plural_noun_object(sentence, position))
        )
    ):
        return None  # "the people it questioned said …", "what the government says are …"
    if position < last:
        after_clause = _that_after_clause_of_time(sentence, position)
        if after_clause is not None:
            return after_clause  # "said as the talks opened that a deal was near"
    if position < last and _time_phrase(sentence, position):
        # "said on Saturday night at the dinner", "said on Monday the bridge would reopen": a
        # phrase of time, not a topic, before whatever follows.
        position = _skip_adverbials(sentence, position)
        if position >= last or sentence.is_separator(position):
            return None
    if (
        position + 2 < last
        and sentence.lows[position] in sentence.roles.time_modifiers
        and sentence.lows[position + 1] in sentence.roles.time_nouns
        and _clause_at(sentence, position + 2) is not None
    ):
        return position + 2  # "said last night the talks had failed"
    if (
        position < last
        and sentence.lows[position] in sentence.roles.topics
        and flags.isdisjoint(_ADDRESSING)
    ):
        clause = _clause_after_phrase(sentence, position, medium=True)
        if clause is not None:
            return clause  # "said on Instagram he was disappointed": where, not the topic
    if position < last and _topic_before_finite(sentence, position):
        return None  # "One of the first songs he wrote for other artists was …"
    if (
        position < last
        and sentence.word_class(position) == "prep"
        and sentence.lows[position] not in sentence.roles.topics
        and not _infinitive(sentence, position)
        and not (
            # "said at least 30 people had died": a number of the content's subject
            position + 2 < last and sentence.lows[position + 1] in sentence.roles.quantifier_words
        )
    ):
        # "said at a briefing on Monday that …"; "spoke to a gathering" has no content.
        marker = _marker_ahead(sentence, position)
        if marker is None and flags.isdisjoint(_ADDRESSING):
            # "said in a statement the man had been arrested": a clause after the phrase
            return _clause_after_phrase(sentence, position)
        return marker
    if position != start and sentence.is_quote(position) and _title_in_context(sentence, position):
        # "said Thursday on Fox News’s “Fox and Friends.”", "told “Morning Joe” that …": a
        # show's name, the content (if any) after it
        return _marker_ahead(sentence, position)
    if (
        position == start
        and sentence.lows[position - 1] in sentence.roles.of_reports
        and sentence.lows[position] == _OF
        and position + 1 < last
        and (
            sentence.word_class(position + 1) == "det"
            or (sentence.is_lower(position + 1) and not sentence.word_class(position + 1))
        )
    ):
        return position + 1  # "warned of a recession": what was warned of, without "of"
    return position


#: The verb flags of verbs whose prepositional phrase may be what they speak of or to, never
#: an adverbial before a content ("spoke to a gathering of …").
_ADDRESSING = frozenset({_FLAG_OBJECT})


def _clause_after_phrase(sentence: _Sentence, position: int, *, medium: bool = False) -> int | None:
    """Where a clause without "that" starts after the short prepositional phrase at
    ``position`` (a preposition and a noun phrase of at most :data:`_ADVERBIAL_WORDS` words):
    "said in a statement [the man had been arrested]", "said after the meeting [the talks had
    failed]", "said on Instagram [he was disappointed]". Not after a preposition of whom or
    what was spoken to or about (the ``unframing_prepositions`` role: "related to the salary
    the member earns", "suspected of Islamist links has been charged"); with ``medium`` (a
    preposition of the topic, "on") only after a name or a noun of the ``utterance_nouns`` role
    ("on Instagram", "on her blog"; not "agrees on the draft directive it will …"). The clause
    opens with a subject pronoun, or a noun phrase with a determiner, before an auxiliary, a
    modal or a past tense; anything else gives None."""
    if sentence.lows[position] in sentence.roles.unframing_prepositions:
        return None
    phrase = _phrase_after(sentence, position + 1, sentence.last)
    if phrase is None or phrase.start != position + 1:
        return None
    start = phrase.stop
    if start - position > _ADVERBIAL_WORDS + 1:
        return None
    head = start - 1
    if medium and not (
        sentence.is_capitalised(head) or sentence.lows[head] in sentence.roles.utterance_nouns
    ):
        return None
    return _clause_at(sentence, start)


def _clause_at(sentence: _Sentence, start: int) -> int | None:
    """``start`` when a clause without "that" opens there (see :func:`_clause_after_phrase`),
    else None."""
    if start + 1 >= sentence.last:
        return None
    roles = sentence.roles
    # a subject that opens with a capitalised word ("G7 ministers had …") needs an auxiliary
    # after it: a past form there may be a participle of the name's phrase
    named = False
    if sentence.lows[start] in roles.subject_pronouns:
        verb = start + 1
    else:
        subject = _phrase_after(sentence, start, sentence.last)
        if subject is None or subject.start != start or sentence.is_quote(start):
            return None
        named = sentence.word_class(start) != "det"
        if named and not sentence.is_capitalised(start):
            return None
        verb = subject.stop
    if verb >= sentence.last or not sentence.is_lower(verb):
        return None
    low = sentence.lows[verb]
    if _auxiliary(roles, low) or (
        not named
        and (
            low in sentence.lexicon.past_tenses
            or (low.endswith(_PAST_ENDING) and sentence.word_class(verb) != "prep")
        )
    ):
        return start
    return None


def _that_after_clause_of_time(sentence: _Sentence, position: int) -> int | None:
    """The "that" opening the content after a clause of time between a verb of saying and its
    content: a word of the ``adverbial_subordinators`` role that is no preposition, and within a
    few words, before any mark, a "that" right after a past tense ("said as the talks opened
    that a deal was near", "who said when he arrived that he was tired"; not the relative
    pronoun of "as he unveiled the plan that would cut taxes"). None if there is none."""
    if (
        sentence.lows[position] not in sentence.roles.adverbial_subordinators
        or sentence.word_class(position) == "prep"  # "said before he died" reads on as one
    ):
        return None
    past_tenses = sentence.lexicon.past_tenses
    for ahead in range(position + 2, min(sentence.last, position + 2 * _MAX_SKIP)):
        if sentence.is_quote(ahead) or sentence.is_separator(ahead):
            return None
        before = sentence.lows[ahead - 1]
        if sentence.lows[ahead] == "that":
            return ahead if before.endswith(_PAST_ENDING) or before in past_tenses else None
    return None


def _topic_before_finite(sentence: _Sentence, position: int) -> bool:
    """Whether a topic's preposition after a verb opens a phrase that a lower-case form of "be"
    or "have" or a modal follows right away: the verb stands in a relative clause ("One of the
    first songs he wrote for other artists was Wolverton Mountain", "Teenagers questioned for a
    survey have shown little interest"), the form after the phrase is the main clause's verb,
    and nothing the verb says follows it. Not before a number or quantifier, where the
    preposition is one of amount opening the content's subject ("said about 8,500 vehicles had
    arrived", "said over 100 people had died")."""
    roles = sentence.roles
    following = position + 1
    if sentence.lows[position] not in roles.topics or following >= sentence.last:
        return False
    amount = sentence.lows[following]
    if amount[:1].isdigit() or amount in roles.number_words or amount in roles.quantifier_subjects:
        return False
    phrase = _phrase_after(sentence, following, sentence.last)
    if phrase is None or phrase.stop >= sentence.last or not sentence.is_lower(phrase.stop):
        return False  # not "a general election predicted for next May"
    low = sentence.lows[phrase.stop]
    if low.endswith(_GERUND_ENDING):
        return False  # "complained about taxes being too high": the topic's own clause
    return low in roles.be or low in roles.have or low in roles.modal


def _noun_subject(sentence: _Sentence, position: int) -> bool:
    """Whether a verb form of saying right after a verb is a noun opening the content's clause
    ("said reports had been exaggerated", "said claims of a rift were wrong", "said states
    must act", "said talks revealed a new plan"): a form that can head a noun phrase, before an
    auxiliary, "of" or a past tense (with no preposition after it)."""
    following = position + 1
    if (
        following >= sentence.last
        or not sentence.lexicon.noun_forms.get(sentence.lows[position], (False, False))[0]
    ):
        return False
    low = sentence.lows[following]
    roles = sentence.roles
    return (
        low in roles.be
        or low in roles.have
        or low in roles.modal
        or low == "of"
        or (
            # a past tense, not a participle that a preposition follows ("answer questions sent
            # by the public", "questions e-mailed in by listeners")
            sentence.is_lower(following)
            and (low.endswith(_PAST_ENDING) or low in sentence.lexicon.past_tenses)
            and following + 1 < sentence.last
            and sentence.word_class(following + 1) != "prep"
        )
    )


def _time_phrase(sentence: _Sentence, position: int) -> bool:
    """Whether the preposition at ``position`` opens a phrase of time ("on Saturday night",
    "on Sept. 5", "over the weekend"), not a topic ("on the budget")."""
    roles = sentence.roles
    if sentence.lows[position] not in roles.topics:
        return False
    for following in range(position + 1, min(sentence.last, position + 3)):
        low = sentence.lows[following]
        if low in roles.time_nouns or low in sentence.lexicon.months:
            return True
        if sentence.word_class(following) != "det" and low not in roles.time_modifiers:
            return False
    return False


def _infinitive(sentence: _Sentence, position: int) -> bool:
    """ "to join", "to stop": "to" before a verb rather than before a noun phrase ("to
    reporters", "to people's reluctance")."""
    following = position + 1
    if sentence.lows[position] != "to" or following >= sentence.last:
        return False
    low = sentence.lows[following]
    plural = low.endswith("s") and not low.endswith(("ss", "us"))
    return (
        sentence.is_lower(following)
        and sentence.word_class(following) not in {"det", "pron"}
        and low not in sentence.roles.object_pronouns
        and not plural
        and not low.endswith(("’s", "'s"))
    )


def _marker_ahead(sentence: _Sentence, position: int) -> int | None:
    """The "that", colon or quotation that opens the content after some prepositional phrases,
    if one follows within a few words and no verb stands before it (nor a participle clause
    of a verb of saying after a comma, whose content it is: "said at his briefing, adding:
    …"). A pronoun right after the preposition is the subject of an adverbial clause ("said
    before he died"), not a content."""
    limit = min(sentence.last, position + 2 * _MAX_SKIP)
    clause = sentence.word_class(position) == "prep"
    for ahead in range(position + 1, limit):
        low = sentence.lows[ahead]
        if (
            low == "that"
            or (sentence.is_quote(ahead) and not _title_in_context(sentence, ahead))
            or (low in sentence.roles.subject_pronouns and not (clause and ahead == position + 1))
        ):
            return ahead
        if sentence.tokens[ahead].text == ":":
            return ahead + 1 if ahead + 1 < sentence.last else None
        if (
            low in sentence.roles.be
            or low in sentence.roles.have
            or low in sentence.roles.modal
            or sentence.is_cue_form(ahead, _FINITE)  # not "under questioning"
            # a participle clause of its own after a comma: "said at his briefing, adding: …"
            or (sentence.is_cue_form(ahead, _GERUND) and sentence.tokens[ahead - 1].text == ",")
            or sentence.tokens[ahead].text in {";", "(", ")"}
        ):
            return None
    return None


def _skip_adverbs(sentence: _Sentence, position: int) -> int:
    steps = 0
    while position < sentence.last and steps < _MAX_SKIP:
        low = sentence.lows[position]
        # The table and the ending first (read in C), the method call last.
        if sentence.word_classes.get(low) in {"adv", "neg"} or (
            low.endswith(_ADVERB_ENDING) and sentence.is_lower(position)
        ):
            position += 1
            steps += 1
            continue
        break
    return position


def _before_complementizer(sentence: _Sentence, position: int) -> bool:
    """Whether the "in" at ``position`` opens a phrase of time that a complementizer follows:
    "believed in 2019 that the plan would work" has a content after it ("believes in the plan
    that the minister drew up" has none)."""
    phrase = _phrase_after(sentence, position + 1, sentence.last, attachments=False)
    if phrase is None or phrase.stop >= sentence.last:
        return False
    roles = sentence.roles
    last = sentence.lows[phrase.stop - 1]
    return (last[:1].isdigit() or last in roles.time_words or last in roles.time_nouns) and (
        sentence.lows[phrase.stop] in roles.complementizers
    )


def _skip_adverbials(sentence: _Sentence, position: int) -> int:
    """Skip adverbs, weekday names and short time or place phrases after a verb."""
    steps = 0
    lows = sentence.lows
    while position < sentence.last and steps < _MAX_SKIP:
        low = lows[position]
        # The table and the ending first (read in C), the method call last.
        if (
            sentence.word_classes.get(low) in {"adv", "neg"}
            or low in sentence.roles.time_words
            or (low.endswith(_ADVERB_ENDING) and sentence.is_lower(position))
        ):
            position += 1
            steps += 1
            continue
        if low in sentence.roles.time_prepositions and position + 1 < sentence.last:
            following = lows[position + 1]
            if following in sentence.roles.quantifier_words:
                break  # "said at least 30 people had died": the number opens the content
            if following in sentence.roles.time_nouns and _count_after_day(sentence, position + 2):
                # "said on Monday two men had been arrested": the day alone, not the words
                # after it, which open the content (but "on Friday 3 June that …" is a date)
                position += 2
                steps += 2
                continue
            phrase = _phrase_after(sentence, position + 1, sentence.last, attachments=False)
            if phrase is None:
                break
            steps += phrase.stop - position
            position = phrase.stop
            continue
        break
    return position


def _count_after_day(sentence: _Sentence, position: int) -> bool:
    """Whether the content's subject opens at ``position`` (after "on Monday"): a number that is
    no day of a date ("two men", "12 people", not "3 June"), a subject pronoun or "there"
    ("said on Monday there were no plans")."""
    if position + 1 >= sentence.last:
        return False
    low = sentence.lows[position]
    if low in sentence.roles.subject_pronouns or low in sentence.roles.expletives:
        return True
    if not (low.isdigit() or low in sentence.roles.number_words):
        return False
    return sentence.lows[position + 1] not in sentence.roles.time_nouns  # months among them


def _addressee(sentence: _Sentence, position: int) -> int | None:
    """The end of the addressee after a verb such as "told" ("reporters", "the BBC", "him")."""
    if sentence.lows[position] in sentence.roles.object_pronouns:
        return position + 1
    limit = min(sentence.last, position + _MAX_ADDRESSEE)
    phrase = _phrase_after(sentence, position, limit, attachments=False)
    if phrase is None:
        return None
    of = phrase.stop
    if (
        of + 1 < limit
        and sentence.lows[of] == "of"
        and (
            (sentence.is_capitalised(of - 1) and sentence.is_capitalised(of + 1))
            # "an audience of business leaders": the listeners are the members
            or (
                sentence.lows[of - 1] in sentence.roles.audience_nouns
                and sentence.lows[of + 1] not in sentence.roles.possessives
                and not (sentence.lows[of + 1] == "the" and sentence.is_lower(of + 2))
            )
            or (
                # a body after "the" or a name ("of his plans" is what was told)
                (sentence.lows[of + 1] == "the" or sentence.is_capitalised(of + 1))
                and (
                    _names_people(sentence, of - 1) or _names_people(sentence, of - 1, plural=True)
                )
            )
        )
    ):
        # a name with "of" in it ("told the House of Commons that …", "the Court of Appeal"),
        # or people of a body ("told the head of the BBC that …", "members of the committee")
        named = _phrase_after(sentence, of + 1, limit, attachments=False)
        if named is not None and named.start == of + 1:
            phrase = Phrase(phrase.start, named.stop)
    phrase = _holder_after_role(sentence, phrase, limit)
    phrase = _before_time_phrase(sentence, phrase)
    subject = _named_subject_inside(sentence, phrase)
    if subject is not None:
        return subject
    return phrase.stop - 1 if _content_subject_inside(sentence, phrase) else phrase.stop


def _before_time_phrase(sentence: _Sentence, phrase: Phrase) -> Phrase:
    """An addressee cut before a phrase of time run into it: "told [the Times] last night that
    …" (a ``time_modifiers`` word and a ``time_nouns`` word after the addressee's first)."""
    lows = sentence.lows
    roles = sentence.roles
    for index in range(phrase.start + 1, phrase.stop - 1):
        if lows[index] in roles.time_modifiers and lows[index + 1] in roles.time_nouns:
            return Phrase(phrase.start, index)
    return phrase


def _holder_after_role(sentence: _Sentence, phrase: Phrase, limit: int) -> Phrase:
    """An addressee that ends in a lower-case role noun, with the name of its holder after it,
    before "that" or another word that opens the content (``complementizers``), a colon or a
    quotation: "told fellow board member Bert Roberts that …" addresses Bert Roberts (the
    name is no part of what was told)."""
    stop = phrase.stop
    lows = sentence.lows
    if stop >= limit or not (
        sentence.is_lower(stop - 1)
        and (
            role_noun(lows[stop - 1], "en")
            or (stop - 2 >= phrase.start and role_noun(f"{lows[stop - 2]} {lows[stop - 1]}", "en"))
        )
    ):
        return phrase
    end = stop
    while end < limit and sentence.is_capitalised(end) and not sentence.is_quote(end):
        end += 1
    if end == stop or end >= sentence.last:
        return phrase
    opens_content = (
        sentence.lows[end] in sentence.roles.complementizers
        or sentence.tokens[end].text == ":"
        or sentence.is_quote(end)
    )
    return Phrase(phrase.start, end) if opens_content else phrase


def _object_of(sentence: _Sentence, addressee: int) -> bool:
    """Whether the phrase read as the addressee of a verb such as "tell", ending at
    ``addressee``, is an object with its "of" phrase, which names no one addressed: "tells the
    story of a family", "encouraged the growth of credit" (not "told reporters of his plans")."""
    head = addressee - 1
    return (
        addressee < sentence.last
        and sentence.lows[addressee] == "of"
        and not _names_people(sentence, head)
        # a singular noun after its article: people addressed are mostly plural ("accused
        # Britain's top sprinters of …", "tell citizens of threats")
        and not sentence.lows[head].endswith("s")
        and sentence.word_class(head - 1) == "det"
        # an audience: "told a meeting of the Metropolitan Police Authority it would be …"
        and sentence.lows[head] not in sentence.roles.occasion_nouns
    )


def optional_addressee(sentence: _Sentence, position: int) -> int | None:
    """Where the content of a verb that may take an addressee (*addressee*: "warn", "promise")
    starts, when an addressee at ``position`` and adverbs after it are followed by "that" or a
    subject pronoun ("warned [investors] that the shares could fall", "promised [voters] he
    would cut taxes", "promised [her] repeatedly that …"); else None, and the verb takes its
    content or object at once ("warned the plan would fail", "promised a referendum")."""
    end = _addressee(sentence, position)
    if end is None or end <= position or end >= sentence.last:
        return None
    known = (
        sentence.lows[position] in sentence.roles.object_pronouns
        or sentence.is_capitalised(end - 1)
        or _names_people(sentence, end - 1)
        or _names_people(sentence, end - 1, plural=True)
    )
    if not (known or sentence.lows[end - 1].endswith(_PLURAL_ENDING)):
        return None  # "is promising something it cannot guarantee": no one addressed
    following = _skip_adverbs(sentence, end)
    if following + 1 >= sentence.last:
        return None
    low = sentence.lows[following]
    if low == _THAT:
        after = following + 1
        if sentence.is_lower(after) and (
            sentence.word_class(after) == "verb"
            or sentence.lows[after] in sentence.lexicon.past_tenses
            or sentence.lows[after].endswith(_PAST_ENDING)
        ):
            return None  # "warned the companies [that had ignored the rules] would be fined"
        return following
    if low in sentence.roles.subject_pronouns and known:
        return following  # not "warned the changes he had proposed would …"
    return None


def object_without_content(sentence: _Sentence, position: int, flags: frozenset[VerbFlag]) -> bool:
    """Whether a verb whose addressee follows it (*object*) has an object with its "of" phrase
    at ``position`` instead: no attribution, also none of the words before ("In the aftermath
    of the crisis, the government encouraged the growth of credit")."""
    if _FLAG_OBJECT not in flags:
        return False
    position = _skip_adverbials(sentence, position)
    if position >= sentence.last:
        return False
    addressee = _addressee(sentence, position)
    return addressee is not None and _object_of(sentence, addressee)


def _names_people(sentence: _Sentence, index: int, *, plural: bool = False) -> bool:
    """Whether the word at ``index`` may name whom a speaker addresses: a pronoun, a capitalised
    word, or a role or organisation noun ("him", "the BBC", "the minister"); with ``plural`` a
    role noun's plural in -s ("members", "reporters")."""
    text = sentence.tokens[index].text
    if plural:
        return text.endswith("s") and role_or_organisation(text[:-1], "en")
    return (
        not sentence.is_lower(index)
        or sentence.lows[index] in sentence.roles.object_pronouns
        or role_or_organisation(text, "en")
    )


def _named_subject_inside(sentence: _Sentence, phrase: Phrase) -> int | None:
    """Where a person's name that opens a content clause without "that" starts inside an
    addressee phrase of capitalised words: a first name after the addressee's name and an
    auxiliary or modal after the phrase ("told the BBC Michael Howard has always been …" told
    the BBC). None when there is none."""
    stop = phrase.stop
    if stop >= sentence.last:
        return None
    following = sentence.lows[stop]
    roles = sentence.roles
    if not (following in roles.have or following in roles.be or following in roles.modal):
        return None
    first_names = sentence.lexicon.first_names
    for index in range(phrase.start + 1, stop - 1):
        if (
            sentence.is_capitalised(index - 1)
            and sentence.tokens[index].text in first_names
            and all(sentence.is_capitalised(later) for later in range(index, stop))
        ):
            return index
    return None


def _content_subject_inside(sentence: _Sentence, phrase: Phrase) -> bool:
    """Whether the last word of an addressee phrase is the subject of a content clause the
    writer gave without "that": an auxiliary follows it and a name or a plural noun ends the
    addressee before it ("told the BBC lessons were being learned", "told reporters prices
    would rise")."""
    stop = phrase.stop
    if stop - phrase.start < _MIN_CONTENT_WORDS or stop >= sentence.last:
        return False
    following = sentence.lows[stop]
    roles = sentence.roles
    if not (following in roles.have or following in roles.be or following in roles.modal):
        return False
    return sentence.is_lower(stop - 1) and (
        sentence.is_capitalised(stop - 2) or _plural_word(sentence, stop - 2)
    )


def _clause_end(sentence: _Sentence, start: int) -> int:
    for position in range(start, sentence.last):
        if sentence.tokens[position].text in {",", ";", ":"} or sentence.is_quote(position):
            return position
    return sentence.last


def _content_following(
    sentence: _Sentence, cue_end: int, flags: frozenset[VerbFlag]
) -> tuple[QuoteKind, Span] | None:
    """The content after a cue ending at ``cue_end``: :func:`_content_after` from where
    :func:`_content_start` says it starts; None when nothing but adverbials follows."""
    start = _content_start(sentence, cue_end, flags)
    return None if start is None else _content_after(sentence, start, flags)


def _content_after(
    sentence: _Sentence, start: int, flags: frozenset[VerbFlag] = frozenset()
) -> tuple[QuoteKind, Span] | None:
    """The content from ``start`` to the end of the sentence, or up to a participle clause with
    a cue of its own (", adding that …"); none when it only asks for anonymity ("…, who asked
    not to be named", "speaking on condition of anonymity": the ``anonymity_contents`` role); a
    reported speech act when it says nothing was said ("declined to comment", "refused to be
    drawn on …": the ``withheld_contents`` role)."""
    last = sentence.last
    if _opens_with(sentence, start, sentence.roles.anonymity_contents):
        return None
    start = _past_infinitive_of_saying(sentence, start)
    if start > 0 and _non_speech_object(sentence, start - 1, start):
        return None  # "claimed top spot in Group A", "will defend his 200m title"
    stop = last
    lows = sentence.lows
    # The word classes are read from the table (as ``word_class`` does): this loop runs over
    # every word of every content.
    classes, frames = sentence.word_classes, sentence.lexicon.frames
    utterance_prepositions = sentence.roles.utterance_prepositions
    tokens = sentence.tokens
    colon: int | None = None  # a colon before a quotation
    for position in range(start + 1, last - 1):
        low = lows[position]
        if (
            low == ":"
            and colon is None
            and tokens[position + 1].quote >= 0
            # (a quotation in lower case goes on with the content: 'said it: "could not …"')
            and not opens_lower_case(tokens[position + 1].text)
            # and only quotations up to the sentence's end: 'was clear: "Work harder" was the
            # order' goes on with the content
            and quotations_only(sentence, position + 1, last) == position + 1
        ):
            colon = position
        if low in utterance_prepositions and _utterance_phrase(sentence, position):
            stop = position - 1 if sentence.is_separator(position - 1) else position
            break
        if low in sentence.roles.verb_coordinators and _second_predicate(sentence, start, position):
            stop = position - 1 if sentence.is_separator(position - 1) else position
            break
        if (
            low in _COMMENT_OPENERS
            and (
                sentence.is_cue_form(position + 1, _GERUND)
                or lows[position + 1] in frames
                or _comment_apposition(sentence, position + 1)
                or _comment_after_content(sentence, position + 1)
            )
        ) or (
            (
                classes.get(low) == "conj"
                or low == ";"
                or (
                    low in sentence.roles.contrast_subordinators
                    and _contrast_after_content(sentence, start, position)
                )
            )
            and (
                (
                    low in sentence.roles.verb_coordinators
                    and _coordinated_cue(sentence, position + 1)
                )
                or _next_attribution(sentence, position + 1)
            )
        ):
            stop = position - 1 if sentence.is_separator(position - 1) else position
            break
    if start >= stop:
        return None
    if _opens_with(sentence, start, sentence.roles.withheld_contents):
        # "declined to comment": a speech act that reports nothing said, as "denied the charge"
        return _KIND_REPORTED, sentence.span(start, stop)
    if quotations_only(sentence, start, stop) == start:
        if stop == start + 1 and _quoted_adverbial(sentence, start):
            return None
        return _KIND_DIRECT, sentence.span(start, stop)
    told = _quotation_after_addressee(sentence, start, stop)
    if told is not None:
        return _KIND_DIRECT, sentence.span(told, stop)
    if (
        sentence.is_quote(start)
        and start + 1 < stop
        and _whole_utterance(sentence, start)
        and _adverbial_tail(sentence, start + 1)
    ):
        # 'Fans chanted "Sack the board" throughout the second half': the quotation is what
        # was said, the phrase after it says when or where (not a fragment of the content's
        # noun phrase in marks: 'forecast "significant improvements" in profitability')
        return _KIND_DIRECT, sentence.span(start, start + 1)
    if tokens[start].text in _OPENING_MARKS and start + 1 < stop:
        # A quotation whose closing mark is missing ("told BBC Sport: "In private, I …").
        return _KIND_DIRECT, sentence.span(start + 1, stop)
    if colon is not None and start + 1 < colon < stop:
        # 'said the choice was simple: "We cut now or pay later."': the quotation after the
        # colon is a direct quote of its own (see _unclaimed_quotes), not the content's end
        stop = colon
    if _names_formula(sentence, start, stop):
        return None  # "said goodbye to their teacher", "said their vows": no words reported
    words = 0
    for position in range(start, stop):
        if not sentence.is_separator(position):
            words += 1
            if words >= _MIN_CONTENT_WORDS:
                break
    if words < _MIN_CONTENT_WORDS and not sentence.is_quote(start):
        if (
            _FLAG_REPORT in flags
            and _FLAG_NOUN not in flags
            and _bare_noun_object(sentence, start, stop)
        ):
            return _KIND_REPORTED, sentence.span(start, stop)  # "Mr Smith denies murder."
        return None
    if _plain_object(sentence, start, stop):
        if _FLAG_REPORT not in flags:
            return None  # "wrote a book", "answered the phone"
        return _KIND_REPORTED, sentence.span(start, stop)
    if _FLAG_REPORT in flags and _plain_object(
        sentence, start, stop, attachments=True, quoted=True
    ):
        # "condemned the attack on the synagogue": reported, whatever phrases the noun takes
        # (for other verbs such an object stays a content: "has not mentioned Machado since
        # the debate")
        return _KIND_REPORTED, sentence.span(start, stop)
    return _KIND_INDIRECT, sentence.span(_with_negation(sentence, start), stop)


def _non_speech_object(sentence: _Sentence, verb: int, start: int) -> bool:
    """Whether the content from ``start`` on is an object of the ``non_speech_objects`` role
    of a verb of the ``object_sense_verbs`` role before it, with no verb of its own right after
    it and its prepositional phrases: "claimed [top spot] in Group A", "defend [his 200m title]",
    "denied [bail]", "claimed [top spot], which was a relief" (not "claimed [the title] had been
    stolen", "claimed [the win] over the gang came after months of work", clauses)."""
    forms = sentence.lexicon.verbs.get(sentence.lows[verb], ())
    roles = sentence.roles
    if not any(form.lemma in roles.object_sense_verbs for form in forms):
        return False
    phrase = _phrase_after(sentence, start, sentence.last, attachments=False)
    if phrase is None or sentence.lows[phrase.stop - 1] not in roles.non_speech_objects:
        return False
    stop = _past_attachments(sentence, phrase.stop)
    return stop >= sentence.last or not _finite_at(sentence, stop)


def _finite_at(sentence: _Sentence, index: int) -> bool:
    """Whether the word at ``index`` may be a clause's finite verb: in lower case ("May" is a
    month), "have", "be", a modal, an irregular past tense or a form in -ed."""
    low = sentence.lows[index]
    return sentence.is_lower(index) and (_finite_word(sentence, low) or low.endswith(_PAST_ENDING))


#: The prepositional phrases looked past after a noun (see _past_attachments).
_MAX_ATTACHMENTS = 4


def _past_attachments(sentence: _Sentence, stop: int) -> int:
    """Where a noun phrase ending at ``stop`` ends with the prepositional phrases after its noun,
    up to :data:`_MAX_ATTACHMENTS` of them and not into a to-infinitive: an object ("claimed
    [the win] over the gang came …") or the subject of a clause after a verb of thinking
    ("feels [the row] over pay will end", "believes Saturday's contest against Scotland will be
    …"; "thinks the world of his daughter" still has no verb after them). A verb the phrase
    reader took for a noun ends it there ("the gang came")."""
    for _ in range(_MAX_ATTACHMENTS):
        if (
            stop + 1 >= sentence.last
            or sentence.word_class(stop) != "prep"
            or _infinitive(sentence, stop)
        ):
            break
        attached = _phrase_after(sentence, stop + 1, sentence.last, attachments=False)
        if attached is None:
            break
        verb = next(
            (index for index in range(stop + 2, attached.stop) if _finite_at(sentence, index)),
            None,
        )
        if verb is not None:
            return verb
        stop = attached.stop
    return stop


def _bare_noun_object(sentence: _Sentence, start: int, stop: int) -> bool:
    """Whether the one-word content ``start:stop`` is a noun in lower case without an article,
    which a verb that reports its object reports: "denies murder", "admitted manslaughter",
    "condemned violence" (not a function word or pronoun: "denied it"), after a verb, not a
    participle that is an adjective of the noun after an article or another adjective ("the
    promised benefits", "their nearest recommended pub")."""
    if not (
        stop == start + 1
        and sentence.is_lower(start)
        and sentence.tokens[start].text.isalpha()
        and sentence.word_class(start) == ""
    ):
        return False
    before = start - 2  # the word before the verb
    return before < 0 or not (
        sentence.word_class(before) == "det"
        or (
            sentence.is_lower(before)
            and sentence.word_class(before) == ""
            and not sentence.lows[before].endswith(_ADVERB_ENDING)
        )
    )


def _second_predicate(sentence: _Sentence, start: int, position: int) -> bool:
    """Whether the coordinator at ``position`` joins a second predicate of the attribution's
    subject to a content that is no clause: an auxiliary or modal follows it, and the content
    before it is a to-infinitive, a gerund or a plain noun phrase ("Smith admitted the charge
    and will be sentenced next month", "admitted causing death by dangerous driving and was
    jailed", "plans to create 400,000 jobs and will focus on …": the content ends before the
    coordinator; "said he was tired and would rest", "said the documents gave details and may
    trigger a bid" are one content)."""
    roles, lows = sentence.roles, sentence.lows
    following = position + 1
    if following >= sentence.last or not _auxiliary(roles, lows[following]):
        return False
    if any(
        _auxiliary(roles, low) or low in roles.subject_pronouns or low in roles.complementizers
        for low in lows[start:position]
    ):
        return False
    end = position - 1 if sentence.is_separator(position - 1) else position
    return (
        _infinitive(sentence, start)
        or (sentence.is_lower(start) and lows[start].endswith(_GERUND_ENDING))
        or _plain_object(sentence, start, end)
    )


def _auxiliary(roles: WordRoles, low: str) -> bool:
    """Whether ``low`` is a form of "be" or "have" or a modal (the word roles)."""
    return low in roles.be or low in roles.have or low in roles.modal


#: The most lower-case words between an utterance phrase's determiner and its noun ("in a
#: brief written statement").
_UTTERANCE_MODIFIERS = 2


def _utterance_phrase(sentence: _Sentence, position: int) -> bool:
    """Whether the preposition at ``position`` opens a phrase that names the piece of speech
    or writing the words were said in and runs to the end of the sentence: one of the
    ``utterance_prepositions``, one of the ``utterance_determiners``, at most two lower-case
    modifiers and one of the ``utterance_nouns``, then no clause of its own ("… in a statement
    released on Monday", "… in an interview with the BBC", "… during a speech to business
    leaders"; not "… in a letter that was leaked"). It belongs to the frame, not the content."""
    roles, lows, last = sentence.roles, sentence.lows, sentence.last
    determiner = position + 1
    if determiner >= last or lows[determiner] not in roles.utterance_determiners:
        return False
    noun = next(
        (
            place
            for place in range(determiner + 1, min(last, determiner + 2 + _UTTERANCE_MODIFIERS))
            if lows[place] in roles.utterance_nouns or not sentence.is_lower(place)
        ),
        None,
    )
    if noun is None or lows[noun] not in roles.utterance_nouns:
        return False
    return not any(
        sentence.is_separator(place)
        or sentence.is_quote(place)
        or lows[place] in roles.complementizers
        or lows[place] in roles.relative_pronouns
        or lows[place] in roles.be
        or lows[place] in roles.have
        or lows[place] in roles.modal
        for place in range(noun + 1, last)
    )


def _past_infinitive_of_saying(sentence: _Sentence, start: int) -> int:
    """Where a content that opens with "to" and a verb of saying before a question word
    starts: at the question ("declined to say whether the minister had been briefed", "refused
    to say who would start": what was left open is the content, not the saying); else
    ``start``."""
    question = start + 2
    if (
        question >= sentence.last
        or sentence.lows[start] != _INFINITIVE_MARKER
        or not sentence.is_cue_form(start + 1, _BASE)
    ):
        return start
    low = sentence.lows[question]
    if low != _THAT and (
        low in sentence.roles.complementizers or sentence.word_class(question) == "sub"
    ):
        return question  # not "that": "vowed not to repeat that mistake"
    return start


def _with_negation(sentence: _Sentence, start: int) -> int:
    """A content that is a to-infinitive takes the negation right before it ("promised not
    to raise taxes", "vowed never to return": what will not be done); others start where
    they start."""
    if start == 0 or not _infinitive(sentence, start):
        return start
    while start > 0 and sentence.word_class(start - 1) == _NEGATION:
        start -= 1
    return start


#: The most words an opening of the ``anonymity_contents`` or ``withheld_contents`` role has.
_OPENING_WORDS = 6


def _opens_with(sentence: _Sentence, start: int, phrases: frozenset[str]) -> bool:
    """Whether the words from ``start`` open with one of ``phrases``, a role's openings of a
    content that reports nothing said: ``anonymity_contents`` ("not to be named", "on condition
    of anonymity"), ``withheld_contents`` ("to comment", "to be drawn")."""
    if sentence.lows[start] not in _first_words(phrases):
        return False  # (most contents: one set lookup)
    words = sentence.lows[start : min(sentence.last, start + _OPENING_WORDS)]
    return any(" ".join(words[:count]) in phrases for count in range(1, len(words) + 1))


@functools.cache
def _first_words(phrases: frozenset[str]) -> frozenset[str]:
    """The first words of ``phrases``."""
    return frozenset(phrase.split()[0] for phrase in phrases)


def _content_before(sentence: _Sentence, separator: int) -> tuple[QuoteKind, Span] | None:
    """The content before a trailing attribution ("…, officials said."), ending at
    ``separator`` (a comma, or the quotation itself): the engine's :func:`trailing_content`
    from the sentence start."""
    found = trailing_content(
        sentence, separator, trailing_of("en"), not_content=_quoted_object_of_cue
    )
    return None if found is None else (found.kind, sentence.span(found.first, found.stop))


def _quoted_object_of_cue(sentence: _Sentence, first: int, stop: int) -> bool:
    """Whether the content ``first:stop`` ends in a quotation that is the object of a verb of
    saying right before it and that no mark parts from the words after it: 'She said
    "superior" bullying tactics, like …, could encourage bullying' quotes a word of her own
    clause, which goes on after it, and is no content of "tactics could encourage" ('…
    was a "stellar year" said Roger Bennett' and '"…," said X' are)."""
    last = stop - 1
    if last <= first or sentence.tokens[last].quote < 0:
        return False
    text = sentence.tokens[last].text
    return text[-2:-1] not in _QUOTATION_CLOSERS and sentence.is_cue_form(last - 1, _FINITE)


def _adverbial(sentence: _Sentence, content: Span) -> bool:
    """Whether an indirect content before an attribution that does not go on after it is one
    short prepositional phrase, an adverbial of the attribution's own clause rather than what
    was said: "In August 2004, the court ruled in favour of …", "After the game, he said" ("For
    instance, said Mr Hogan, filtering … works" goes on: the whole sentence is the content)."""
    tokens = sentence.tokens
    start = next(
        (index for index in range(len(tokens)) if tokens[index].start >= content.start), None
    )
    if start is None or sentence.word_class(start) != "prep":
        return False
    stop = start
    while stop < len(tokens) and tokens[stop].end <= content.end:
        if (
            sentence.is_separator(stop)
            or sentence.is_quote(stop)
            or sentence.lows[stop] in sentence.roles.subject_pronouns
        ):
            return False  # a clause of its own: "In 2005 it “will rise toward 13,000”"
        stop += 1
    return stop - start <= _ADVERBIAL_WORDS


def _following_quotes(sentence: _Sentence, position: int, span: Span) -> Span:
    """Extend a direct quotation over the quotations after its attribution (the engine's
    :func:`quotations_after`): "“A,” he said, “B.”", "“A,” he said, but “B.”"."""
    stop = quotations_after(sentence, position, sentence.last, trailing_of("en"))
    return span if stop is None else Span(start=span.start, end=sentence.tokens[stop - 1].end)


def _as_direct(
    sentence: _Sentence, attribution: Attribution, pairs: Sequence[QuotePair]
) -> list[Attribution]:
    """One direct quotation per pair of marks in a direct content, without the marks: "“A,” he
    said, “B.”" gives "A," and "B.", both with the speaker "he"."""
    if attribution.kind is not _KIND_DIRECT or not sentence.quotes:
        return [attribution]
    tokens = sentence.tokens
    start, end = attribution.content.start, attribution.content.end
    inside = [
        pairs[tokens[index].quote].content
        for index in sentence.quotes
        if start <= tokens[index].start and tokens[index].end <= end
    ]
    if not inside:
        return [attribution]
    return [attribution.derive(content=content) for content in inside]


def _partial_quotations(
    sentence: _Sentence, attributions: Sequence[Attribution], pairs: Sequence[QuotePair]
) -> list[Attribution]:
    """The quotations inside an indirect or reported content, as direct quotes of its speaker:
    "said the plan was “fair and necessary”", "called the plan “a disgrace”", "accused the
    government of “betraying voters”" (the content reports around the speaker's own words; the
    engine marks them nested in it). Inside two contents the inner one's speaker says them
    ("Trump said Clinton had called the deal “the gold standard”" is Clinton's). Not a title or
    name (:func:`_title_in_context`, :func:`_name_in_marks`), nor words of someone else
    (:func:`_others_words`), and a capitalised quotation only as one would count alone ("the
    “Leave” campaign", "the “Daily Mail”" stay words of the content)."""
    found: list[Attribution] = []
    if not sentence.quotes:
        return found
    reported = [item for item in attributions if item.kind is not _KIND_DIRECT]
    if not reported:
        return found
    tokens = sentence.tokens
    for index in sentence.quotes:
        token = tokens[index]
        holders = [
            item
            for item in reported
            if item.content.start <= token.start and token.end <= item.content.end
        ]
        if not holders:
            continue
        content = pairs[token.quote].content
        words = content.slice(sentence.text).strip()
        context = QuoteContext.ATTRIBUTED if words[:1].islower() else QuoteContext.NONE
        if _title_in_context(sentence, index) or not is_quotation(words, context):
            continue
        inner = min(holders, key=_content_length)
        if _others_words(sentence, index, inner) or _name_in_marks(sentence, index, words):
            continue
        found.append(inner.derive(kind=_KIND_DIRECT, content=content))
    return found


#: How far before a quotation a label word or an agent's "by" may stand (see
#: :func:`_others_words`): "known as “…”", "described by customers as “…”".
_LABEL_REACH = 3


def _others_words(sentence: _Sentence, index: int, holder: Attribution) -> bool:
    """Whether the quotation token at ``index`` inside ``holder``'s content quotes someone other
    than its speaker, or names something: under a verb of denying (the ``denying_verbs`` role:
    "denied the plan was “a shambles”" rejects the critics' words), after a word of the
    ``label_words`` role that is not the speaker's own cue, or of the ``label_nouns`` role after an
    article ("the so-called “bedroom tax”", "the term “fake news”", "known
    as “passing off”", "chants of “lock her up”": right before them or before "as", "of" or an
    article and them; "The Law Society dubbed the plans an “abuse of power”" is the Law
    Society's), or after "as" and a participle's agent ("described by customers as “a
    nightmare”"; not "driven by a “significant” rise"). Under a verb of denying, words after
    "as" are the speaker's judgement ("dismissed the plan as “desperate”"). A possessive before them
    names no other speaker: "Labour's “faltering” campaign", "the chancellor's “brilliant”
    performance" are the speaker's words about them."""
    lows = sentence.lows
    roles = sentence.roles
    text = sentence.text
    judged = index > 0 and (lows[index - 1] == "as" or (index > 1 and lows[index - 2] == "as"))
    if not judged and any(
        text[cue.start : cue.end].split()[0].lower() in roles.denying_verbs
        for cue in holder.cue
        if text[cue.start : cue.end].split()
    ):
        return True
    label = index - 1
    if label > 0 and lows[label] in roles.label_links:
        label -= 1  # "known as “…”", "chants of “…”", "nicknamed the “…”"
    if label >= 0 and (
        (
            lows[label] in roles.label_words
            and sentence.tokens[label].start not in {cue.start for cue in holder.cue}
        )
        or (
            lows[label] in roles.label_nouns
            and label > 0
            and sentence.word_class(label - 1) == "det"
        )
    ):
        return True
    # "described by customers as “a nightmare”": the agent's words, not the speaker's
    return judged and any(
        lows[position] == "by" and position > 0 and lows[position - 1].endswith(_PARTICIPLE_ENDS)
        for position in range(max(0, index - _LABEL_REACH), index)
    )


#: The endings of a passive participle before its agent's "by" ("described by", "written by").
_PARTICIPLE_ENDS = ("ed", "en")


def _name_in_marks(sentence: _Sentence, index: int, words: str) -> bool:
    """Whether quoted words are a name, not words said: between two capitalised words (a
    nickname: John “the Fixer” Smith), a title's form after its article ("“the Wolf”"), or a
    brand written with a capital inside its first word ("“iPhone 6”", "“eBay”")."""
    split = words.split()
    if not split:
        return True
    first = split[0]
    if any(char.isupper() for char in first.split("-", 1)[0][1:]):
        return True  # "iPhone", "eBay"; not "anti-Semitic"
    if len(split) > 1 and title_like(split[1:]) and first.lower() in sentence.lexicon.word_class:
        return True
    return (
        0 < index < len(sentence.tokens) - 1
        and sentence.is_capitalised(index - 1)
        and sentence.is_capitalised(index + 1)
    )


def _content_length(attribution: Attribution) -> int:
    return attribution.content.end - attribution.content.start


def _thinking(sentence: _Sentence, index: int) -> bool:
    """Whether the word at ``index`` is only a verb of thinking, wanting or intending (flag
    *opinion*, not *report*): inside a content it is part of what was said."""
    forms = sentence.lexicon.plain_forms.get(sentence.lows[index])
    return forms is not None and _FLAG_OPINION in forms[1] and _FLAG_REPORT not in forms[1]


def _coordinated_cue(sentence: _Sentence, position: int, *, subject: bool = False) -> bool:
    """Whether a finite verb of saying after "and" or "but" opens a second attribution of the
    same subject ("… that the army is depleted and says he will expand it", "… denied that they
    are about to link up, but said they are examining …"), or, with ``subject``, after a
    subject of its own, which may open its content with a determiner too ("…, but the minister
    said the talks were over")."""
    verb = _skip_adverbs(sentence, position)
    if verb + 1 >= sentence.last or not (
        sentence.is_cue_form(verb, _FINITE)
        # "…, but critics say it is unaffordable": the plain form after a subject of its own
        or (subject and sentence.is_cue_form(verb, _BASE))
    ):
        return False
    if not sentence.is_verb_of_saying(verb):
        return False  # "Falconer and Morgan summed the figures wrongly": no "summed up"
    # Only a verb followed by the start of a content of its own; "said he had watched the
    # museum rise and thought of the days …" goes on with the first content.
    following = verb + 1
    low = sentence.lows[following]
    return (
        low in sentence.roles.complementizers
        or low in sentence.roles.subject_pronouns
        or sentence.is_quote(following)
        or sentence.tokens[following].text == ":"
        or _infinitive(sentence, following)
        or (subject and sentence.word_class(following) == "det")
        # "… was closed and said talks would resume", "… and told drivers to avoid the area":
        # a clause of its own, or whom the verb addresses
        or _clause_at(sentence, following) is not None
        or (
            _addresses(sentence, verb)
            and (
                _names_people(sentence, following)
                or _names_people(sentence, following, plural=True)
            )
        )
        # "…, but the company said talks would continue", "…, and said talks would resume":
        # a bare noun before an auxiliary
        or (
            following + 1 < sentence.last
            and sentence.is_lower(following)
            and not sentence.word_class(following)
            and _auxiliary(sentence.roles, sentence.lows[following + 1])
        )
    )


def _addresses(sentence: _Sentence, verb: int) -> bool:
    """Whether the verb of saying at ``verb`` takes whom it addresses after it (flag *object*:
    "told", "urged")."""
    forms = sentence.lexicon.plain_forms.get(sentence.lows[verb])
    return forms is not None and _FLAG_OBJECT in forms[1]


def _contrast_after_content(sentence: _Sentence, start: int, position: int) -> bool:
    """Whether the subordinator of contrast at ``position`` follows a comma that closes words
    of the content starting at ``start``: "Labour said it would scrap the tax, while the
    Tories said …". A comma right after the content's complementizer opens a clause fronted
    inside the content, which goes on after it: "He said that, while the unions said they would
    strike, talks would go on" is one thing said."""
    lows = sentence.lows
    return lows[position - 1] == "," and not (
        position - 1 == start + 1 and lows[start] in sentence.roles.complementizers
    )


def _next_attribution(sentence: _Sentence, position: int) -> bool:
    """Whether a clause after a coordinator, a semicolon or a comma and a subordinator of
    contrast is an attribution of its own, with its own subject: "Anna said the plan had failed
    and Ben added that it was too costly", "…, but the minister said he would …", "…; Ben said
    …", "…, while the Tories said …". The content of the first attribution ends
    before the coordinator. A verb of thinking (flag *opinion*) goes on with the content: "she
    hopes to win, but she knows that …" is one thing said."""
    phrase = _phrase_after(sentence, position, sentence.last)
    if phrase is None or not _coordinated_cue(sentence, phrase.stop, subject=True):
        return False
    return not _thinking(sentence, _skip_adverbs(sentence, phrase.stop))


def _comment_apposition(sentence: _Sentence, position: int) -> bool:
    """Whether the writer's comment on the words before it opens at ``position``: an indefinite
    article, a noun and a passive participle with its agent that close the sentence ("…, a
    claim disputed by unions", "… - a figure disputed by the IFS"), which ends a content; not
    an apposition inside it ("the rally, a protest organised by students, was peaceful")."""
    lows = sentence.lows
    participle = position + 2
    return (
        participle + 1 < sentence.last
        and lows[position] in sentence.roles.articles
        and lows[position] != _DEFINITE
        and sentence.is_lower(position + 1)
        and lows[participle].endswith(_PAST_ENDING)
        and lows[participle + 1] == _AGENT
        and "," not in lows[participle + 2 : sentence.last]
    )


def _comment_after_content(sentence: _Sentence, position: int) -> bool:
    """Whether the writer's account of the words before opens at ``position``, after a comma:
    a participle of the ``comment_participles`` role ("…, prompting angry scenes"), an
    indefinite article, a noun of the ``comment_nouns`` role and a relative pronoun ("…, a
    move that will cost 300 jobs"), or a subordinator of the ``sequence_subordinators`` role
    and a form in -ing ("…, before leaving the room"); not when "and that" or "but that"
    follows within a phrase's reach, which goes on with the content ("…, prompting fears of a
    revolt, and that she would vote against it")."""
    if not _comment_opens(sentence, position):
        return False
    # (read only after an opening matched, and no further than a phrase: a content reads
    # every comma in it, so a scan to the sentence's end would be quadratic)
    lows = sentence.lows
    return not any(
        lows[index] == _THAT and sentence.word_class(index - 1) == _CONJUNCTION
        for index in range(position + 2, min(sentence.last, position + _MAX_COMMENT))
    )


def _comment_opens(sentence: _Sentence, position: int) -> bool:
    """The openings of :func:`_comment_after_content`."""
    lows, roles = sentence.lows, sentence.roles
    if position + 1 >= sentence.last:
        return False
    low = lows[position]
    if low in roles.comment_participles:
        return True
    if low in roles.sequence_subordinators:
        gerund = position + 1
        return (
            lows[gerund].endswith(_GERUND_ENDING)
            and sentence.is_lower(gerund)
            # "after being stopped", "after having …": an auxiliary, the content's own words
            and sentence.word_class(gerund) != _VERB
            and lows[gerund] not in sentence.roles.have
            and gerund + 1 < sentence.last
            # a gerund takes its object or phrase ("before leaving the room"); a noun in -ing
            # does not ("after spending cuts hit demand", "before morning prayers")
            and (
                sentence.word_class(gerund + 1) in _GERUND_FOLLOWERS
                or sentence.is_capitalised(gerund + 1)
            )
        )
    if not (
        position + 3 < sentence.last
        and low in roles.articles
        and low != _DEFINITE
        and lows[position + 1] in roles.comment_nouns
    ):
        return False
    if lows[position + 2] in roles.relative_pronouns and lows[position + 2] != _THAT:
        return True
    # "a move that will cost …" (a relative), not "an allegation that the coach had …"
    return lows[position + 2] == _THAT and not (
        sentence.word_class(position + 3) in _SUBJECT_OPENERS
        or sentence.is_capitalised(position + 3)
    )


def _names_formula(sentence: _Sentence, start: int, stop: int) -> bool:
    """Whether the words after a verb open with a set form of words of the ``speech_formulas``
    role, alone or after a determiner ("goodbye to …", "their vows"), not as the subject of a
    clause ("said goodbye was the hardest word")."""
    position = start + 1 if sentence.word_class(start) == "det" else start
    if position >= stop or sentence.lows[position] not in sentence.roles.speech_formulas:
        return False
    following = sentence.lows[position + 1] if position + 1 < stop else ""
    roles = sentence.roles
    return (
        following not in roles.be and following not in roles.have and following not in roles.modal
    )


def _determiner_that(sentence: _Sentence, start: int) -> bool:
    """Whether the word at ``start`` is a determiner of the lexicon ("that") before a lower-case
    word that is no function word: "that claim", "that figure" (the phrase check after it sees
    that no verb follows: "that prices rose" is a clause)."""
    following = start + 1
    return (
        following < sentence.last
        and sentence.word_class(start) == "det"
        and sentence.is_lower(following)
        and not sentence.word_class(following)
    )


def _plain_object(
    sentence: _Sentence, start: int, stop: int, *, attachments: bool = False, quoted: bool = False
) -> bool:
    """Whether the content ``start:stop`` after a verb is a noun phrase rather than a clause:
    "announced [the closure of the plant]", also with a topic after it ("wrote [a book about
    the war]", "said [a lot about the party]": a preposition of the ``object_topics`` role and a
    noun phrase), and with ``attachments`` any prepositional phrases after it ("condemned [the
    attack on the synagogue]"); with ``quoted`` a short quotation inside it stands for a word of
    the phrase ('condemned [the "appalling" attack]'), as only after a verb that reports its
    object (after another it is a content: 'called the film "pornographic"')."""
    low = sentence.lows[start]
    # a determiner "that" before a lower-case noun with no verb after it opens a noun phrase,
    # as in "denied that claim in an interview" and "rejected that characterization"
    determiner = low in sentence.roles.complementizers and _determiner_that(sentence, start)
    if (
        stop - start > _MAX_PHRASE  # longer than any noun phrase
        or (low in sentence.roles.complementizers and not determiner)
        or sentence.is_quote(start)
        or low in sentence.roles.subject_pronouns
    ):
        return False
    phrase = _phrase_after(sentence, start + determiner, stop)
    if determiner and phrase is not None:
        phrase = Phrase(start, phrase.stop) if phrase.start == start + 1 else None
    if (
        quoted
        and phrase is None
        and sentence.word_class(start) == "det"
        and start + 1 < stop
        and _short_quoted_word(sentence, start + 1)
    ):
        phrase = Phrase(start, start + 1)  # 'the "appalling" attack': the article alone
    if phrase is None:
        return False
    end = phrase.stop
    while quoted and end < stop and _short_quoted_word(sentence, end):
        # a word or two in quotation marks inside the noun phrase, an adjective or its noun:
        # 'condemned the "appalling" attack', 'praised his team's "character"'
        if end + 1 == stop:
            end = stop
            break
        rest = _phrase_after(sentence, end + 1, stop)
        if rest is None or rest.start != end + 1:
            break
        end = rest.stop
    if end < stop and sentence.lows[end] in sentence.roles.object_topics:
        topic = _phrase_after(sentence, end + 1, stop)
        end = end if topic is None else topic.stop
    if attachments:
        # Prepositional phrases after the noun belong to it: "condemned [the attack on the
        # synagogue]", "called for [an inquiry into the scandal]" (not an infinitive: "urges
        # supporters to monitor polling places")
        while (
            end < stop
            and sentence.word_class(end) == _PREPOSITION
            and not _infinitive(sentence, end)
        ):
            attached = _phrase_after(sentence, end + 1, stop)
            if attached is None or attached.start != end + 1:
                break
            end = attached.stop
    if end < stop:
        return False
    return not _finite_verb_inside(sentence, phrase.start, end)


def _plural_noun_object(sentence: _Sentence, position: int) -> bool:
    """Whether a verb form in "-s" after a verb that reports its object is that object, a plural
    noun with a preposition after it: "rejected calls for a public inquiry", "announced plans
    to build 500 homes", "dismissed demands for …" (not "the people it questioned said")."""
    following = position + 1
    return (
        sentence.lows[position].endswith("s")
        and following < sentence.last
        and sentence.word_class(following) == _PREPOSITION
    )


def _short_quoted_word(sentence: _Sentence, position: int) -> bool:
    """Whether the token at ``position`` is a quotation of at most
    :data:`_MAX_QUOTED_MODIFIER_WORDS` words, which a noun phrase may hold as a modifier."""
    if not sentence.is_quote(position):
        return False
    return len(sentence.tokens[position].text.split()) <= _MAX_QUOTED_MODIFIER_WORDS


def _finite_verb_inside(sentence: _Sentence, start: int, stop: int) -> bool:
    """Whether a word that looks like part of a noun phrase is the verb of a clause after its
    subject: "the plan failed", "prices rose" (a past tense right after a noun), "the data
    shows growth" (a verb of saying in the present that may be a noun, with words after it)."""
    past_tenses = sentence.lexicon.past_tenses
    for position in range(start + 1, stop):
        low = sentence.lows[position]
        present = (
            position + 1 < stop
            and sentence.is_cue_form(position, _PRESENT)
            and sentence.is_lower(position - 1)  # not "Turkey-EU talks deal": a compound
        )
        if not sentence.is_lower(position) or not (
            low.endswith("ed")
            or low in past_tenses
            or present
            or _present_s(sentence, position, stop)
        ):
            continue
        previous = position - 1
        if sentence.word_class(previous) != "det" and (
            sentence.is_nounish(previous, head=True) or sentence.is_capitalised(previous)
        ):
            return True
    return False


#: The word classes that never open the object or complement of a present tense in "-s" right
#: after its subject: after them the word is a plural noun ("the road works had", "the plans
#: for", "the talks and").
_AFTER_PLURAL_NOUN = frozenset({"prep", "conj", "sub", "verb"})
#: The word classes that open no noun: after them a word in "-s" is a verb ("the firm owes
#: them", "the plan lacks any detail", "the drug works well").
_AFTER_PRESENT_S = frozenset({"det", "pron", "adv", "neg"})
#: The longest word in "-s" that is never a present tense read so ("its", "has", "was", "is").
_SHORT_WORD = 3


def _present_s(sentence: _Sentence, position: int, stop: int) -> bool:
    """Whether a lower-case word in "-s" after a noun is a present tense, not a plural noun:
    before a determiner, pronoun, adverb or negation ("the plan lacks any detail"), and for a
    verb of the ``present_tenses`` role before any lower-case word that no plural noun takes
    after it in its phrase (no preposition, conjunction or verb: "the government needs more
    time", "the service needs urgent reform"). A compound noun stays one ("the Turkey-EU talks
    deal", "the games console", "attacked the Tory plans"; "the drug works" at the end of the
    content is a known gap)."""
    low = sentence.lows[position]
    following = position + 1
    if following >= stop or not sentence.is_lower(following):
        return False
    if (
        len(low) <= _SHORT_WORD
        or not low.endswith("s")
        or low.endswith(("ss", "us", "is", "'s", "’s"))
    ):
        return False
    if sentence.word_class(position):
        return False  # a function word: "towards", "perhaps"
    word_class = sentence.word_class(following)
    if word_class in _AFTER_PRESENT_S:
        return True
    return low in sentence.roles.present_tenses and word_class not in _AFTER_PLURAL_NOUN


_SENTENCE_LIKE_WORDS = 4
# The most words of a prepositional phrase before an attribution read as its adverbial ("In
# August 2004", "On Monday morning", "In the meantime").
_ADVERBIAL_WORDS = 4
_MAX_TITLE_WORDS = 5  # a quoted title or name in running text ("Contract with America.")


def _title_in_context(sentence: _Sentence, index: int) -> bool:
    """Whether the quotation token at ``index`` is a title or name, not a quotation: at most
    five words, each capitalised, a number or a function word ("Contract with America.", "The
    411."), right after a preposition, a determiner or a possessive ("his 1994 “Contract with
    America.”", "a preview clip of ‘The 411.’")."""
    if index == 0:
        return False
    words = sentence.tokens[index].text.strip(_QUOTE_MARKS).rstrip(".,!?…").split()
    if not words or len(words) > _MAX_TITLE_WORDS:
        return False
    word_class = sentence.lexicon.word_class
    if not all(
        word[:1].isupper() or word[:1].isdigit() or word.lower() in word_class for word in words
    ):
        return False
    before = sentence.lows[index - 1]
    return (
        sentence.word_class(index - 1) in {"prep", "det"}
        or before.endswith(_POSSESSIVE)
        or before[:1].isdigit()
    )


def _quotation_after_addressee(sentence: _Sentence, start: int, stop: int) -> int | None:
    """Where the quotations start when a content opens with whom the words were addressed, a
    colon and quotations only: 'warned members: "We cannot fight another election."' (the
    quotation is the content, direct); None otherwise."""
    limit = min(stop, start + _MAX_ADDRESSEE)
    colon = next(
        (place for place in range(start + 1, limit) if sentence.tokens[place].text == ":"),
        None,
    )
    if colon is None or colon + 1 >= stop:
        return None
    addressee = _phrase_after(sentence, start, colon, attachments=False)
    if (
        addressee is None
        or addressee.start != start
        or addressee.stop != colon
        # a clause, not whom: "said Mr Blunkett's integrity remained intact: “…”"
        or _finite_verb_inside(sentence, start, colon)
    ):
        return None
    return colon + 1 if quotations_only(sentence, colon + 1, stop) == colon + 1 else None


def _whole_utterance(sentence: _Sentence, index: int) -> bool:
    """Whether the quotation at ``index`` opens with a capital letter: a whole utterance ("Sack
    the board", "Shame on you"), not words quoted from one ("significant improvements")."""
    inner = sentence.tokens[index].text.strip(_QUOTE_MARKS)
    # (not one whose comma inside the marks hands over to what follows: "“That makes me
    # smart,” when Clinton blasted him")
    return inner[:1].isupper() and not inner.endswith(",")


def _adverbial_tail(sentence: _Sentence, position: int) -> bool:
    """Whether the words at ``position``, after a quotation that opens a content, tell when,
    where or how it was said rather than go on with its clause: a preposition, a subordinator
    or an adverb in -ly ("throughout the second half", "as the minister left", "shortly after
    midnight"); not a verb ('"the plan" would fail')."""
    if not sentence.is_lower(position):
        return False  # a headline's capitals: "Speaks ‘Directly To White People’ After …"
    word_class = sentence.word_class(position)
    return word_class in _TAIL_CLASSES or sentence.lows[position].endswith(_ADVERB_ENDING)


def _quoted_adverbial(sentence: _Sentence, index: int) -> bool:
    """Whether the quotation at ``index``, right after the verb with no colon or comma between,
    is a short adverbial in marks, not words spoken: it opens with a lower-case preposition
    ("It said it would respond “in due course”", "would act ‘within weeks’")."""
    if index == 0 or sentence.is_separator(index - 1) or not _short_quote(sentence, index):
        return False
    words = sentence.tokens[index].text.strip(_QUOTE_MARKS).split()
    return (
        bool(words)
        and words[0].islower()
        and sentence.lexicon.word_class.get(words[0]) == _PREPOSITION
    )


def _short_quote(sentence: _Sentence, position: int) -> bool:
    return len(sentence.tokens[position].text.split()) <= _SENTENCE_LIKE_WORDS - 1
