"""English noun phrases, the step after the sentence view (sentence.py): the speaker phrase before
or after a position (a name, a role, an organisation, with what attaches to it) and the words of a
mention that the other sections read."""

from __future__ import annotations

import functools

from newscorpus._extract.engine import LIST_BULLETS, Phrase, named_after_first_name
from newscorpus._extract.lang.en.bundle import _english
from newscorpus._extract.lang.en.sentence import (
    _FINAL,
    _MAX_PHRASE,
    _NOT_IN_NAMES,
    _SEPARATORS,
    _Sentence,
)
from newscorpus._extract.speakers import (
    document_word,
    person_or_institution,
    role_modifier,
    role_noun,
    role_or_organisation,
)

#: The tokens :func:`_mention_words` joins to a word, leaves out or drops at the end.
_MENTION_MARKS = frozenset({"(", ")", ".", "'", "’", ","})
_MAX_ATTACHMENTS = 2
# The word that joins the parts of a name ("Bank of England") and the ending of a participle
# after a document's author ("a report by … published on Thursday").
_NAME_OF = "of"
_PARTICIPLE_ENDING = "ed"
#: the most words of an "of" phrase between a noun of people and a place ("of a tower block")
_MAX_OWNED_WORDS = 4
#: The answers kept of whether a text gives a word after a first name or an honorific (an
#: article's sentences ask in a row, about a few capitalised auxiliaries).
_ANSWERS_REMEMBERED = 64


def _skip_leading(sentence: _Sentence, index: int) -> int:
    """Skip conjunctions and sentence adverbs that open a sentence ("But", "And", "However,"),
    and a bullet that opens a list item ("- Manchester City boss Kevin Keegan: “…”")."""
    count = len(sentence.tokens)
    if index == 0 and count > 1 and sentence.tokens[0].text in _BULLETS:
        index = 1
    while index < count and (
        sentence.word_class(index) in {"conj", "adv"}
        or (sentence.tokens[index].text == "," and index > 0)
    ):
        index += 1
    return index


#: The marks that open an item of a list: a bullet or a dash (not the quotation dash "―").
_BULLETS = LIST_BULLETS | {"-", "–", "—"}


def _phrase_before(sentence: _Sentence, stop: int) -> Phrase | None:
    """The noun phrase that ends right before token ``stop`` ("the company's chief executive",
    "Sen. Lindsey Graham (R-S.C.)", "a spokeswoman for Hillary Clinton"), or None."""
    tokens = sentence.tokens
    lows = sentence.lows
    position = stop - 1
    lowest = max(0, stop - _MAX_PHRASE)
    if position < 0:
        return None
    if tokens[position].text == ")":
        opening = position - 1
        while opening >= lowest and tokens[opening].text != "(" and position - opening < 8:
            opening -= 1
        if opening < lowest or tokens[opening].text != "(":
            return None
        position = opening - 1
    if position < 0:
        return None
    attachments = 0
    if (
        position > 1
        and lows[position] in sentence.roles.object_pronouns
        and f"{lows[position - 2]} {lows[position - 1]}" in sentence.roles.relation_adjectives
        and _attaches(sentence, position - 1)
    ):
        # "Sources close to him said", "people familiar with them": the relation's pronoun
        # ends the phrase, which goes on before its adjective.
        attachments = 1
        position -= 2
    if not (
        sentence.is_capitalised(position)
        or sentence.is_nounish(position, head=True)
        or tokens[position].text in {"'", "’"}
        or sentence.is_abbreviation_stop(position)  # "The S.E.C."
        or _quantifier_subject(sentence, position)  # "many believe …"
        or _percentage(sentence, position)  # "Some 82% said …"
    ):
        return None
    start = position + 1
    # Whether the token at ``start`` is a capitalised word (kept as the loop reads it): only a
    # lower-case word right before one may be a verb before a name (:func:`_verb_before_name`).
    name_at_start = False
    classes = sentence.word_classes
    while position >= lowest:
        token = tokens[position]
        low = lows[position]
        # ``word_class`` and ``is_capitalised`` inline: this loop reads every word of a phrase.
        word_class = classes.get(low, "")
        initial = token.text[:1]
        capitalised = (
            token.quote < 0 and initial.isalnum() and (initial.isupper() or initial.isdigit())
        )
        if (
            capitalised
            and word_class in _NOT_IN_NAMES
            and not _is_abbreviation(token.text)
            and not _day_in_a_name(sentence, position)
            and not _function_word_in_name(sentence, position, word_class)
            and not (word_class == "verb" and _auxiliary_in_name(sentence, position))
            # "First Minister Nicola Sturgeon", "First Lady …": the word opens a role
            and not (position + 1 < stop and role_noun(f"{low} {lows[position + 1]}", "en"))
        ):
            break  # "But Houllier told …"; "US Defense Secretary Ash Carter" is no "us"
        if capitalised and start < stop and _opening_adverb(sentence, position):
            break  # "Increasingly computer criminals are …": the adverb opens the sentence
        if capitalised:
            start = position
        elif word_class == "det" and low != "that":
            start = position
            position -= 1
            if (
                position > lowest
                and attachments < _MAX_ATTACHMENTS
                and _attaches(sentence, position)
            ):
                attachments += 1
                position -= 1
                continue
            break
        elif (
            name_at_start
            and start == position + 1
            and _verb_before_name(sentence, position, start, stop)
        ):
            break  # "if he returned Owen said"
        elif (
            sentence.is_nounish(position, head=position == stop - 1)
            or _group_participle(sentence, position)  # "those involved in the talks"
            or (position + 1 < stop and role_noun(f"{low} {lows[position + 1]}", "en"))
            or token.text in {"'", "’", "&"}
            or (token.text == "%" and _percentage(sentence, position))
            or sentence.is_abbreviation_stop(position)
            or (
                low == "and"
                and position > lowest
                and position + 1 < stop
                and _coordinated_names(sentence, position, stop)
            )
        ):
            start = position  # "Sen.", "the Securities and Exchange Commission"
        elif (
            attachments < _MAX_ATTACHMENTS
            and position > lowest
            and start < stop
            and _attaches(sentence, position)
        ):
            attachments += 1
        else:
            break
        name_at_start = capitalised and start == position
        position -= 1
    if start >= stop:
        return None
    start = _split_leading_phrase(sentence, start, stop)
    while start < stop and (
        lows[start] in sentence.roles.np_attach or tokens[start].text in {"'", "’", "&", "."}
    ):
        start += 1
    if start >= stop or (
        stop - start == 1
        and sentence.word_class(start) == "det"
        and not _quantifier_subject(sentence, start)  # "Some say …": people
    ):
        return None
    return Phrase(start, stop)


