"""English attribution phrases and other cues, one of the cue-rule steps (above phrases.py and
contents.py): "according to X", nouns of saying ("the claim that …"), headlines ("Blair: …"), a name
after a dash that ends a quotation, and the quotations no cue claims (with the quoted titles and
scare quotes they leave out)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import attrs

from newscorpus._extract.engine import (
    Phrase,
    continued_quotation,
    headline_colon,
    trailing_content,
    trailing_of,
)
from newscorpus._extract.lang.en.contents import (
    _SENTENCE_LIKE_WORDS,
    _auxiliary,
    _clause_at,
    _clause_end,
    _content_after,
    _short_quote,
    _title_in_context,
)
from newscorpus._extract.lang.en.phrases import (
    _BULLETS,
    _before_participle,
    _mention_words,
    _phrase_after,
    _phrase_before,
    _skip_leading,
    _surname_in_text,
)
from newscorpus._extract.lang.en.sentence import (
    _DASHES,
    _FINAL,
    _FINITE,
    _MAX_CUES,
    _MAX_PHRASE,
    _POSSESSIVE,
    _QUOTE_CLOSERS,
    _QUOTE_FINAL,
    _SEPARATORS,
    _SINGLE_CLOSERS,
    _Sentence,
    _State,
)
from newscorpus._extract.lexicon import VerbFlag
from newscorpus._extract.quotemarks import QuoteContext, QuotePair, is_quotation, title_like
from newscorpus._extract.speakers import (
    Attribution,
    MentionInfo,
    analyse_mention,
    role_noun,
    role_or_organisation,
)
from newscorpus._model import QuoteKind, Span, SpeakerKind

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

# The end of a sentence inside a quotation: its final mark before a space and a capital letter.
_SENTENCE_END = re.compile(r"[.!?](?= [A-Z])")
_WORD = re.compile(r"[A-Za-z]+")


# Enum members read in the rules, bound to names once: on Python 3.11 a member read through
# its class goes through EnumType.__getattr__, a slow path.
_KIND_DIRECT = QuoteKind.DIRECT
_KIND_INDIRECT = QuoteKind.INDIRECT
_SPEAKER_ORGANISATION = SpeakerKind.ORGANISATION
_SPEAKER_UNKNOWN = SpeakerKind.UNKNOWN
_SPEAKER_PERSON = SpeakerKind.PERSON


_MAX_HEADLINE_SOURCE = 6
# The most words of a source after a headline's dash ("- Kofi Annan") and the fewest words of
# the statement before it ("Taxes must be trusted - Kennedy").
_MAX_DASH_SOURCE = 4
_MIN_DASHED_WORDS = 2
_MAX_NOUN_ADJECTIVES = 3  # the owner of a noun of saying stands at most 3 words before it
_MAX_NAME_WORDS = 4  # "According to his lawyer, Jane Doe, …": the words of a name in apposition
_NORM_REACH = 3  # "according to the new rules": the norm noun among the phrase's first words


def _frame_cue(sentence: _Sentence, index: int) -> Attribution | None:
    """ "according to the police, …", "…, according to officials."."""
    rest, position = sentence.lexicon.frames[sentence.lows[index]]
    stop = index + 1 + len(rest)
    if stop > len(sentence.tokens) or tuple(sentence.lows[index + 1 : stop]) != rest:
        return None
    if position != "before":
        return None
    phrase = _phrase_after(sentence, stop, _clause_end(sentence, stop))
    if phrase is None or _names_a_norm(sentence, phrase):
        return None
    first = _skip_leading(sentence, 0)
    last = sentence.last
    kind = _KIND_INDIRECT
    if first == index:
        start = phrase.stop
        source = _before_participle(sentence, phrase)
        end = _source_end(sentence, source.stop)
        if end > source.stop:  # "According to figures released by Ofcom, …"
            phrase, start = source, end
        if start < last and sentence.tokens[start].text == ",":
            start += 1
            if start < last and sentence.lows[start] in sentence.roles.relative_pronouns:
                # "According to the filing, which was made public on Monday, …": the relative
                # clause is part of the source's description, not the content.
                start = _clause_end(sentence, start + 1) + 1
            elif sentence.is_capitalised(phrase.stop - 1):
                start = _after_role_apposition(sentence, start)
            elif (named := _apposed_name_end(sentence, phrase, start)) > start:
                # "According to his lawyer, Jane Doe, the charges are false": the name is the
                # source's, in the mention
                phrase, start = Phrase(phrase.start, named - 1), named
        if start >= last:
            return None
        span = sentence.span(start, last)
    else:
        end = index - 1 if sentence.tokens[index - 1].text in {",", "(", "—", "–"} else index
        if end <= 0:
            return None
        if (
            phrase.stop < last - 1
            and sentence.tokens[phrase.stop].text == ","
            and end < index
            and sentence.is_capitalised(phrase.stop - 1)
            and _role_apposition(sentence, phrase.stop + 1, last)
        ):
            # "…, according to Susannah Streeter, head of money and markets at Hargreaves
            # Lansdown.": the source's role closes the sentence, the content is before the frame
            found = trailing_content(sentence, end, trailing_of("en"))
            if found is None:
                return None
            kind, span = found.kind, sentence.span(found.first, found.stop)
            phrase = Phrase(phrase.start, last)
        elif (
            phrase.stop < last - 1
            and sentence.tokens[phrase.stop].text == ","
            and not _apposition_to_end(sentence, phrase.stop + 1)
        ):
            span = sentence.span(0, last)
        elif end < index:
            # "…, according to officials.": the engine's trailing attribution
            found = trailing_content(sentence, end, trailing_of("en"))
            if found is None:
                return None
            kind, span = found.kind, sentence.span(found.first, found.stop)
        else:
            span = sentence.span(0, end)
    cue = sentence.span(index, stop)
    return Attribution(
        kind=kind,
        content=span,
        mention=sentence.span(*phrase),
        mention_words=_mention_words(sentence, *phrase),
        cue=(cue,),
        frame=cue,
    )


def _apposition_to_end(sentence: _Sentence, start: int) -> bool:
    """Whether the words from ``start`` to the sentence's end are one noun phrase with a
    determiner, an apposition to the source before its comma ("…, according to the research
    by the Licensed Taxi Drivers Association and Pointsec, a mobile-data backup firm."), not a
    content going on after the frame."""
    if sentence.word_class(start) != "det":
        return False  # "The situation is, according to the minister, serious."
    phrase = _phrase_after(sentence, start, sentence.last)
    return phrase is not None and phrase.stop == sentence.last


def _names_a_norm(sentence: _Sentence, phrase: Phrase) -> bool:
    """Whether the phrase after "according to" is a rule, plan or law (the ``norm_nouns``
    role) among its first words, before any capitalised one: "according to rules devised by
    its engineers", "according to the new plan" say how, not who ("according to the Law
    Society" is a source). Nor when a name, role or organisation follows the norm noun before
    any preposition: the norm noun then modifies a source ("according to law enforcement
    officials", "rules expert John Smith", "the law society"; not "the rules set out by Fifa",
    "the rules of the game")."""
    head = _before_participle(sentence, phrase)
    for index in range(phrase.start, min(head.stop, phrase.start + _NORM_REACH)):
        if sentence.is_capitalised(index):
            return False
        if sentence.lows[index] in sentence.roles.norm_nouns:
            for later in range(index + 1, head.stop):
                if sentence.word_class(later) == "prep":
                    break
                if _names_a_source(sentence, later):
                    return False
            return True
    return False


def _names_a_source(sentence: _Sentence, index: int) -> bool:
    """A capitalised word, or a role or organisation noun (singular or plural: "officials")."""
    low = sentence.lows[index]
    return (
        sentence.is_capitalised(index)
        or role_or_organisation(low, "en")
        or (low.endswith("s") and role_or_organisation(low[:-1], "en"))
    )


def _after_role_apposition(sentence: _Sentence, start: int) -> int:
    """Where the content of an opening "according to" starts when the role of a named source
    follows it set off by commas: after the apposition ("According to Robert Walsh, head of
    Krome Studios, next generation games will …": up to the next comma, opening with a role
    noun in lower case after determiners, modifiers and names); ``start`` itself otherwise."""
    end = _clause_end(sentence, start)
    if end >= sentence.last or end - start > _MAX_PHRASE or sentence.tokens[end].text != ",":
        return start
    following = sentence.lows[end + 1] if end + 1 < sentence.last else ""
    lexicon = sentence.lexicon
    if (
        following in sentence.roles.relative_pronouns
        or following in lexicon.auxiliaries
        or following in lexicon.past_tenses
    ):
        # "According to Mr Smith, director Steven Spielberg, who made the film, was unhappy":
        # a relative clause or a verb after the comma makes the phrase the content's subject
        return start
    return end + 1 if _role_apposition(sentence, start, end) else start


def _apposed_name_end(sentence: _Sentence, phrase: Phrase, start: int) -> int:
    """Where the content of an opening "according to" starts when a name in apposition follows
    a source named by a role, set off by commas: after the name's comma ("According to his
    lawyer, Jane Doe, the charges …": a role noun ends the phrase, capitalised words alone
    stand between the commas); ``start`` itself otherwise."""
    if not role_noun(sentence.tokens[phrase.stop - 1].text, "en"):
        return start
    end = start
    while end < sentence.last and end - start < _MAX_NAME_WORDS and sentence.is_capitalised(end):
        end += 1
    if end == start or end + 1 >= sentence.last or sentence.tokens[end].text != ",":
        return start
    return end + 1


def _role_apposition(sentence: _Sentence, start: int, end: int) -> bool:
    """Whether ``start:end`` is a named source's role set off by commas: a role noun in lower
    case after determiners, modifiers and names ("head of Krome Studios"), not a clause
    ("the man who was arrested …")."""
    for position in range(start, end):
        if not sentence.is_lower(position):
            continue
        if role_noun(sentence.tokens[position].text, "en"):
            return True
        low = sentence.lows[position]
        if sentence.word_class(position) not in {"", "det"} or low.endswith("ed"):
            return False  # "According to the police, the man who was arrested …"
    return False


def _source_end(sentence: _Sentence, position: int) -> int:
    """Where the source of an opening "according to" ends when a participle or preposition
    follows its noun phrase at ``position``: at the comma that closes the source's description
    ("According to figures released by Ofcom, …", "According to a registration document filed
    with the SEC, …", "According to research from analysts the Radicati Group, …"), not at
    the participle, which would open the content; ``position`` itself otherwise (and when no
    comma closes the source within a noun phrase's length)."""
    if position >= sentence.last or not sentence.is_lower(position):
        return position
    low = sentence.lows[position]
    described = (
        low.endswith("ed")
        or low in sentence.lexicon.past_tenses
        or sentence.word_class(position) == "prep"
    )
    end = _clause_end(sentence, position)
    if end >= sentence.last or end - position > _MAX_PHRASE or sentence.tokens[end].text != ",":
        return position
    if not described and not _noun_tail(sentence, position, end):
        return position
    return end


def _noun_tail(sentence: _Sentence, start: int, end: int) -> bool:
    """Whether the lower-case words ``start:end`` before the comma that closes an opening
    "according to" are nouns that end its source ("According to the Institute for Fiscal
    Studies think tank, …"): none is a function word (an auxiliary, a pronoun) or a past form,
    which would open a clause; a base form is a noun there ("think tank")."""
    past_tenses = sentence.lexicon.past_tenses
    return all(
        sentence.is_lower(index)
        and not sentence.word_class(index)
        and sentence.lows[index] not in past_tenses
        and not sentence.lows[index].endswith("ed")
        for index in range(start, end)
    )


def _noun_cue(sentence: _Sentence, index: int) -> Attribution | None:
    """ "Trump’s claim that …", "his warning that …", "the allegation that …": a noun of saying
    right before "that" opens the clause after it as content; the speaker is the owner before the
    noun (a possessive name or phrase, or "his", "her", "their", "its"), past up to two
    adjectives ("Trump’s earlier claim"), or the author after "by" or "from" (the
    ``author_attach`` role) between the noun and "that" ("The claim by the minister that …");
    without one the content has no speaker."""
    that = index + 1
    if not sentence.is_lower(index) or that >= sentence.last:
        return None
    author = _author_before_that(sentence, that)
    if author is not None:
        that = author.stop
    elif sentence.lows[that] != "that":
        return None
    content = _content_after(sentence, that)
    if content is None:
        return None
    fronted = _fronted_clause_end(sentence, index, that)
    if fronted is not None:
        content = _KIND_INDIRECT, sentence.span(that, fronted)
    position = index - 1
    while (
        position >= 0
        and index - position <= _MAX_NOUN_ADJECTIVES
        and sentence.is_nounish(position, head=False)
        and not sentence.lows[position].endswith(_POSSESSIVE)
        and sentence.tokens[position].text not in {"'", "’"}
    ):
        position -= 1
    mention: Phrase | None = None
    if author is not None:
        opening = position if position >= 0 and sentence.word_class(position) == "det" else index
        if opening > 0 and _takes_clause_only(sentence, opening - 1):
            # "has said a claim by Peter Hain that … shows Labour is rattled": the subject of a
            # content, whose own verb the clause after "that" runs into (not the object of a
            # verb that reports one: "rejected claims by the minister that …")
            return None
        mention = author
    elif position >= 0 and sentence.lows[position] in sentence.roles.possessives:
        mention = Phrase(position, position + 1)
    elif position >= 0 and (
        sentence.lows[position].endswith(_POSSESSIVE)
        or (
            sentence.tokens[position].text in {"'", "’"}
            and position > 0
            and sentence.lows[position - 1].endswith("s")
        )
    ):
        mention = _phrase_before(sentence, position + 1)
    elif position >= 0 and sentence.word_class(position) == "det":
        # "The Met Office has issued a warning that …": the subject of a verb that only carries
        # the noun of saying (the ``light_verbs`` role) is its speaker
        mention = _light_verb_subject(sentence, position)
    if fronted is None:
        # The noun phrase opens the sentence: it is the subject, and the main verb ends the clause.
        opens = mention.start if mention is not None and author is None else position + 1
        if (
            position >= 0
            and (mention is None or author is not None)
            and (sentence.word_class(position) == "det")
        ):
            opens = position  # "The claim that …"
        subject_end = (
            _subject_clause_end(sentence, that) if opens == _skip_leading(sentence, 0) else None
        )
        if subject_end is not None:
            content = _KIND_INDIRECT, sentence.span(that, subject_end)
    words: tuple[str, ...] = ()
    if mention is not None:
        *rest, owner = _mention_words(sentence, *mention)
        # The owner without the possessive ending: "mayor’s" -> "mayor", "protesters'" ->
        # "protesters".
        owner = owner.removesuffix("’s").removesuffix("'s").rstrip("’'")
        words = (*rest, owner)
    return Attribution(
        kind=content[0],
        content=content[1],
        mention=None if mention is None else sentence.span(*mention),
        mention_words=words,
        cue=(sentence.span(index, index + 1),),
    )


def _takes_clause_only(sentence: _Sentence, verb: int) -> bool:
    """Whether the word at ``verb`` is a verb of saying whose plain object is no reported
    speech (no flag *report*: "said", not "rejected"), so a noun phrase after it opens its
    content clause."""
    forms = sentence.lexicon.plain_forms.get(sentence.lows[verb])
    return forms is not None and VerbFlag.REPORT not in forms[1]


def _author_before_that(sentence: _Sentence, start: int) -> Phrase | None:
    """The author of a noun of saying after "by" or "from" at ``start`` when "that" and a
    clause follow it: "The claim [by the minister] that the figures were accurate …"; None
    otherwise, also before a relative clause ("the claim by the company that owns the site")."""
    if sentence.lows[start] not in sentence.roles.author_attach:
        return None
    author = _phrase_after(sentence, start + 1, sentence.last)
    if (
        author is None
        or author.stop >= sentence.last
        or sentence.lows[author.stop] != "that"
        # "A report by Jupiter forecasts that …": the verb of saying read into the name
        or sentence.is_verb_of_saying(author.stop - 1)
        or _clause_at(sentence, author.stop + 1) is None
    ):
        return None
    return author


def _light_verb_subject(sentence: _Sentence, article: int) -> Phrase | None:
    """The subject right before a verb of the ``light_verbs`` role ("issued", "gave", "made",
    after auxiliaries and adverbs) that stands before the article at ``article``: who issued
    the warning or gave the assurance ("The government gave an assurance that …")."""
    verb = article - 1
    if verb < 1 or sentence.lows[verb] not in sentence.roles.light_verbs:
        return None
    before = verb
    while before > 0 and (
        _auxiliary(sentence.roles, sentence.lows[before - 1])
        or sentence.word_class(before - 1) == "adv"
    ):
        before -= 1
    if before == 1 + _skip_leading(sentence, 0) and sentence.lows[before - 1] in (
        sentence.roles.subject_pronouns
    ):
        return Phrase(before - 1, before)  # "She made the claim that …"
    phrase = _phrase_before(sentence, before)
    if phrase is None or phrase.stop != before or phrase.start != _skip_leading(sentence, 0):
        return None
    return phrase


def _subject_clause_end(sentence: _Sentence, that: int) -> int | None:
    """Where the clause after a noun of saying ends when the noun phrase is the sentence's subject
    ("Trump's claim that the election was stolen was false", "The claim that the vote was rigged
    has been rejected", "Her warning that the bridge was unsafe went unheeded"): before the main
    clause's verb, an auxiliary or copula (the ``verb`` class of ``function_words.txt``) or a
    past tense that opens a verb group after the clause has had its own. A subordinating or
    coordinating word inside the clause waits for one verb group more ("the claim that the man
    who was arrested was guilty is false"); a comma or a clause without such a verb leaves the
    content as it was (None)."""
    past_tenses = sentence.lexicon.past_tenses
    pending = 1  # verb groups the clause still needs
    in_group = lexical = False
    for position in range(that + 1, sentence.last):
        word_class = sentence.word_class(position)
        low = sentence.lows[position]
        if sentence.tokens[position].text == "," or (
            # a few words in marks are words of the clause ('were "poisoning" the country')
            sentence.is_quote(position) and not _short_quote(sentence, position)
        ):
            return None
        if word_class in {"sub", "conj"} or low == "that":
            pending += 1
            in_group = False
        elif word_class == "verb":
            if not in_group or lexical:  # "has" after "was rigged" opens a new group
                if pending == 0:
                    return position
                pending -= 1
                in_group, lexical = True, False
        elif sentence.is_lower(position) and (low.endswith("ed") or low in past_tenses):
            if not in_group or lexical:  # "drew" after "was rigged" opens a new group
                if pending == 0:
                    following = position + 1
                    if following < sentence.last and sentence.word_class(following) == "prep":
                        continue  # a participle after a noun: "a rebate paid by pensioners"
                    return position  # "… was unsafe went unheeded"
                pending -= 1
                in_group = True
            lexical = True
        elif word_class not in {"neg", "adv"}:  # "was not", "has already been"
            in_group = lexical = False
    return None


def _fronted_clause_end(sentence: _Sentence, noun: int, that: int) -> int | None:
    """Where the clause after a noun of saying ends when the noun stands in a phrase opening the
    sentence ("Contrary to his claim that the files would show nothing, the papers …", "Despite
    her warning that the bridge was unsafe, …"): at the first comma after it, inside a
    quotation's marks or not, before the main clause."""
    opener = _skip_leading(sentence, 0)
    if opener >= noun or not (
        sentence.word_class(opener) in {"prep", "sub"}
        or sentence.word_class(opener + 1) == "prep"  # "Contrary to", "Critics of"
    ):
        return None
    tokens = sentence.tokens
    if any(tokens[position].text == "," for position in range(opener, noun)):
        return None
    for position in range(that + 1, sentence.last - 1):
        if tokens[position].text == ",":
            return position
        if sentence.is_quote(position) and tokens[position].text.rstrip(_QUOTE_CLOSERS).endswith(
            ","
        ):
            return position + 1
    return None


def _headline(sentence: _Sentence) -> Attribution | None:
    """ "Pence: Flowers won't be at debate" — a source before a colon opens a statement."""
    tokens = sentence.tokens
    # an item of a list after its bullet: "- Manchester City boss Kevin Keegan: “…”"
    first = 1 if tokens[0].text in _BULLETS else 0
    colon = headline_colon(sentence, sentence.last, max_source=_MAX_HEADLINE_SOURCE + first)
    if colon is None or colon <= first:
        return None
    # "Obama on Climate Change: The Trends Are 'Terrifying'": in a title, the source may name
    # its topic after a lower-case "on" or "about".
    topic = colon
    if sentence.title:
        topic = next(
            (
                position
                for position in range(first + 1, colon - 1)
                if sentence.lows[position] in sentence.roles.headline_topics
                and sentence.is_lower(position)
            ),
            colon,
        )
    if not all(
        (sentence.is_capitalised(position) and sentence.tokens[position].text[:1].isalpha())
        or sentence.is_abbreviation_stop(position)
        # a role noun in lower case, as a headline in sentence case writes it: "Grenfell
        # survivor: '…'", "Bereaved mother: '…'"
        or (position > first and role_noun(sentence.tokens[position].text, "en"))
        for position in range(first, colon)
        if position != topic
    ):
        return None  # "6:05 p.m.", "How it works: …"
    if (
        tokens[colon + 1].quote >= 0
        and colon + 2 < sentence.last
        and not all(tokens[index].quote >= 0 for index in range(colon + 1, sentence.last))
    ):
        # "Storm Babet: 'Danger to life' warning issued": a phrase in marks, no statement (a
        # statement may run over several quotations: "- Kevin Keegan: "We had … "We started …")
        return None
    source = " ".join(sentence.words(first, topic)).lower()
    if source in sentence.roles.headline_not_sources or any(
        sentence.word_class(position) in {"det", "prep", "conj", "sub", "pron"}
        for position in range(first, topic)
    ):
        return None  # "Stealth Over Health: …" is a title, not a source
    words = _mention_words(sentence, first, topic)
    shouted = all(word.isupper() for word in words if word.isalpha())
    if not (sentence.title or shouted):
        info = analyse_mention(words, language="en")
        if (
            info is None
            or info.pronoun
            or not (
                info.role
                or _full_name(info)
                or (tokens[colon + 1].quote >= 0 and _names_someone(sentence, words, info))
            )
        ):
            return None
    span = sentence.span(colon + 1, sentence.last)
    return Attribution(
        kind=_KIND_DIRECT if tokens[colon + 1].quote >= 0 else _KIND_INDIRECT,
        content=span,
        mention=sentence.span(first, topic),
        mention_words=words,
        cue=(sentence.span(colon, colon + 1),),
    )


def _headline_dash(sentence: _Sentence) -> Attribution | None:
    """ "Iraq war was illegal - Annan", "Schools must improve - Ofsted": in a title, a short
    source after a spaced dash that ends it signs the words before the dash, as "… - Rice" does
    after a quotation; the source is a name or a noun of people or an organisation ("Smoking ban
    will save lives - doctors"), the words before it a clause in sentence case (not "Drama -
    Featherboy", a list's entry)."""
    last = sentence.last
    dash = next(
        (
            position
            for position in range(last - 1, max(0, last - 1 - _MAX_DASH_SOURCE), -1)
            if sentence.tokens[position].text in _DASHES
        ),
        None,
    )
    if (
        dash is None
        or dash < _MIN_DASHED_WORDS
        or dash + 1 >= last
        or sentence.quotes
        or not any(sentence.is_lower(position) for position in range(1, dash))
    ):
        return None
    tokens = sentence.tokens
    if not (tokens[dash - 1].end < tokens[dash].start < tokens[dash + 1].start):
        return None  # a hyphen inside a word or a score ("2-1")
    phrase = _phrase_after(sentence, dash + 1, last)
    if phrase is None or phrase.start != dash + 1 or phrase.stop != last:
        return None
    words = _mention_words(sentence, *phrase)
    info = analyse_mention(words, language="en")
    if (
        info is None
        or info.pronoun
        or not (info.named or info.generic or info.kind is not _SPEAKER_UNKNOWN)
    ):
        return None
    return Attribution(
        kind=_KIND_INDIRECT,
        content=sentence.span(0, dash),
        mention=sentence.span(*phrase),
        mention_words=words,
        cue=(sentence.span(dash, dash + 1),),
    )


def _message_namer(sentence: _Sentence) -> Attribution | None:
    """The speaker a sentence right after a bare quotation names as the owner of its words: a
    demonstrative, "be", a determiner and adjectives, a noun of the ``message_nouns`` role and
    its owner after a word of the ``message_attach`` role ("“We will win.” That was the message
    from Labour leader Keir Starmer.", "Those are the words of Helen Marsh."); None when the
    sentence is not of that form. The noun is the cue."""
    lows, roles = sentence.lows, sentence.roles
    if sentence.last < _MIN_MESSAGE_NAMER or lows[0] not in roles.demonstrative:
        return None
    if lows[1] not in roles.be:
        return None
    noun = 2
    while noun < min(sentence.last, _MESSAGE_NOUN_REACH) and lows[noun] not in roles.message_nouns:
        if not (sentence.word_class(noun) == "det" or sentence.is_lower(noun)):
            return None
        noun += 1
    attach = noun + 1
    if attach >= sentence.last or lows[noun] not in roles.message_nouns:
        return None
    if lows[attach] not in roles.message_attach:
        return None
    phrase = _phrase_after(sentence, attach + 1, sentence.last)
    if phrase is None or not _names_a_source(sentence, phrase.stop - 1):
        return None
    return Attribution(
        kind=_KIND_DIRECT,
        content=sentence.span(0, sentence.last),
        mention=sentence.span(*phrase),
        mention_words=_mention_words(sentence, *phrase),
        cue=(sentence.span(noun, noun + 1),),
    )


#: The fewest tokens of such a sentence: "That was the message of X".
_MIN_MESSAGE_NAMER = 5
#: Where its noun may stand at the latest: after a demonstrative, "be", a determiner and two
#: words ("That was the clear and simple message").
_MESSAGE_NOUN_REACH = 6


def _names_someone(sentence: _Sentence, words: tuple[str, ...], info: MentionInfo) -> bool:
    """Whether the words before a colon that opens a quotation name a person without a role
    or a full name: a name after an honorific ("Mr Smith: “…”"), or one capitalised word
    that is a first name of the lexicon ("Boris: “…”") or that the text gives after a first
    name or an honorific ("Smith: “…”" in an article that names Jane Smith or Ms Smith); not
    a label ("Update: “…”", "Photo: “…”", "Warning: “…”"), which no one in the text bears."""
    if not info.named:
        return False
    if info.kind is _SPEAKER_PERSON:
        return True
    return len(words) == 1 and (
        words[0] in sentence.lexicon.first_names or _surname_in_text(sentence, words[0])
    )


def _full_name(info: MentionInfo) -> bool:
    """A name of two words or more, or an organisation ("Tony Blair", "European Commission"),
    not a description of a group ("Legal experts")."""
    return " " in info.name and (info.named or info.kind is _SPEAKER_ORGANISATION)


def _dash_attributions(
    sentence: _Sentence, pairs: Sequence[QuotePair], found: list[Attribution]
) -> list[Attribution]:
    """ "“…” ― Jane Doe": a name after a dash signs the quotation before it."""
    tokens = sentence.tokens
    results: list[Attribution] = []
    for quote in sentence.quotes:
        position = quote + 1
        if position >= len(tokens) - 1 or tokens[position].text not in _DASHES:
            continue
        if len(results) >= _MAX_CUES:
            break
        phrase = _phrase_after(sentence, position + 1, sentence.last)
        if phrase is None or phrase.stop < sentence.last:
            continue
        pair = pairs[tokens[position - 1].quote]
        if any(item.content.start <= pair.open < item.content.end for item in found):
            continue
        results.append(
            Attribution(
                kind=_KIND_DIRECT,
                content=pair.content,
                mention=sentence.span(*phrase),
                mention_words=_mention_words(sentence, *phrase),
                cue=(sentence.span(position, position + 1),),
            )
        )
    return results


def _unclaimed_quotes(
    sentence: _Sentence,
    pairs: Sequence[QuotePair],
    found: list[Attribution],
    state: _State,
    before_colon: Callable[[_Sentence, int], Attribution | None],
) -> list[Attribution]:
    """Quotations no cue claimed: they take the speaker announced by a colon at the end of the
    previous sentence, the subject of the clause before a colon right before them in the same
    sentence (``before_colon``: "Mr Dean is confident though: “…”", "He is prepared to go this
    far: “…”"; a person, an organisation or a personal pronoun) or, close after a quotation, the
    last speaker; scare quotes ("a “strong leader”") and titles are left out."""
    if not sentence.quotes:
        return []
    tokens = sentence.tokens
    colon = state.announced_speaker()
    recent = state.continues()
    results: list[Attribution] = []
    claimed = _merged_spans([item.content for item in found])
    # Whether the sentence is only quotations and marks: looked at when the first quotation no
    # cue claimed needs it (in most sentences, none).
    bare: bool | None = None
    claim = 0
    end = tokens[-1].end
    for index in sentence.quotes:
        number = tokens[index].quote
        pair = pairs[number]
        if pair.close > end:
            # runs on into a later sentence: decided where it closes (a quotation whose closing
            # mark is lost closes at its paragraph's end, where the sentence ends too)
            continue
        emitted = number in state.emitted
        state.emitted.add(number)
        if emitted:
            continue
        start = pair.open + 1
        while claim < len(claimed) and claimed[claim].end <= start:
            claim += 1
        if claim < len(claimed) and claimed[claim].start <= start:
            continue
        if bare is None:
            bare = all(
                token.quote >= 0 or token.text in _FINAL or token.text in _SEPARATORS
                for token in tokens
            )
        span = pair.content
        if pair.close == end:
            # its closing mark is lost at the paragraph's end (see _own_voice_end)
            span = Span(start=span.start, end=_own_voice_end(sentence, span.start, end))
        content = span.slice(sentence.text)
        # a quotation over paragraphs opening right after the colon is taken where it ends
        announced = colon if colon is not None else state.announced_before(sentence.text, pair.open)
        if announced is not None and bare:
            if is_quotation(content, QuoteContext.EXPLICIT):
                results.append(announced.derive(kind=_KIND_DIRECT, content=span))
            continue
        if _title_in_context(sentence, index):
            continue  # "his 1994 “Contract with America.”", "a clip of ‘The 411.’"
        resumed = _resumed_by(sentence, index, pair.open, found)
        if resumed is not None:
            results.append(resumed.derive(kind=_KIND_DIRECT, content=span))
            continue
        if not _sentence_like(content, alone=bare) or not (bare or content.lstrip()[:1].isupper()):
            continue  # "a “strong leader”", "make sure it’s “on the up and up.”"
        if not bare and _title_cased(content):
            continue  # 'watched “Who Wants to Be a Millionaire?” every week': a show's title
        if sentence.title and not bare and sentence.text[pair.open] in _SINGLE_CLOSERS:
            continue  # headline style: "Lawmakers Rip Trump As A ‘Disgusting Fraud.’"
        holder = _colon_holder(sentence, index, before_colon)
        if holder is not None:
            if is_quotation(content, QuoteContext.EXPLICIT):
                # the words before the colon are no verb of saying: no cue
                results.append(attrs.evolve(holder, kind=_KIND_DIRECT, content=span, cue=()))
            continue
        verb = _cue_alone_before_colon(sentence, index) if recent else None
        if verb is not None:
            # "And continued: “…”", "But added: “…”": the last speaker goes on, with this cue
            continued = continued_quotation(state, span, alone=True)
            results.append(attrs.evolve(continued, cue=(sentence.span(verb, verb + 1),)))
            continue
        context = QuoteContext.RECENT if recent else QuoteContext.NONE
        if not is_quotation(content, context, alone=bare):
            continue
        results.append(continued_quotation(state, span, alone=bare))
    return results


def _own_voice_end(sentence: _Sentence, start: int, stop: int) -> int:
    """Where a quotation that opens at ``start`` and whose closing mark is lost before the end
    of its paragraph at ``stop`` ends: after its first sentence and the sentences right after it
    that speak in the first or second person (the ``own_voice`` word role). Web copies join a
    quotation's last paragraph with the reporter's next ones: in ``"I like him. But Benitez
    could yet turn to Anelka.`` the quotation is the first sentence only."""
    text = sentence.text
    abbreviations = sentence.lexicon.abbreviations
    # (not after an abbreviation: "I thank Mr. Jones" goes on)
    ends = [
        match.end()
        for match in _SENTENCE_END.finditer(text, start, stop)
        if text[text.rfind(" ", start, match.start()) + 1 : match.start()] not in abbreviations
    ]
    last = ends[0] if ends else stop
    for following in [*ends[1:], stop]:
        if following > last and not _in_own_voice(sentence, text[last:following]):
            return last
        last = following
    return stop


def _in_own_voice(sentence: _Sentence, words: str) -> bool:
    """Whether ``words`` hold a first- or second-person word of the ``own_voice`` role: "I", or
    the others in lower case or capitalised, never in capitals ("US" is no "us")."""
    own_voice = sentence.roles.own_voice
    return any(
        word == "I" or (word.lower() in own_voice and not word.isupper())
        for word in _WORD.findall(words)
    )


def _colon_holder(
    sentence: _Sentence,
    index: int,
    before_colon: Callable[[_Sentence, int], Attribution | None],
) -> Attribution | None:
    """The speaker of a quotation right after a colon in its sentence: the subject of the
    clause before the colon (``before_colon``) when it is a person, an organisation or a
    personal pronoun ("he", "she", "they"), not a thing ("The question is: “…”")."""
    colon = index - 1
    if colon < 1 or sentence.tokens[colon].text != ":":
        return None
    holder = before_colon(sentence, colon)
    if holder is None or not holder.mention_words:
        return None
    words = holder.mention_words
    if len(words) == 1 and words[0].lower() in sentence.roles.subject_pronouns:
        # "he", "she", "they"; not "it" (a thing) nor "I", "we", "you" outside the quotation
        return holder if words[0].lower() in sentence.roles.colon_pronouns else None
    info = analyse_mention(words, language="en")
    if info is None or not (
        info.kind in {_SPEAKER_PERSON, _SPEAKER_ORGANISATION}
        or _names_someone(sentence, words, info)
    ):
        return None
    return holder


def _cue_alone_before_colon(sentence: _Sentence, index: int) -> int | None:
    """The finite verb of saying that, after leading conjunctions and with adverbs, stands alone
    before a colon right before the quotation at ``index`` ("And continued: “…”", "But added
    later: “…”", a subjectless sentence that goes on with the last speaker); None otherwise."""
    colon = index - 1
    if colon < 1 or sentence.tokens[colon].text != ":":
        return None
    verb = None
    for position in range(_skip_leading(sentence, 0), colon):
        if verb is None and sentence.is_cue_form(position, _FINITE):
            verb = position
        elif sentence.word_class(position) != "adv":
            return None
    return verb


def _resumed_by(
    sentence: _Sentence, index: int, opening: int, found: list[Attribution]
) -> Attribution | None:
    """ "“Every time you say that,” the senator said, pointing at the chart, “you hand them an
    argument.”": a quotation that opens in lower case right after a comma resumes the quotation
    its frame interrupted, so it takes the speaker of the sentence's last direct quotation
    before it (whose speaker is named between the two)."""
    if index == 0 or sentence.tokens[index - 1].text != ",":
        return None
    first = sentence.text[opening + 1 : opening + 2]
    if not first.islower():
        return None
    return next(
        (
            attribution
            for attribution in reversed(found)
            if attribution.kind is _KIND_DIRECT
            and attribution.mention is not None
            and attribution.content.end <= attribution.mention.start
            and attribution.mention.end <= opening
        ),
        None,
    )


def _merged_spans(spans: list[Span]) -> list[Span]:
    """The union of ``spans`` as sorted, disjoint spans."""
    merged: list[Span] = []
    for span in sorted(spans):
        if merged and span.start <= merged[-1].end:
            if span.end > merged[-1].end:
                merged[-1] = Span(start=merged[-1].start, end=span.end)
            continue
        merged.append(span)
    return merged


#: the fewest words of a quotation in title case read as a title inside a sentence
_MIN_TITLE_WORDS = 3


def _title_cased(content: str) -> bool:
    """Whether a quotation's words are a title: three or more, every one capitalised (past
    brackets) or a small function word ("Who Wants to Be a Millionaire?", "What's the Story
    (Morning Glory)?"); a statement in English capitalises only its first word."""
    words = [word.strip("()[]") for word in content.split()]
    words = [word for word in words if word]
    return len(words) >= _MIN_TITLE_WORDS and title_like(words)


def _sentence_like(content: str, *, alone: bool = False) -> bool:
    """A quotation of a whole statement, not a scare quote: it ends like a sentence or has four
    words or more; one word ends like a sentence only in a sentence of its own (``alone``:
    "“Unbelievable!” The winner could say no more.")."""
    stripped = content.strip()
    words = stripped.split()
    if len(words) >= _SENTENCE_LIKE_WORDS:
        return True
    return (len(words) > 1 or alone) and stripped[-1:] in _QUOTE_FINAL