def _name_of_name(sentence: _Sentence, phrase: Phrase, limit: int) -> Phrase:
    """``phrase`` run on over an "of" between capitalised words that make one name ("the Bank
    [of England]", "the Royal College [of Physicians]"), as an author's phrase ends."""
    stop = phrase.stop
    while (
        stop + 1 < limit
        and sentence.lows[stop] == _NAME_OF
        and sentence.is_capitalised(stop - 1)
        and sentence.is_capitalised(stop + 1)
    ):
        stop += 2
        while stop < limit and sentence.is_capitalised(stop):
            stop += 1
    return phrase if stop == phrase.stop else Phrase(phrase.start, stop)


def _opening_adverb(sentence: _Sentence, position: int) -> bool:
    """Whether the capitalised word at ``position`` is an adverb that opens the sentence before
    a noun phrase ("Increasingly computer criminals …", "Clearly the minister …"): it ends in
    one of the ``adverb_endings`` role, is no first name ("Emily") and a lower-case word other
    than a number follows it ("Italy coach John Kirwan", "Kelly Smith" are names; "Nearly three
    out of four girls" counts)."""
    low = sentence.lows[position]
    return (
        position == 0
        and low.endswith(tuple(sentence.roles.adverb_endings))
        and sentence.tokens[position].text not in sentence.lexicon.first_names
        and position + 1 < len(sentence.tokens)
        and not sentence.is_capitalised(position + 1)
        # "Nearly three out of four girls": the adverb counts, it belongs to the number
        and sentence.lows[position + 1] not in sentence.roles.number_words
    )


def _is_abbreviation(word: str) -> bool:
    """A word of two or more capitals ("US", "UK"), which no function word is as written."""
    return len(word) > 1 and word.isupper()


def _quantifier_subject(sentence: _Sentence, position: int) -> bool:
    """Whether a quantifier stands alone for people as the subject of its clause ("Some say …",
    "…, but many believe …", "while both agreed …"): it opens the sentence or follows a mark,
    a conjunction or a subordinator; after a noun or an auxiliary it floats ("the firms are all
    expected to …", "who all denied …")."""
    if sentence.lows[position] not in sentence.roles.quantifier_subjects:
        return False
    if position == 0:
        return True
    before = position - 1
    return sentence.lows[before] not in sentence.roles.relative_pronouns and (
        sentence.tokens[before].text in _SEPARATORS
        or sentence.is_quote(before)
        or sentence.word_class(before) in {"conj", "sub"}
    )


def _owned_by_person(sentence: _Sentence, noun: int) -> bool:
    """Whether the lower-case noun at ``noun`` closes an "of" phrase after a noun of people:
    "the owner of a bakery in Swansea", "a resident of a street in Leeds", "residents of a
    tower block in east London" (an article, adjectives and nouns back to an ``np_attach``
    preposition after a role), so that a place after it belongs to the whole mention."""
    lows = sentence.lows
    position = noun
    lowest = max(0, noun - _MAX_OWNED_WORDS)
    while (
        position > lowest and sentence.is_lower(position) and sentence.word_class(position) != "det"
    ):
        position -= 1
    if sentence.word_class(position) == "det":
        position -= 1
    if position < 1 or lows[position] not in sentence.roles.np_attach:
        return False
    owner = position - 1
    low = lows[owner]
    return (sentence.is_lower(owner) or owner == 0) and (
        person_or_institution(low, "en") or _plural_noun(sentence, owner)
    )


def _attaches(sentence: _Sentence, position: int) -> bool:
    """Whether the preposition at ``position`` joins the phrase after it to a noun before it:
    "the head of the FBI", "a spokeswoman for Clinton", "the Commission on Presidential
    Debates" ("on" and "in" only after a capitalised name; "in" and "to" also after a noun of
    people or an institution in lower case: "supporters in Congress", "advisers to Mr.
    Obama", "a legal expert in the US", "the government in Kiev"; not "a statement to the
    stock exchange"). After an adjective of the ``relation_adjectives`` role that follows a
    noun, its preposition attaches too ("sources close to Mr Brown", "people familiar with the
    talks"), and a ``document_attach`` preposition after a document, an institution or a role
    joins its topic ("a report on the 20 biggest projects", "the committee on human rights")."""
    if position == 0:
        return False
    low = sentence.lows[position]
    previous = position - 1
    if (
        previous > 0
        and f"{sentence.lows[previous]} {low}" in sentence.roles.relation_adjectives
        and (sentence.is_nounish(previous - 1, head=True) or sentence.is_capitalised(previous - 1))
    ):
        return True
    if _group_participle(sentence, previous) and sentence.word_class(position) == "prep":
        return True  # "those involved in the talks", "those polled for the Sunday Times"
    if low in sentence.roles.np_attach:
        return sentence.is_nounish(previous, head=True) or sentence.is_capitalised(previous)
    if low in sentence.roles.plural_attach and (
        _plural_noun(sentence, previous)
        # (or opening the sentence, capitalised: "Police in Paris said")
        or (
            (sentence.is_lower(previous) or previous == 0)
            and person_or_institution(sentence.lows[previous], "en")
        )
        or _owned_by_person(sentence, previous)
    ):
        return True
    documents = sentence.lexicon.documents
    if low in sentence.roles.document_attach and _topic_attaches(sentence, position):
        return True  # "a report on the 20 biggest projects says", "the committee on human rights"
    if low in sentence.roles.author_attach and sentence.lows[previous] in documents:
        return True  # "a report by the committee said", "a motion by Mr Jackson's lawyers"
    return low in sentence.roles.name_attach and sentence.is_capitalised(previous) and previous > 0


def _group_after(sentence: _Sentence, start: int, limit: int) -> Phrase | None:
    """A pronoun of the ``group_pronouns`` role at ``start`` with the phrase after it that
    says who they are: a relation adjective and its object ("said those close to the
    minister"), a participle with or without a prepositional phrase ("said those polled",
    "those asked in a poll"), a prepositional phrase ("say those behind the negotiations");
    None otherwise ("those analysts" is a plain noun phrase)."""
    lows = sentence.lows
    after = start + 1
    if after >= limit or not sentence.is_lower(after):
        return None
    if (
        after + 1 < limit
        and f"{lows[after]} {lows[after + 1]}" in sentence.roles.relation_adjectives
    ):
        preposition = after + 1
    elif lows[after].endswith("ed"):
        preposition = after + 1
        if preposition >= limit or sentence.word_class(preposition) != "prep":
            return Phrase(start, after + 1)  # "those polled"
    elif sentence.word_class(after) == "prep":
        preposition = after
    else:
        return None
    if preposition + 1 >= limit:
        return None
    if lows[preposition + 1] in sentence.roles.object_pronouns:
        return Phrase(start, preposition + 2)  # "those close to him"
    phrase = _phrase_after(sentence, preposition + 1, limit, attachments=False)
    return None if phrase is None else Phrase(start, phrase.stop)


def _group_participle(sentence: _Sentence, position: int) -> bool:
    """Whether the word at ``position`` is a participle right after a pronoun of the
    ``group_pronouns`` role, which names a group of people with it ("those involved", "those
    polled")."""
    return (
        position > 0
        and sentence.lows[position].endswith("ed")
        and sentence.lows[position - 1] in sentence.roles.group_pronouns
    )


def _topic_attaches(sentence: _Sentence, position: int) -> bool:
    """Whether the ``document_attach`` preposition at ``position`` joins its topic to the noun
    before it: a document, or an institution or role in lower case ("the joint committee on
    human rights found", "an expert on Russia said"), and no time follows ("the ministry on
    Monday") nor "behalf"."""
    previous = sentence.lows[position - 1]
    if not (
        previous in sentence.lexicon.documents
        or (sentence.is_lower(position - 1) and person_or_institution(previous, "en"))
    ):
        return False
    following = position + 1
    if following >= sentence.last:
        return False
    low = sentence.lows[following]
    roles = sentence.roles
    return not (
        low in roles.time_nouns or low in roles.time_words or low[:1].isdigit() or low == "behalf"
    )


def _function_word_in_name(sentence: _Sentence, position: int, word_class: str) -> bool:
    """Whether a capitalised preposition, conjunction, adverb or negation at ``position`` is a
    word of a name between two capitalised words, not the sentence's first word: "Surfers
    Against Sewage", "Doctors Without Borders", "Stand Up To Racism", "Hope Not Hate" (a
    function word is capitalised inside a sentence only in a name or title)."""
    return (
        word_class in _NAME_FUNCTION_CLASSES
        and position > 0
        and position + 1 < len(sentence.tokens)
        and sentence.is_capitalised(position - 1)
        and sentence.is_capitalised(position + 1)
    )


#: the classes of function words a name may hold capitalised (see _function_word_in_name)
_NAME_FUNCTION_CLASSES = frozenset({"prep", "conj", "adv", "neg"})


def _day_in_a_name(sentence: _Sentence, position: int) -> bool:
    """Whether the capitalised word of time at ``position`` is part of a name: after "the" and
    before a capitalised word ("The Sunday Times", "the Sunday Telegraph"), where it is no
    adverbial ("Sunday Mr Blair said")."""
    following = position + 1
    return (
        0 < position < len(sentence.tokens) - 1
        and sentence.lows[position] in sentence.roles.time_nouns
        and sentence.lows[position - 1] == "the"
        and sentence.is_capitalised(following)
        # "On the Monday Mr Blair said", "the Monday Tony Blair said": a person follows
        and sentence.tokens[following].text.rstrip(".") not in sentence.lexicon.honorifics
        and sentence.tokens[following].text not in sentence.lexicon.first_names
    )


def _coordinated_names(sentence: _Sentence, position: int, stop: int) -> bool:
    """Whether the "and" at ``position`` joins two parts of one speaker mention: capitalised
    words ("the Securities and Exchange Commission"), plural nouns ("Developers and
    supporters in Congress say") or two roles of the one person named before ``stop`` ("GM
    chairman and chief executive Rick Wagoner")."""
    before, after = position - 1, position + 1
    return (
        (
            sentence.is_capitalised(before)
            and sentence.is_capitalised(after)
            and not _place_of_a_clause(sentence, before)
        )
        or (_plural_word(sentence, before) and _plural_noun(sentence, after))
        or (
            _role_word(sentence, before)
            and _role_word(sentence, after)
            and any(sentence.is_capitalised(index) for index in range(after + 1, stop))
        )
    )


def _place_of_a_clause(sentence: _Sentence, position: int) -> bool:
    """Whether the capitalised words ending at ``position`` follow a preposition after a
    lower-case word that names no one and nothing that speaks (no role, organisation or
    document, no plural): "after a tie at Old Trafford and Ancelotti said", "has been training
    in Holland and Ferguson said": the "and" after them joins two clauses, not two names (not
    "a spokesman for Marks and Spencer", "a report by Ernst and Young")."""
    index = position
    while index > 0 and sentence.is_capitalised(index):
        index -= 1
    noun = index - 1
    if (
        index == position
        or noun < 0
        or sentence.word_class(index) != "prep"
        # "came after France and Germany vowed": the word may open a clause
        or sentence.lows[index] in sentence.roles.adverbial_subordinators
    ):
        return False
    low = sentence.lows[noun]
    return (
        sentence.is_lower(noun)
        and not low.endswith("s")
        and not role_or_organisation(low, "en")
        and not document_word(low, "en")
        and _finite_before(sentence, noun)
    )


def _finite_before(sentence: _Sentence, position: int) -> bool:
    """Whether the clause up to ``position`` has a finite verb before it (:func:`_finite_word`:
    "has been training in Holland", "was sealed in Paris", "Milan won … at Old Trafford"): the
    phrase after it ends a clause. Not "Sources close to Blair and Brown said", "Lawyers
    acting for Mr Smith and Mrs Jones said": a noun phrase."""
    for index in range(position, -1, -1):
        if sentence.is_separator(index):
            return False
        if _finite_word(sentence, sentence.lows[index]):
            return True
    return False


def _finite_word(sentence: _Sentence, low: str) -> bool:
    """Whether the lower-case word ``low`` is a finite verb the lexicons know: a form of "have",
    "be" or a modal, or an irregular past of ``past_tenses.txt`` ("meant", "won"; a regular
    form in -ed may be a participle: "a statement issued by …")."""
    roles = sentence.roles
    return (
        low in roles.have
        or low in roles.be
        or low in roles.modal
        or low in sentence.lexicon.past_tenses
    )


def _role_word(sentence: _Sentence, position: int) -> bool:
    """A role noun in lower case ("chairman and chief executive Rick Wagoner"; not an
    organisation noun: "found the body and detective John Doe said")."""
    return sentence.is_lower(position) and role_noun(sentence.lows[position], "en")


def _plural_word(sentence: _Sentence, position: int) -> bool:
    """A plural noun, lower case or opening the sentence ("Developers and supporters")."""
    low = sentence.lows[position]
    return (
        (sentence.is_lower(position) or position == 0)
        and low.endswith("s")
        and not low.endswith(("ss", "us", "’s", "'s"))
        and low not in sentence.lexicon.word_class
        and low not in sentence.lexicon.verbs
    )


#: The plural ending of a role in "-man" ("fishermen", "businessmen").
_MEN_PLURAL = "men"


def _plural_noun(sentence: _Sentence, position: int) -> bool:
    """A lower-case plural noun of people or groups ("supporters", "advisers", "officials",
    and of a role in "-man": "fishermen", "businessmen")."""
    low = sentence.lows[position]
    if low.endswith(_MEN_PLURAL) and (sentence.is_lower(position) or position == 0):
        return role_or_organisation(low[: -len(_MEN_PLURAL)] + "man", "en")
    return _plural_word(sentence, position) and role_or_organisation(low[:-1], "en")


def _split_leading_phrase(sentence: _Sentence, start: int, stop: int) -> int:
    """ "In a Bloomberg interview Trump said", "In his book Mr Brown said": where a name follows
    a common noun that is no role or organisation (a document is none), a new phrase starts;
    so does an honorific after a name that is no role ("In Iraq Mr Blair said", "In a letter to
    the Times Mr Brown said"; not "Prime Minister Mr Blair"). Only applies when a preposition
    opened the scan."""
    if start == 0 or sentence.word_class(start - 1) != "prep":
        return start
    for position in range(stop - 1, start, -1):
        noun = sentence.tokens[position - 1].text
        if sentence.is_capitalised(position) and (
            (
                sentence.is_nounish(position - 1, head=True)
                and (not role_or_organisation(noun, "en") or document_word(noun, "en"))
            )
            or _honorific_after_name(sentence, position)
        ):
            return position
    return start


def _honorific_after_name(sentence: _Sentence, position: int) -> bool:
    """Whether an honorific of the lexicon follows a capitalised word that is no role, which
    opens a name of its own ("Iraq | Mr Blair", "the BBC | Mr Brown"), not a title's last word
    ("Prime Minister Mr Blair") nor another honorific ("Mr Justice Smith")."""
    honorifics = sentence.lexicon.honorifics
    before = sentence.tokens[position - 1].text
    return (
        sentence.tokens[position].text in honorifics
        and sentence.is_capitalised(position - 1)
        and before not in honorifics  # "Mr Justice Smith"
        and not role_noun(before, "en")
    )


#: The endings of an English adjective that may stand between an article and a name ("a
#: tearful Mrs Ahmed", "an angry John Smith", "a visibly relieved Mr Brown").
_ADJECTIVE_ENDINGS = ("ful", "ous", "ive", "less", "ed", "ic", "ible", "able")
#: The ending of an adverb before such an adjective ("visibly").
_ADVERB_ENDING = "ly"


def _adjective_before_name(sentence: _Sentence, previous: int, head_start: int) -> bool:
    """Whether the lower-case word at ``previous``, the first after the article, is an adjective
    of the person named after it by a title or a first name of the lexicon: "said a tearful Mrs
    Ahmed", "said an angry John Smith" (not "told the committee John Smith had lied": no
    adjective's ending); an adjective of the speaker's state of the moment (the
    ``speaker_states`` role) before any name: "said a defiant Johnson", "says defiant Johnson",
    "said a visibly emotional Smith"."""
    following = sentence.tokens[previous + 1].text
    low = sentence.lows[previous]
    return previous == head_start and (
        low in sentence.roles.speaker_states
        or (
            low.endswith(_ADJECTIVE_ENDINGS)
            and (
                following.rstrip(".") in sentence.lexicon.honorifics
                or following in sentence.lexicon.first_names
            )
        )
    )


def _role_before_name_after_cue(sentence: _Sentence, start: int, previous: int) -> bool:
    """Whether the lower-case word at ``previous`` is a role of no lexicon before a person's
    name, in a phrase without an article right after a verb of saying: "said furious fan Gary
    Platt", "said epidemiologist Dr Sunil Rao", "says season-ticket holder Bob Hill". The name
    opens with a first name or an honorific of the lexicon, and the words before it are lower
    case, the last a singular noun ("told reporters John Smith had lied" is an addressee and a
    content's subject)."""
    if start == 0 or sentence.lows[start - 1] not in sentence.lexicon.verbs:
        return False
    if (
        sentence.word_class(start) == "det"
        or sentence.lows[previous].endswith("s")
        # lower-case words only: "told BBC Radio 4's Today programme Mr Blair had …" is no role
        or not all(sentence.is_lower(index) for index in range(start, previous + 1))
    ):
        return False
    name = sentence.tokens[previous + 1].text
    return (
        (name in sentence.lexicon.first_names or name.rstrip(".") in sentence.lexicon.honorifics)
        and previous + 2 < len(sentence.tokens)
        and sentence.is_capitalised(previous + 2)
    )


def _phrase_after(
    sentence: _Sentence,
    start: int,
    limit: int,
    *,
    attachments: bool = True,
    apposition: bool = False,
) -> Phrase | None:
    """The noun phrase starting at ``start`` and ending before ``limit``, or None.

    A pronoun; or an optional determiner, adjectives, nouns and capitalised words, where a
    capitalised word after a common noun must follow a role ("lawyer Jamie Firestone"), with up
    to two "of"/"for"/"at" attachments, a parenthesis ("(R-S.C.)") and, with ``apposition``, a
    phrase in apposition that closes the clause (", the firm's chief executive.").
    """
    tokens = sentence.tokens
    lows = sentence.lows
    limit = min(limit, len(tokens), start + _MAX_PHRASE)
    if start >= limit:
        return None
    if lows[start] in sentence.roles.subject_pronouns:
        return Phrase(start, start + 1)
    if lows[start] in sentence.roles.group_pronouns:
        group = _group_after(sentence, start, limit)
        if group is not None:
            return group
    position = start
    if sentence.word_class(position) == "det" and lows[position] != "that":
        position += 1
    head_start = position
    common = False
    noun_forms = sentence.lexicon.noun_forms
    number_words = sentence.roles.number_words
    while position < limit:
        token = tokens[position]
        # ``is_capitalised`` inline (a digit is alphanumeric): a word with a capital or a digit.
        initial = token.text[:1]
        if token.quote < 0 and ((initial.isupper() and initial.isalnum()) or initial.isdigit()):
            previous = position - 1
            if (
                position > head_start
                and lows[position] in sentence.roles.subject_pronouns
                and tokens[previous].text.endswith(".")
            ):
                break  # "country star Hank Williams Jr. He wrote": the abbreviation ended it
            if (
                common
                and sentence.is_lower(previous)
                and not role_or_organisation(tokens[previous].text, "en")
                and not _name_particle(sentence, previous)
                # "former Prime Minister Boris Johnson": a modifier of the office after it
                and not role_modifier(lows[previous], "en")
                and not _adjective_before_name(sentence, previous, head_start)
                and not _role_before_name_after_cue(sentence, start, previous)
            ):
                break
            position += 1
            continue
        if (
            position == head_start
            and head_start > start
            and lows[position].endswith(_ADVERB_ENDING)
            and position + 1 < limit
            and (
                lows[position + 1].endswith(_ADJECTIVE_ENDINGS)
                or lows[position + 1] in sentence.roles.speaker_states
            )
        ):
            # "a visibly relieved Mr Brown": an adverb of the adjective after the article
            position += 1
            head_start = position
            continue
        if sentence.is_nounish(position, head=False):
            if (
                position > head_start
                and sentence.lows[position].endswith("ed")
                and sentence.is_capitalised(position - 1)
            ):
                break  # "Caddell continued": a verb after a name
            # a number word opening the phrase counts its people like a determiner: "one
            # London-based broker", "one Tory MP"
            common = common or position > head_start or lows[position] not in number_words
            position += 1
            continue
        # A word that is nounish as a head only is a verb form that can be a noun ("claims"):
        # one of ``noun_forms``, looked up first, as most words here are none.
        if (
            lows[position] in noun_forms
            and sentence.is_nounish(position, head=True)
            and _phrase_ends(sentence, position + 1, limit)
        ):
            position += 1  # "denied [the claims]": a verb form as the last noun
            break
        if position > head_start and (
            token.text in {"'", "’", "&"}
            or sentence.is_abbreviation_stop(position)
            or (
                lows[position] == "and"
                and position + 1 < limit
                and sentence.is_capitalised(position - 1)
                and (
                    sentence.is_capitalised(position + 1)
                    # "coach Eddie Jones and captain Owen Farrell": a role before a name
                    or (
                        position + 2 < limit
                        and sentence.is_lower(position + 1)
                        and role_or_organisation(sentence.tokens[position + 1].text, "en")
                        and sentence.is_capitalised(position + 2)
                    )
                )
            )
        ):
            position += 1
            continue
        break
    if position == head_start:
        return None
    for _ in range(2):
        if position >= limit:
            break
        low = lows[position]
        if (
            attachments
            and position + 1 < limit
            and (
                low in sentence.roles.np_attach
                # "people familiar with the matter", "a report by the British Retail
                # Consortium": a relation adjective's or a document's author's phrase
                or f"{lows[position - 1]} {low}" in sentence.roles.relation_adjectives
                or (
                    low in sentence.roles.author_attach
                    and lows[position - 1] in sentence.lexicon.documents
                )
            )
        ):
            inner = _phrase_after(sentence, position + 1, limit, attachments=False)
            if inner is not None:
                inner = _name_of_name(sentence, inner, limit)
            if (
                inner is None
                or lows[position + 1] in sentence.roles.subject_pronouns
                # "at a London press conference": where it was said, not an affiliation
                or (
                    low in sentence.roles.occasion_prepositions
                    and tokens[inner[1] - 1].text in sentence.roles.occasion_nouns
                )
                # a relation's or an author's phrase only when it ends the phrase whole ("a
                # report by telecoms giant BT" is read no further than "a report")
                or (
                    low not in sentence.roles.np_attach
                    and inner[1] < limit
                    and not sentence.is_separator(inner[1])
                    # "a report by the Royal College of Physicians published on Thursday"
                    and not (
                        sentence.is_lower(inner[1]) and lows[inner[1]].endswith(_PARTICIPLE_ENDING)
                    )
                )
            ):
                break
            position = inner[1]
        elif low == "(":
            closing = position + 1
            while closing < limit and tokens[closing].text != ")" and closing - position < 8:
                closing += 1
            if closing >= limit or tokens[closing].text != ")":
                break
            position = closing + 1
        else:
            break
    if apposition and position + 1 < len(tokens) and tokens[position].text == ",":
        apposition_end = _closing_apposition(sentence, position + 1)
        if apposition_end is not None:
            position = apposition_end
    return Phrase(start, position)


#: the most prepositional phrases a closing apposition holds past the two of a noun phrase
#: ("an analyst [with Jupiter Research]", "economist at Swiss Re [in New York]")
_MAX_APPOSITION_PHRASES = 2
_APPOSITION_ENDS = frozenset({",", ";"})
_GERUND_ENDING = "ing"  # a gerund or participle: "being", "referring to"
#: the word classes after a participle in -ing that open its clause ("referring to a fan"), not
#: a role ("managing director")
_CLAUSE_AFTER_PARTICIPLE = frozenset({"prep", "det", "pron", "sub"})


def _closing_apposition(sentence: _Sentence, start: int) -> int | None:
    """The end of a phrase in apposition at ``start`` that closes its clause, or None.

    apposition = noun-phrase {preposition noun-phrase} [relative-clause] ("," | ";" | end)

    "said Ian Fogg, an analyst with Jupiter Research.", "said Kurt Karl, economist at Swiss Re
    in New York.", "said Mr Hill, a former minister who now chairs the committee, …": the
    speaker's description, no part of what was said. A relative clause runs to the next comma
    or the end and holds no quotation."""
    tokens, lows = sentence.tokens, sentence.lows
    if (
        start + 1 < len(tokens)
        and sentence.is_lower(start)
        and lows[start].endswith(_GERUND_ENDING)
        and sentence.word_class(start + 1) in _CLAUSE_AFTER_PARTICIPLE
    ):
        return None  # "said Errera, referring to a fan who …": a participle clause
    inner = _phrase_after(sentence, start, len(tokens), attachments=True)
    if inner is None:
        return None
    stop = _past_name(sentence, inner.stop)
    for _ in range(_MAX_APPOSITION_PHRASES):
        if (
            stop + 1 >= sentence.last
            or sentence.word_class(stop) != "prep"
            # "a position shared by …": a participle's agent, a clause of its own
            or lows[stop - 1].endswith(_PARTICIPLE_ENDING)
        ):
            break
        more = _phrase_after(sentence, stop + 1, sentence.last, attachments=False)
        if more is None:
            break
        if _circumstance(sentence, more):
            # "…, economist at Swiss Re on Monday.": the apposition ends before it
            if more.stop >= sentence.last or tokens[more.stop].text in _APPOSITION_ENDS:
                return stop
            break
        stop = _past_name(sentence, more.stop)
    if stop < sentence.last and lows[stop] in sentence.roles.relative_pronouns:
        stop = next(
            (
                index
                for index in range(stop + 1, sentence.last)
                if tokens[index].text in _APPOSITION_ENDS or tokens[index].quote >= 0
            ),
            sentence.last,
        )
        if stop < sentence.last and tokens[stop].quote >= 0:
            return None
        if any(start < cue < stop for cue in sentence.cues):
            return None  # "a nurse who told the BBC she had not been paid": words of their own
    if stop >= sentence.last or tokens[stop].text in _APPOSITION_ENDS:
        return stop
    return None


def _circumstance(sentence: _Sentence, phrase: Phrase) -> bool:
    """Whether a prepositional phrase after an apposition tells how, when or where it was
    said, not who the speaker is: its head is a document, an occasion or a word of time
    ("in a statement", "at a press conference", "on Monday")."""
    head = sentence.lows[phrase.stop - 1]
    roles = sentence.roles
    if not sentence.is_lower(phrase.stop - 1):
        return False  # a name: "an analyst with Jupiter Research"
    return (
        head in sentence.lexicon.documents
        or head in roles.occasion_nouns
        or head in roles.time_nouns
        or head in roles.time_words
        or head in sentence.lexicon.months
    )


def _past_name(sentence: _Sentence, position: int) -> int:
    """Past the capitalised words at ``position`` that name what a common noun before them
    is, in an apposition ("head of the consultancy [Adamind]")."""
    while (
        position < sentence.last
        and sentence.tokens[position].quote < 0
        and sentence.is_capitalised(position)
    ):
        position += 1
    return position


def _verb_before_name(sentence: _Sentence, position: int, start: int, stop: int) -> bool:
    """Whether the lower-case word at ``position``, right before the capitalised word that
    starts a phrase read backwards (``start``), is a verb rather than a modifier of the name: a
    past tense or -ed form, or a form of a verb of saying, that is no role ("When asked if it
    would have to be Liverpool if he returned Owen said", "London's Evening Standard quoted Mr
    Clarke"; not "chief executive Steven Theede", "the unidentified Parmalat source",
    "state-owned Naftohaz")."""
    if start != position + 1 or start >= stop or not sentence.is_capitalised(start):
        return False
    low = sentence.lows[position]
    if not sentence.is_lower(position) or "-" in low or role_or_organisation(low, "en"):
        return False  # "state-owned Naftohaz", "union-backed Hazards magazine"
    if position > 0 and sentence.word_class(position - 1) == "det":
        return False  # an adjective: "The unidentified Parmalat source", "a reformed Labour"
    return (
        low.endswith("ed") or low in sentence.lexicon.past_tenses or low in sentence.lexicon.verbs
    )


def _percentage(sentence: _Sentence, position: int) -> bool:
    """Whether the token at ``position`` is the sign of a percentage after its number ("82%"),
    a share of people polled as the head of a noun phrase ("Some 82% said …")."""
    return (
        position > 0
        and sentence.tokens[position].text == "%"
        and sentence.tokens[position - 1].text[:1].isdigit()
    )


def _auxiliary_in_name(sentence: _Sentence, position: int) -> bool:
    """Whether a capitalised auxiliary is a surname after a given name ("Brian May has said",
    "Labour MSP Christine May"), or alone where the text gives it after a first name or an
    honorific of the lexicon ("May said: …" after "Guitarist Brian May" or "Mrs May"), not a
    word opening a title ("Do The Right Thing")."""
    if position > 0 and sentence.is_capitalised(position - 1):
        return sentence.word_class(position - 1) == ""
    return _surname_in_text(sentence, sentence.tokens[position].text)


def _surname_in_text(sentence: _Sentence, word: str) -> bool:
    """Whether the text gives ``word`` right after a first name or an honorific of the lexicon
    ("Brian May", "Mrs May")."""
    return _named_in_text(sentence.text, word)


@functools.lru_cache(maxsize=_ANSWERS_REMEMBERED)
def _named_in_text(text: str, word: str) -> bool:
    """Whether ``text`` gives ``word`` right after a first name or an honorific of the lexicon,
    answered once per text and word: every sentence that opens with a capitalised auxiliary
    asks ("May said …" in an article about Theresa May), and each answer scans the whole
    text."""
    return named_after_first_name(text, word, _given_names())


@functools.cache
def _given_names() -> frozenset[str]:
    """The words before a surname: the first names and the honorifics of the lexicon."""
    lexicon = _english()
    return lexicon.first_names | lexicon.honorifics


def _name_particle(sentence: _Sentence, position: int) -> bool:
    """Whether the word at ``position`` is a particle inside a name, after a capitalised word
    ("Jurgen den Hartog", "Henri de Bodinat": ``name_particles``) or after such a particle
    ("Ursula von der Leyen")."""
    particles = sentence.lexicon.particles
    return (
        position > 0
        and sentence.lows[position] in particles
        and (
            sentence.is_capitalised(position - 1)
            or (
                position > 1
                and sentence.lows[position - 1] in particles
                and sentence.is_capitalised(position - 2)
            )
        )
    )


def _before_participle(sentence: _Sentence, phrase: Phrase) -> Phrase:
    """A noun phrase up to a lower-case past tense or participle after its first word: "The
    governor signed the budget" (the verb), "The guidance published on Tuesday" (a participle
    phrase), not a noun."""
    past_tenses = sentence.lexicon.past_tenses
    for position in range(phrase.start + 1, phrase.stop):
        low = sentence.lows[position]
        if (
            sentence.is_lower(position)
            and (low.endswith("ed") or low in past_tenses)
            and sentence.word_class(position - 1) != "det"
        ):
            return Phrase(phrase.start, position)
    return phrase


def _phrase_ends(sentence: _Sentence, position: int, limit: int) -> bool:
    """Whether a noun phrase can end before ``position``: at the limit, a separator, a
    quotation or a function word."""
    if position >= limit or position >= len(sentence.tokens):
        return True
    return (
        sentence.is_quote(position)
        or sentence.tokens[position].text in _SEPARATORS
        or sentence.tokens[position].text in _FINAL
        or sentence.word_class(position) in {"prep", "conj", "sub"}
    )


def _mention_words(sentence: _Sentence, start: int, stop: int) -> tuple[str, ...]:
    """The words of a speaker mention, with an abbreviation's full stop and a plural's
    possessive apostrophe kept on their word ("Sen.", "families'") and parentheses left out."""
    words = [token.text for token in sentence.tokens[start:stop]]
    if _MENTION_MARKS.isdisjoint(words):
        return tuple(words)  # most mentions: nothing to join, leave out or drop
    words = []
    depth = 0
    for position in range(start, stop):
        text = sentence.tokens[position].text
        if text == "(":
            depth += 1
            continue
        if text == ")":
            depth = max(0, depth - 1)
            continue
        if depth:
            continue
        if words and (
            (text == "." and sentence.is_abbreviation_stop(position))
            or (text in {"'", "’"} and words[-1][-1:] in {"s", "S"})
            or (
                # the next letter of a dotted abbreviation, written without a space: "S.E.C."
                len(text) == 1
                and text.isupper()
                and words[-1].endswith(".")
                and sentence.tokens[position - 1].end == sentence.tokens[position].start
            )
        ):
            words[-1] += text  # "Sen.", "families'", "S.E.C."
            continue
        words.append(text)
    while words and words[-1] in {",", "'", "’"}:
        words.pop()
    return tuple(words)
