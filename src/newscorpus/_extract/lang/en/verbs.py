"""English verbs of saying, one of the cue-rule steps (above phrases.py and contents.py): finding a
verb cue ("said", "has told", "is claiming", ", adding") in the ordered table :data:`VERB_RULES`,
its verb group, its subject (before it, or after it in an inversion) and its addressee."""

from __future__ import annotations

import bisect
import itertools
import re
from typing import TYPE_CHECKING, NamedTuple

import attrs

from newscorpus._extract.engine import (
    Phrase,
    RuleTable,
    opens_lower_case,
    token_start,
    trailing_content,
    trailing_of,
)
from newscorpus._extract.lang.en.contents import (
    _AGENT,
    _INFINITIVE_MARKER,
    _addressee,
    _adverbial,
    _clause_end,
    _content_after,
    _content_before,
    _content_following,
    _content_start,
    _following_quotes,
    _infinitive,
    _past_attachments,
    _short_quote,
    _skip_adverbials,
    _skip_adverbs,
    _that_after_clause_of_time,
    object_without_content,
    optional_addressee,
)
from newscorpus._extract.lang.en.phrases import (
    _GERUND_ENDING,
    _before_participle,
    _finite_word,
    _mention_words,
    _phrase_after,
    _phrase_before,
    _phrase_ends,
    _place_of_a_clause,
    _plural_noun,
    _plural_word,
    _quantifier_subject,
    _skip_leading,
    _surname_in_text,
)
from newscorpus._extract.lang.en.sentence import (
    _DASHES,
    _FINITE,
    _MAX_PHRASE,
    _MIN_CONTENT_WORDS,
    _NEGATED,
    _NOT_NOUN_ENDINGS,
    _POSSESSIVE,
    _QUOTE_CLOSERS,
    _SEPARATORS,
    _Sentence,
)
from newscorpus._extract.lexicon import FormKind, LexiconEnum, VerbFlag
from newscorpus._extract.speakers import (
    Attribution,
    role_noun,
    role_or_organisation,
)
from newscorpus._model import QuoteKind, Span

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

    from newscorpus._extract.lang.en.bundle import WordRoles


# Enum members read in the rules, bound to names once: on Python 3.11 a member read through
# its class goes through EnumType.__getattr__, a slow path.
#: A comma and a relative pronoun before the subject of an object relative clause.
_COMMA_AND_PRONOUN = 2
_FLAG_ACTIVE = VerbFlag.ACTIVE
_FLAG_CLAUSE = VerbFlag.CLAUSE
_FLAG_TOPIC = VerbFlag.TOPIC
_FLAG_DOCUMENT = VerbFlag.DOCUMENT
_FLAG_NAMING = VerbFlag.NAMING
_FLAG_NOUN = VerbFlag.NOUN
_FLAG_OBJECT = VerbFlag.OBJECT
_FLAG_ADDRESSEE = VerbFlag.ADDRESSEE
#: What sets off a participle clause from the clause it depends on (", saying …", " - saying …").
_PARTICIPLE_SEPARATORS = frozenset({",", "-", "–", "—"})
_THAT = "that"  # the complementizer of a statement (not of a question: "whether", "if")
_FLAG_OPINION = VerbFlag.OPINION
_FLAG_QUOTED = VerbFlag.QUOTED
_FLAG_REPORT = VerbFlag.REPORT
_FORM_BASE = FormKind.BASE
_FORM_GERUND = FormKind.GERUND
_FORM_PARTICIPLE = FormKind.PARTICIPLE
_FORM_PAST = FormKind.PAST
_FORM_PRESENT = FormKind.PRESENT
_KIND_DIRECT = QuoteKind.DIRECT
_KIND_INDIRECT = QuoteKind.INDIRECT


#: The word classes a predicative word after "find it" may have: none (an adjective the
#: function words do not list: "hard", "difficult") or an adverb ("too").
_PREDICATIVE_CLASSES = frozenset({"", "adv"})
_QUOTE_INTERRUPTED = frozenset(",?!")  # a quotation its attribution follows in the sentence
_FINITE_OR_BASE = frozenset({FormKind.PRESENT, FormKind.PAST, FormKind.BASE})
_CONTRACTED_AUX = ("’s", "'s", "’re", "'re", "’ve", "'ve", "’ll", "'ll", "’d", "'d")
_MAX_AUX = 4
# The endings of a verb that opens a clause of time without a subject: "while visiting Leeds",
# "when asked about the budget" (an irregular participle is in the past_tenses lexicon)
_CLAUSE_OF_TIME_ENDINGS = ("ing", "ed")
_NO_NOUN = (False, False)  # the noun_forms entry of a word that is no verb form
_PAST_ENDING = "ed"  # "resisted calls for": a verb before a noun
_MAX_CONJUNCTS = 4  # names in a list before "and" in one coordinated subject
# Irregular past tenses that the past_tenses lexicon leaves out as nouns or adjectives too
# ("left", "cut"), which after the comma closing a relative clause are the main clause's verb.
_MAIN_CLAUSE_PASTS = frozenset({"left", "led", "cut", "set", "hit", "put", "quit"})
_PAST_FORM = frozenset({FormKind.PAST})
_GERUND_FORM = frozenset({FormKind.GERUND})
# How far back from the phrase before a verb an unclosed apposition's comma is looked for.
_MAX_APPOSITION = 16
#: At most this many tokens from a restrictive relative clause's pronoun to the verb after it
#: ("A woman whose son was killed in the attack said").
_MAX_RELATIVE_CLAUSE = 14
#: The relative pronoun of a possessor, before its noun ("A woman whose son was killed").
_GENITIVE_RELATIVES = frozenset({"whose"})
#: The signs a sum of money opens with ("£2bn", "$1.89").
_CURRENCY_SIGNS = frozenset("£$€¥")
_COMMA = frozenset({","})
_QUOTED_AS_MIN = 3  # "quoted X as saying": the gerund is the fourth token or later
_NO_CLOSING_SPEAKER = frozenset(
    {
        VerbFlag.OBJECT,
        VerbFlag.REPORT,
        VerbFlag.OPINION,
        VerbFlag.NAMING,
        VerbFlag.DOCUMENT,
        VerbFlag.NOUN,
    }
)
_NO_BASE_INVERSION = frozenset(
    {VerbFlag.OPINION, VerbFlag.REPORT, VerbFlag.DOCUMENT, VerbFlag.NAMING, VerbFlag.NOUN}
)
_FULL_NAME_WORDS = 2  # a given name and a surname
_CLAUSE_BREAKS = frozenset({",", ";", ":"})  # a subordinate clause's opener is after these
# What a quotation token's first word may carry around it: the marks that open it, a mark after it.
_QUOTATION_OPENERS = "\"'‘“«‹„‚ "
_WORD_ENDS = ",;:.!?…'’\"”"
# The endings of a finite verb that opens a quoted predicate ("“amounts to …”", "“tackled” him").
_FINITE_ENDINGS = ("ed", "s")


def _verb_cue(sentence: _Sentence, index: int, found: list[Attribution]) -> Attribution | None:
    if sentence.lows[index] == "asked" and (
        index == 0 or (index == 1 and sentence.lows[0] in {"when", "if", "after"})
    ):
        return _asked_clause(sentence, index)
    # ``is_lower`` and ``word_class`` read inline below: asked once or twice for every cue.
    if (
        not sentence.tokens[index].text[:1].islower()  # (a cue is a word, never a quotation)
        and not _title_cue(sentence, index)
        and not _fronted_cue(sentence, index)
    ):
        return None
    chosen = _choose_forms(sentence, index)
    if chosen is None:
        return None
    kinds, flags, particle = chosen
    head = index
    if index > 1 and sentence.lows[index - 1] == "to" and _FORM_BASE in kinds:
        catenative = _catenative(sentence, index - 2)
        if catenative is not None:
            head, kinds = catenative  # "appeared to suggest": the group of "appeared"
    elif (
        index > 0
        and sentence.word_classes.get(sentence.lows[index - 1]) == "det"
        and sentence.lows[index - 1] != "that"
        # "close to her said": an object pronoun before a verb that is never a noun
        and not (
            sentence.lows[index - 1] in sentence.roles.object_pronouns and _FLAG_NOUN not in flags
        )
        and not (index > 1 and sentence.lows[index - 1] in sentence.roles.floating_quantifiers)
        and not (
            # "Some say …", "Many believe …": a quantifier alone, then a verb that is no noun
            _quantifier_subject(sentence, index - 1)
            and _FLAG_NOUN not in flags
            and _FORM_PRESENT not in kinds  # not "if some mentions …"
        )
    ):
        return None  # "the plans", "his claim", "a report": a noun after its determiner
    group = _verb_group(sentence, head)
    if _after_possessive(sentence, group, index):
        return None
    usage = _usage(kinds, group.auxiliaries, sentence.lexicon.roles)
    if usage is None:
        return None
    subject = None
    if usage is _USAGE_FINITE:
        subject = _subject_before(sentence, group.start, contracted=group.contracted)
        if _FLAG_DOCUMENT in flags and (
            subject is None or sentence.lows[subject.stop - 1] not in sentence.lexicon.documents
        ):
            subject = _modified_document(sentence, group.start) or subject
    # Positional (in the fields' order): keywords make a named tuple slower to build.
    case = _VerbCase(
        sentence,
        index,
        found,
        kinds,
        flags,
        group,
        usage,
        group.cue_start,
        particle + 1 if particle >= 0 else index + 1,
        subject,
    )
    found_here = VERB_RULES.first_among(_RULES_BY_USAGE[usage], case)
    if _FLAG_QUOTED in flags and not _frames_a_quotation(sentence, found_here):
        return None
    return found_here


def _after_possessive(sentence: _Sentence, group: _Group, index: int) -> bool:
    """Whether a verb form right after a possessive or a number modifies the noun after it:
    "Russia's proposed membership", "his firm's reported interest", "Labour's ruling National
    Executive", "500 confirmed cases", "the 12 alleged victims" (a participle before a noun that
    is no name, or a gerund, as an adjective, no verb of saying),
    not "McDonald's announced it was …" or "Foster's said a merger …" (a determiner, pronoun,
    complementizer or quotation follows)."""
    if group.auxiliaries or group.start != index or index == 0:
        return False
    before = sentence.lows[index - 1]
    # also a participle in -ed after a number that an article or a form of "be" opens: "500
    # confirmed cases" after "There have been", "The 12 alleged victims were …" (not a
    # number that is a subject: "aged between 18 and 24 said jobs …", "1,200 reported abuse")
    if not (
        before.endswith(_POSSESSIVE)
        or _YEAR_NUMBER.fullmatch(before)  # "The court's 2015 ruling gave …"
        or (
            _number(before)
            and index >= 2
            and sentence.lows[index].endswith(_PAST_ENDING)
            and (
                sentence.word_class(index - 2) == "det"
                or sentence.lows[index - 2] in sentence.roles.be
            )
        )
    ):
        return False
    following = index + 1
    if following >= sentence.last or sentence.is_quote(following):
        return False
    if sentence.is_capitalised(following) and not sentence.lows[index].endswith("ing"):
        return False  # a name after a participle: "Foster's said Mr Smith …"
    low = sentence.lows[following]
    if (
        sentence.word_class(following) in {"det", "pron", "sub", "prep"}
        or low in sentence.roles.complementizers
        or low in sentence.roles.subject_pronouns
        or low in sentence.roles.object_pronouns
        or sentence.is_separator(following)
    ):
        return False
    return not _clause_after_noun(sentence, index, following + 1)


def _number(word: str) -> bool:
    """Whether ``word`` is a number written in digits ("12", "1,500"; not "31-year-old")."""
    return word.replace(",", "").replace(".", "").isdigit()


def _lone_singular_name(sentence: _Sentence, phrase: Phrase) -> bool:
    """Whether ``phrase`` is one capitalised word that is no plural ("London"): after "say" it
    is an example ("a big city, say London"), not the speakers of a base form ("say analysts",
    "say the Bucharest side")."""
    return (
        phrase.stop - phrase.start == 1
        and sentence.is_capitalised(phrase.start)
        and not _plural_subject(sentence, phrase.start, phrase.stop)
    )


def _clause_after_noun(sentence: _Sentence, verb: int, position: int) -> bool:
    """Whether the noun before ``position`` goes on as a clause, which makes the verb form at
    ``verb`` before that noun a verb of its own: a complementizer follows the noun ("warned
    investors that …"), or, after an irregular form, which is no adjective ("said", "told"; a
    regular participle in -ed is often one), an auxiliary or a past tense ("Moody's said growth
    would slow", "Sainsbury's said sales fell"); not after a participle used as one ("Mr
    Blair's reported treaty would …", "Russia's proposed membership of the WTO")."""
    if position >= sentence.last:
        return False
    low = sentence.lows[position]
    lexicon = sentence.lexicon
    if low in sentence.roles.complementizers:
        return True
    form = sentence.lows[verb]
    irregular = not form.endswith(("ed", "ing"))  # "said", "told": no adjectives
    return irregular and (low in lexicon.auxiliaries or low in lexicon.past_tenses)


def _modified_document(sentence: _Sentence, group: int) -> _Subject | None:
    """The subject of a verb that needs a document ("shows", "finds") when a participle phrase
    stands between them: "A study published last week shows …", "A study being released by the
    university on Monday shows …". The document is at most a phrase's length
    before the verb, with no mark between them, and a participle follows it."""
    lows = sentence.lows
    for position in range(group - 2, max(0, group - _MAX_PHRASE) - 1, -1):
        if sentence.tokens[position].text in _SEPARATORS or sentence.is_quote(position):
            return None
        if lows[position] in sentence.lexicon.documents:
            participle = lows[position + 1]
            if not (
                participle.endswith("ed")
                or participle == "being"
                or participle in sentence.lexicon.past_tenses
            ):
                return None
            phrase = _phrase_before(sentence, position + 1)
            if phrase is None:
                return None
            return _Subject(
                phrase.start,
                phrase.stop,
                _mention_words(sentence, phrase.start, phrase.stop),
            )
    return None


def _frames_a_quotation(sentence: _Sentence, attribution: Attribution | None) -> bool:
    """Whether a verb flagged *quoted* ("continued", "laughed", "went on") attributes the
    direct quotation right before it and nothing after it, or the one a colon opens right
    after a speaker: "“We will stay,” she continued.", "“…,” continued Ms Berg." and "He went
    on: “…”", not "The talks continued, officials said" or "The talks continued: “…”"."""
    if attribution is None or attribution.kind is not _KIND_DIRECT or not attribution.cue:
        return False
    cue = attribution.cue[0]
    if attribution.content.start > cue.start:
        colon = sentence.first_at(cue.end)
        mention = attribution.mention
        if mention is None or not (
            colon + 1 < len(sentence.tokens)
            and sentence.tokens[colon].text == ":"
            and sentence.is_quote(colon + 1)
        ):
            return False
        # Someone speaks on: a pronoun or a speaker noun, not "The talks continued: “…”".
        last = sentence.first_at(mention.end) - 1
        return sentence.lows[last] in sentence.roles.subject_pronouns or _speaker_noun(
            sentence, last
        )
    if attribution.mention is not None and attribution.mention.start > cue.start:
        return True  # the speaker after the verb, the quotation before it
    rest = _skip_adverbials(sentence, sentence.first_at(cue.end))
    # Only more of the quotation may follow: "“We stay,” she continued, “and we fight.”", or a
    # verb of saying's participle that goes on: "“…,” the paper beams, adding, “…”".
    for position in range(rest, sentence.last):
        if not (sentence.is_quote(position) or sentence.is_separator(position)):
            return (
                sentence.tokens[position - 1].text == ","
                and sentence.is_cue_form(position, _GERUND_FORM)
                and _saying(sentence, position)
            )
    return True


def _asked_clause(sentence: _Sentence, index: int) -> Attribution | None:
    """ "Asked to describe the device, O'Neill said …", "When asked whether he would run, he
    said …": a passive participle clause opening the sentence reports a question put to the
    speaker of the main clause; its content is the clause up to the comma, and whoever asked
    is not named."""
    comma = next(
        (
            position
            for position in range(index + 1, min(sentence.last, index + 2 * _MAX_PHRASE))
            if sentence.tokens[position].text == ","
        ),
        -1,
    )
    if comma < index + 1 + _MIN_CONTENT_WORDS or comma + 1 >= sentence.last:
        return None
    return Attribution(
        kind=_KIND_INDIRECT,
        content=sentence.span(index + 1, comma),
        cue=(sentence.span(index, index + 1),),
    )


def _catenative(sentence: _Sentence, position: int) -> tuple[int, frozenset[FormKind]] | None:
    """ "He appeared to suggest …", "Sanders went on to say …", "she has yet to explain …": a
    catenative verb (``catenative_verbs.txt``) before the "to" of a verb of saying, with its
    particle if it has one; its position and the forms it can be, which decide how the verb
    group is used."""
    catenatives = sentence.lexicon.catenatives
    low = sentence.lows[position]
    if not sentence.is_lower(position):
        return None
    for particle, kinds in catenatives.get(low, ()):
        if not particle:
            return position, kinds
    if position > 0:
        for particle, kinds in catenatives.get(sentence.lows[position - 1], ()):
            if particle == low and sentence.is_lower(position - 1):
                return position - 1, kinds
    return None


class _Usage(LexiconEnum):
    """How a verb of saying is used in its clause.

    Defined before :class:`_VerbCase`, whose field names it: compiled with mypyc, a named
    tuple's field types are looked up when the class is made, and a later class is not there
    yet (the module's import crashed).
    """

    FINITE = "finite"  # "said", "has said", "is saying"
    GERUND = "gerund"  # a participle clause: "…, saying the plan failed"
    PASSIVE = "passive"  # "was told", "is reported"


# Read for every verb cue: bound to names once (see the members above).
_USAGE_FINITE = _Usage.FINITE
_USAGE_GERUND = _Usage.GERUND
_USAGE_PASSIVE = _Usage.PASSIVE


def _quoted_as_saying(case: _VerbCase) -> Attribution | None:
    """ "“…,” Reuters quoted one trader as saying.", "the paper quoted Mr Chernin as saying he
    would …": the speaker is the object of a verb of quoting (``quoting_verbs``) before "as" and
    the gerund, or the subject of its passive ("“…,” one official was quoted as saying"); the
    content is what follows the gerund, or else the content before the quoting clause. The cue
    is the verb of quoting and "as saying"."""
    if case.usage is not _USAGE_GERUND:
        return None
    sentence, gerund = case.sentence, case.group.start
    if gerund < _QUOTED_AS_MIN or sentence.lows[gerund - 1] != "as":
        return None
    verb = next(
        (
            position
            for position in range(gerund - 2, max(0, gerund - 2 - _MAX_PHRASE), -1)
            if sentence.lows[position] in sentence.roles.quoting_verbs
        ),
        None,
    )
    if verb is None:
        return None
    passive = verb + 1 == gerund - 1 and verb > 0 and sentence.lows[verb - 1] in sentence.roles.be
    if passive:
        # "“…,” one official was quoted as saying": the subject of the passive is quoted
        subject = _subject_before(sentence, verb - 1, contracted=False)
        phrase: Phrase | None = None if subject is None else Phrase(subject.start, subject.stop)
    elif gerund - 2 == verb + 1 and sentence.lows[verb + 1] in sentence.roles.object_pronouns:
        phrase = Phrase(verb + 1, gerund - 1)  # "Reuters quoted him as saying"
    else:
        phrase = _phrase_after(sentence, verb + 1, gerund - 1)
    if phrase is None or (not passive and phrase.stop != gerund - 1):
        return None
    after = _content_start(sentence, case.cue_end, case.flags)
    content = None if after is None else _content_after(sentence, after, case.flags)
    if content is None:
        quoting = _subject_before(sentence, verb - 1 if passive else verb, contracted=False)
        before = -1 if quoting is None else quoting.start - 1
        if before < 0 or not (sentence.is_separator(before) or sentence.is_quote(before)):
            return None
        content = _content_before(sentence, before)
        if content is None:
            return None
    kind, span = content
    return Attribution(
        kind=kind,
        content=span,
        mention=sentence.span(*phrase),
        mention_words=_mention_words(sentence, *phrase),
        cue=(sentence.span(verb, verb + 1), sentence.span(gerund - 1, case.cue_end)),
    )


def _participle_clause_cue(case: _VerbCase) -> Attribution | None:
    """ "The minister resigned, saying the plan had failed": a participle clause whose speaker
    is the subject of the clause before it."""
    if case.usage is not _USAGE_GERUND:
        return None
    if _inserted_source(case.sentence, case.group.start):
        return None
    return _participle_clause(
        case.sentence, case.group.start, case.cue_start, case.cue_end, case.flags, case.found
    )


def _inserted_source(sentence: _Sentence, gerund: int) -> bool:
    """Whether a gerund of the ``source_gerunds`` role is set off by commas between a verb of
    saying and its "that" clause, naming on whom the report rests: "Reuters reported, citing two
    sources, that the deal had collapsed" (the content is the verb's, see _content_start)."""
    if (
        gerund < _INSERT_MIN
        or sentence.lows[gerund] not in sentence.roles.source_gerunds
        or sentence.tokens[gerund - 1].text != ","
        or not sentence.is_cue_form(gerund - 2, _FINITE_OR_BASE)
    ):
        return False
    comma = next(
        (
            later
            for later in range(gerund + 1, min(sentence.last, gerund + _MAX_PHRASE))
            if sentence.tokens[later].text == ","
        ),
        -1,
    )
    return (
        0 < comma < sentence.last - 1 and sentence.lows[comma + 1] in sentence.roles.complementizers
    )


#: The fewest tokens before an inserted source's gerund: a verb and a comma.
_INSERT_MIN = 2


def _passive_cue(case: _VerbCase) -> Attribution | None:
    """ "It was reported that …", "He was quoted as saying …": a passive verb of saying; of a
    verb that addresses its object (flag *object*), its subject is whom it told: "The jury was
    told that …", "MPs were told the project would be delayed"."""
    if case.usage is not _USAGE_PASSIVE:
        return None
    sentence = case.sentence
    found = _passive(sentence, case.group.start, case.cue_start, case.cue_end)
    forms = sentence.lexicon.verbs.get(sentence.lows[case.verb], ())
    if (
        found is None
        # "MPs were warned that …": a verb that may address its object without the flag (its
        # active takes a clause right after it: "He warned that …")
        and (
            _FLAG_OBJECT in case.flags
            or any(form.lemma in sentence.roles.warning_verbs for form in forms)
        )
        and not any(form.lemma in sentence.roles.asking_verbs for form in forms)
    ):
        found = _addressed_passive(sentence, case.group.start, case.cue_start, case.cue_end)
    return found


def _addressed_passive(
    sentence: _Sentence, group: int, cue_start: int, cue_end: int
) -> Attribution | None:
    """The passive of a verb that addresses its object, whose subject right before it was told
    (the addressee), with a that-clause or a clause after it and no speaker but an agent after
    "by": "The jury was told that the victim had been stabbed", "He was told that …", "Staff
    were informed by the management that …" (not an order, "He was told to leave", an object,
    "was told a lie", nor a question, "was asked whether …")."""
    addressee = (
        Phrase(group - 1, group)
        if group > 0 and sentence.lows[group - 1] in sentence.roles.subject_pronouns
        else _phrase_before(sentence, group)
    )
    if addressee is None:
        return None
    # (past adverbs and phrases of time: "was warned last year that …")
    position, agent = _passive_agent(sentence, _skip_adverbials(sentence, cue_end))
    if position >= sentence.last:
        return None  # "… are told" ends the sentence: nothing told
    low = sentence.lows[position]
    if not (
        low == _THAT
        or (low not in sentence.roles.complementizers and _clause_follows(sentence, position))
    ):
        return None  # (nor a question: "was asked whether …" tells what was asked, not said)
    return _passive_attribution(sentence, position, agent, (cue_start, cue_end), addressee)


def _clause_of_time(case: _VerbCase, after: int) -> bool:
    """Whether a clause of time follows a verb of saying at ``after``: a word of the
    ``adverbial_subordinators`` role before a subject (a pronoun, an article, a name), an
    "-ing" form or a participle ("…, Michael Howard pledged as he unveiled the manifesto", "…,
    she said while visiting Leeds", "…, he said when asked about the budget"), which is no
    content; not after a verb of naming ("described as …"), nor
    "as many as", "as well as"."""
    sentence = case.sentence
    following = after + 1
    if (
        sentence.lows[after] not in sentence.roles.adverbial_subordinators
        or _FLAG_NAMING in case.flags
        or following >= sentence.last
        or _that_after_clause_of_time(sentence, after) is not None  # the content follows it
    ):
        return False
    low = sentence.lows[following]
    return (
        low in sentence.roles.subject_pronouns
        # an article, not a quantifier ("as many as 1,000 fishermen")
        or (
            sentence.word_class(following) == "det"
            and low not in sentence.roles.quantifier_subjects
        )
        or (sentence.is_capitalised(following) and not sentence.is_quote(following))
        or (
            (low.endswith(_CLAUSE_OF_TIME_ENDINGS) or low in sentence.lexicon.past_tenses)
            and sentence.is_lower(following)
            and not sentence.word_class(following)
        )
    )


def _content_before_time_clause(case: _VerbCase, before: int, after: int) -> bool:
    """Whether the content of a verb of saying that a clause of time follows stands before its
    subject ("Taxes would fall, the minister said as he unveiled the budget"): a separator
    before the subject, and words before it that are a content, not an adverbial of the
    attribution's own clause ("At the briefing, reporters asked when the troops would leave":
    the content is the question after the verb)."""
    sentence = case.sentence
    if not (
        before >= 0
        # a comma, or a quotation that holds its comma ('"I don't know," Smith said when asked')
        and (sentence.is_separator(before) or sentence.is_quote(before))
        and _clause_of_time(case, after)
    ):
        return False
    content = _content_before(sentence, before)
    return content is not None and not _adverbial(sentence, content[1])


def _predicative_participle(case: _VerbCase) -> bool:
    """Whether a form in -ing after "be" is an adjective: a coordinator follows it, nothing the
    verb takes ("The figures were encouraging and staff were thanked", "The results are
    promising and …"; not "were urging the council to act", nor a trailing "…, he was saying."
    or "is saying: “…”")."""
    group = case.group
    if (
        not group.auxiliaries
        or group.auxiliaries[0] not in case.sentence.roles.be
        or FormKind.GERUND not in case.kinds
    ):
        return False
    after = case.cue_end
    return after < case.sentence.last and case.sentence.word_class(after) == "conj"


def _subject_then_verb(case: _VerbCase) -> Attribution | None:
    """ "Officials said …", "The company has announced …", "“A,” he said": a finite verb with
    its subject right before it, the content after the verb or, trailing, before the subject."""
    if case.usage is not _USAGE_FINITE or case.subject is None:
        return None
    sentence, flags, kinds, group = case.sentence, case.flags, case.kinds, case.group
    cue_start, cue_end, subject = case.cue_start, case.cue_end, case.subject
    first, stop, words = subject
    if len(words) == 1 and words[0].lower() in sentence.roles.first_person:
        return None  # "I think …" outside quotation marks: the author, or a broken quotation
    if _FLAG_DOCUMENT in flags and sentence.lows[stop - 1] not in sentence.lexicon.documents:
        return None  # "figures show …", not "he showed he can win"
    bare = not group.auxiliaries and not kinds & _FINITE
    if bare and not _plural_subject(sentence, first, stop):
        return None  # "a similar question", "the tax claim": a noun, not a verb
    if _conditional_subject(sentence, first):
        return None  # "if the judge rules that …": a hypothesis, nobody said it
    if sentence.is_lower(first) and sentence.lows[first] in sentence.roles.causative_verbs:
        # "do not let consumers know what …": the verb's own subject is left out; the words
        # before the cue are a causative verb and its object, nobody who speaks
        return None
    if (
        first > 0
        and sentence.lows[first - 1] == _INFINITIVE_MARKER
        and sentence.is_lower(first)
        and sentence.word_class(first) not in _PHRASE_OPENING_CLASSES
        # "to" of a phrase of amount is a preposition: "Close to half of voters said …"
        and not (first > 1 and sentence.lows[first - 2] in sentence.roles.approximators)
    ):
        # "are to back controversial government plans to …": the words after "to" are a verb
        # and its object, not a subject, and the cue word is the object's noun
        return None
    if _predicative_participle(case):
        return None  # "The results are promising and …": an adjective, no verb of saying
    if (
        _FLAG_OBJECT in flags
        and not group.auxiliaries
        and _FORM_PAST in kinds
        and cue_end < sentence.last
        and _infinitive(sentence, cue_end)
        and sentence.lows[first] not in sentence.roles.subject_pronouns
        and sentence.last == len(sentence.tokens)
    ):
        # "Residents told to boil water", "Blair told to double overseas aid": a headline
        # (no final stop) drops the passive's auxiliary (the active takes whom it told first:
        # "Police told residents to …"; "callers asked to place bets." in a body is theirs);
        # the subject is the addressee, the speaker is not named
        return _passive_attribution(
            sentence, cue_end, None, (cue_start, cue_end), Phrase(first, stop)
        )
    after = _content_start(sentence, cue_end, flags)
    if (
        after is None
        and cue_end < sentence.last
        and _object_relative(sentence, first)
        and (_past_verb(sentence, cue_end) or _auxiliary_word(sentence, cue_end))
    ):
        # "The cuts, which critics say will hit the poorest, …": the relative pronoun is the
        # subject of the content, which opens with its verb
        after = cue_end
    if after is None and object_without_content(sentence, cue_end, flags):
        return None  # "tells the story of a family": no content after it, nor before
    if (
        not group.auxiliaries
        and cue_end < sentence.last
        and sentence.lows[cue_end] == _AGENT
        and FormKind.PARTICIPLE in kinds
        and not _names_someone(sentence, first, stop)
    ):
        # "…, a claim disputed by unions": a thing's passive participle with its agent, which
        # disputes (no speaker "a claim" of the words before it)
        return None
    if (
        not group.auxiliaries
        and _participle_before_verb(sentence, cue_end)
        and not _names_someone(sentence, first, stop)
    ):
        # "A plan announced last week was dropped": a thing's participle ("The firm said last
        # week was its busiest" is the firm's verb)
        return None
    if _FLAG_NOUN in flags and not group.auxiliaries and _FORM_PAST not in kinds:
        # "the swing states of Ohio", "tax claims and debts", "his early-morning tweets"; a
        # base form after its plural subject and before "that" is a verb: "environmentalists
        # worry that …" (a noun would be singular there).
        if not _names_someone(sentence, first, stop) and not (
            bare and after is not None and sentence.lows[after] == "that"
        ):
            return None
        if (
            after is not None
            and sentence.word_class(after) in {"prep", "conj"}
            # "Trump vows to end the war", "Labour pledges to cut taxes"
            and not _infinitive(sentence, after)
        ):
            return None
        if after is not None and _past_verb(sentence, after):
            return None  # "the 11 September attacks pushed claims up": the noun's own verb
    if (
        _FLAG_NOUN in flags
        and not group.auxiliaries
        and _FORM_PAST in kinds
        and after is not None
        and sentence.word_class(after) == "prep"
        and not _infinitive(sentence, after)
        and not _names_someone(sentence, first, stop)
    ):
        # "with 5% growth forecast for 2005": a participle after a noun naming no one, before
        # a preposition, is the noun's attribute
        return None
    if not group.auxiliaries and _verb_before_noun(sentence, case.verb, stop):
        return None  # "has resisted calls for an inquiry", "to face calls for restraint"
    if _FLAG_NAMING in flags and (after is None or not _names_something(sentence, after)):
        return None
    if _parenthetical_speaker(sentence, group.start, cue_end):
        return None  # inverted: "…, the government, suggests Mr Davies, could act as …"
    if (
        _FLAG_NAMING in flags
        and after == cue_end
        and sentence.is_quote(after)
        and not group.auxiliaries
        and not _names_someone(sentence, first, stop)
    ):
        return None  # "a box labeled “medical problem”": a participle, no one names it
    if (
        _FLAG_ACTIVE in flags
        and not group.auxiliaries
        and cue_end < sentence.last
        and sentence.word_class(cue_end) == "prep"
        and not (first > 0 and sentence.lows[first - 1] in sentence.roles.relative_pronouns)
    ):
        # "Footballer accused of assault", "a film accused of being …": with no object between,
        # a passive participle, whose subject is the one accused, not who spoke ("banks it had
        # accused of …", "companies, which hardliners accused of …" are active)
        return None
    before = first - 1
    quoted_before = before >= 0 and sentence.is_quote(before)
    addressed = _FLAG_OBJECT in flags
    addressee = None
    if (
        after is None
        or (quoted_before and sentence.is_quote(after) and sentence.tokens[after - 1].text == ",")
        or (quoted_before and _adverbial_after_quote(sentence, before, after))
        or _content_before_time_clause(case, before, after)
    ):
        # A trailing attribution, as in "The talks failed, officials said." and in
        # "“A,” he said, “B.”" (the content before it, and quotations after it).
        if before < 0 or not (sentence.is_separator(before) or quoted_before):
            return None
        if sentence.lows[first] in sentence.roles.relative_pronouns:
            return None  # "David Klein, who often argued with …": the words before name him
        content = _content_before(sentence, before)
        if content is not None and content[0] is _KIND_DIRECT:
            content = content[0], _following_quotes(sentence, cue_end, content[1])
        elif content is not None and _continues(sentence, cue_end, addressee=addressed):
            # "The plan, officials said, will fail.": the content goes on after the attribution.
            content = content[0], sentence.span(0, sentence.last)
            if addressed:  # "The problem, she told reporters, is …": the addressee is frame
                addressee_end = _addressee(sentence, cue_end)
                if addressee_end is not None and addressee_end <= sentence.last:
                    addressee = sentence.span(cue_end, addressee_end)
        elif content is not None and _adverbial(sentence, content[1]):
            return None  # "In August 2004, the court ruled in favour of …"
        elif content is None and _continues(sentence, cue_end, addressee=addressed):
            if _skip_leading(sentence, 0) >= before:
                # "Still, she says, the plan will work.": only an adverb before the attribution.
                comma = _skip_adverbials(sentence, cue_end)
                if addressed and sentence.tokens[comma].text != ",":
                    # "Still, he told reporters, …": the addressee before the comma
                    end = _addressee(sentence, comma)
                    comma = comma if end is None else _skip_adverbials(sentence, end)
                content = _KIND_INDIRECT, sentence.span(comma + 1, sentence.last)
            else:
                # "Americans, he said, can rock like Jimi.": a subject too short to be a content
                # of its own, and the clause goes on after the attribution.
                content = _KIND_INDIRECT, sentence.span(0, sentence.last)
    else:
        if (_FLAG_OPINION in flags or _FLAG_CLAUSE in flags or _FLAG_TOPIC in flags) and not (
            _clause_follows(sentence, after, infinitive=_FLAG_OPINION in flags)
            or (_FLAG_TOPIC in flags and _topic_follows(sentence, after))
        ):
            return None
        content = _content_after(sentence, after, flags)
        if content is not None:
            content = content[0], _relative_clause_end(sentence, first, content[1])
    if content is None:
        return None
    if addressed and addressee is None and after is None:
        # "“…,” he told the BBC.": the addressee after a trailing verb, up to the sentence's end
        addressee = _trailing_addressee(sentence, cue_end)
    kind, span = content
    mention = sentence.span(first, stop)
    if group.contracted:
        mention = Span(start=mention.start, end=mention.start + len(words[0]))  # "He" of "He’s"
    addressee = addressee or _addressee_span(sentence, cue_end, after, flags)
    return Attribution(
        kind=kind,
        content=span,
        mention=mention,
        mention_words=words,
        cue=(sentence.span(cue_start, cue_end),),
        addressee=addressee,
        answerer=None if addressee is None else _asked(case, addressee),
    )


def _asked(case: _VerbCase, addressee: Span) -> Attribution | None:
    """The one a question is put to, named after a verb of asking (the ``asking_verbs`` role):
    "A reporter asked Helen Clark how the government would pay" asks Helen Clark, who answers
    next ("“…,” she replied"); None after any other verb."""
    sentence = case.sentence
    forms = sentence.lexicon.verbs.get(sentence.lows[case.verb], ())
    if not any(form.lemma in sentence.roles.asking_verbs for form in forms):
        return None
    tokens = sentence.tokens
    start = bisect.bisect_left(tokens, addressee.start, key=token_start)
    stop = bisect.bisect_left(tokens, addressee.end, key=token_start)
    return Attribution(
        kind=_KIND_INDIRECT,
        content=addressee,
        mention=addressee,
        mention_words=sentence.words(start, stop),
    )


def _verb_before_noun(sentence: _Sentence, verb: int, stop: int) -> bool:
    """Whether a form of a verb of saying that can be a noun ("calls", "claims", "demand")
    follows a verb, which makes it that verb's object, not the verb of a subject: a lower-case
    past tense or participle without a determiner before it ("The minister has resisted calls
    for an inquiry", "Unions renewed calls for a strike"; not "the accused claims"), or a word
    after a modal or a word of the ``base_form_markers`` role ("was likely to face further
    calls for restraint", "must answer calls for an inquiry"; not after "is": "The truth is
    experts say …")."""
    head = stop - 1
    if not (
        sentence.lexicon.noun_forms.get(sentence.lows[verb], _NO_NOUN)[0]
        and sentence.is_lower(head)
        and not sentence.word_class(head)  # not "will they feel …"
    ):
        return False
    low = sentence.lows[head]
    before = sentence.lows[head - 1] if head > 0 else ""
    if low.endswith(_PAST_ENDING) or low in sentence.lexicon.past_tenses:
        return sentence.word_class(head - 1) != "det" if head > 0 else True
    return before in sentence.roles.base_form_markers or before in sentence.roles.modal


def _adverbial_after_quote(sentence: _Sentence, quote: int, after: int) -> bool:
    """Whether the words after a verb that attributes the direct quotation right before its
    subject are the frame's adverbials, not a content: "“It never crossed my mind,” she said
    two weeks later.", "… she said several months after her release". The quotation closes
    with a comma, question or exclamation mark inside its marks, and the words after the verb
    open no clause (a complementizer, a subject pronoun, a quotation or a colon would); the
    quotation opens the sentence (not "On “Fox News Sunday,” Mike Pence said …", "as Trump went
    on about “our citizens,” Melanie said yes")."""
    if sentence.tokens[quote].text.rstrip(_QUOTE_CLOSERS)[-1:] not in _QUOTE_INTERRUPTED:
        return False
    if quote > _skip_leading(sentence, 0):
        return False
    low = sentence.lows[after]
    return not (
        sentence.is_quote(after)
        or low in sentence.roles.complementizers
        or low in sentence.roles.subject_pronouns
        or sentence.tokens[after - 1].text == ":"
    )


def _inverted_subject(case: _VerbCase) -> Attribution | None:
    """ "“We will win,” said Mr Blair": the subject after the verb, the content before. A base
    form is a plural present there only for a plain verb of saying ("…, say analysts", "…, warn
    experts"), not one flagged *opinion*, *report*, *document*, *naming* or *noun* ("…, expect
    cinematic cut scenes", "…, call signs and codes"); a verb of naming only after a quotation
    ("“Come back here,” called the officer"; "a new phone, dubbed the Razr," is a participle)."""
    if case.usage is not _USAGE_FINITE or (
        case.subject is not None
        and not _parenthetical_speaker(case.sentence, case.group.start, case.cue_end)
    ):
        return None
    if not case.kinds & _FINITE and case.flags & _NO_BASE_INVERSION:
        return None
    if _FLAG_NAMING in case.flags and not _after_quotation(case.sentence, case.group.start):
        return None  # "a new phone, dubbed the Razr,": a participle naming a thing, no speaker
    if _FLAG_OBJECT in case.flags and case.group.start == _skip_leading(case.sentence, 0):
        return None  # "But told BBC News: “…”": the phrase after the verb is whom it told
    return _inversion(
        case.sentence, case.verb, case.group.start, case.cue_start, case.cue_end, case.kinds
    )


def _after_quotation(sentence: _Sentence, start: int) -> bool:
    """Whether a quotation that opens the sentence stands right before ``start``, or before a
    comma there: "“Come back here,” called the officer" (a verb of naming is a verb of calling
    out after it; not after a title: "released “Help”, dubbed the album of the year")."""
    before = start - 1
    if before > 0 and sentence.tokens[before].text == ",":
        before -= 1
    return before >= 0 and sentence.is_quote(before) and before == _skip_leading(sentence, 0)


def _as_clause(case: _VerbCase) -> Attribution | None:
    """ "As Mr. Bown observed, the tariffs would hurt farmers", "Patriot failed, as analysts
    had predicted": an attribution in an "as" clause frames the clause after it (opening the
    sentence) or before it (after a comma), and a clause it interrupts ("The river, as an
    adviser noted, rarely floods")."""
    if case.usage is not _USAGE_FINITE or case.subject is None or case.subject.start == 0:
        return None
    sentence = case.sentence
    opener = case.subject.start - 1
    if sentence.lows[opener] != "as":
        return None
    if sentence.lows[case.subject.start] in sentence.roles.first_person:
        return None  # "as we all know", "as you know": the writer's aside, nobody's report
    kind = _KIND_INDIRECT
    if opener == _skip_leading(sentence, 0):
        comma = _clause_end(sentence, case.cue_end)
        if comma + 1 >= sentence.last or sentence.tokens[comma].text != ",":
            return None
        start, stop = comma + 1, sentence.last
        if stop - start < _MIN_CONTENT_WORDS:
            return None
    elif opener > 0 and (sentence.tokens[opener - 1].text == "," or sentence.is_quote(opener - 1)):
        # "… “a lawful source,” as X put it": the engine's trailing attribution
        found = trailing_content(
            sentence, opener - 1, trailing_of("en"), start=_skip_leading(sentence, 0)
        )
        if (found is None or found[0] is not _KIND_DIRECT) and _continues(sentence, case.cue_end):
            # "Lisbon, as one adviser pointed out, rarely gets two storms": the clause before
            # the attribution goes on after it (its subject alone may be a single word).
            kind = _KIND_INDIRECT
            start = _skip_leading(sentence, 0) if found is None else found[1]
            stop = sentence.last
        elif found is None:
            return None
        else:
            kind, start, stop = found
    else:
        return None
    first, end, words = case.subject
    return Attribution(
        kind=kind,
        content=sentence.span(start, stop),
        mention=sentence.span(first, end),
        mention_words=words,
        cue=(sentence.span(case.cue_start, case.cue_end),),
        frame=sentence.span(opener, opener + 1),
    )


def _coordinated_verb(case: _VerbCase) -> Attribution | None:
    """ "The nominee outlined his plan and vowed to punish leakers", "Trump is telling veterans
    that … and says he will …", "The bank gave no details, but said they had not been misused":
    a finite verb right after "and" or "but" (``verb_coordinators``) shares the subject of the
    clause before it, the speaker of the sentence's last attribution or else the noun phrase
    that opens the sentence."""
    if case.usage is not _USAGE_FINITE or case.subject is not None:
        return None
    sentence, start = case.sentence, case.group.start
    if start == 0 or sentence.lows[start - 1] not in sentence.roles.verb_coordinators:
        return None
    owner = next((item for item in reversed(case.found) if item.mention is not None), None)
    subject: _Subject | None = None
    if owner is not None and owner.mention is not None and not _relative(sentence, owner):
        first = sentence.first_at(owner.mention.start)
        subject = _Subject(first, sentence.first_at(owner.mention.end), owner.mention_words)
    else:
        opener = _subordinate_opener(sentence, start - 1)
        subject = (
            _sentence_subject(sentence, start - 1)
            if opener is None
            else _sentence_subject(sentence, start - 1, start=opener + 1)
        )
    if subject is None:
        return None
    return _subject_then_verb(case._replace(subject=subject))


def _subordinate_opener(sentence: _Sentence, stop: int) -> int | None:
    """The subordinator or complementizer ("if", "that", "whether") nearest before ``stop`` in
    its clause (no comma, semicolon or colon between), when it opens the predicate of "be":
    the clause whose subject a coordinated verb shares ("The problem is that Smith came out and
    said …": Smith, not "The problem")."""
    for index in range(stop - 1, 0, -1):
        low = sentence.lows[index]
        if low in _CLAUSE_BREAKS:
            return None
        if sentence.word_class(index) == "sub" or low in sentence.roles.complementizers:
            # only a clause that is the predicate of "be": the sentence's subject is no one
            return index if sentence.lows[index - 1] in sentence.roles.be else None
    return None


def _trailing_addressee(sentence: _Sentence, cue_end: int) -> Span | None:
    """Whom a trailing verb with an addressee spoke to, when nothing but adverbials follows the
    addressee: "“…,” he told the BBC.", "“…,” the prime minister told MPs on Monday."."""
    start = _skip_adverbials(sentence, cue_end)
    if start >= sentence.last:
        return None
    end = _addressee(sentence, start)
    if end is None or end > sentence.last:
        return None
    rest = _skip_adverbials(sentence, end)
    if rest < sentence.last and sentence.tokens[rest].text != ",":
        return None
    return sentence.span(start, end)


def _addressee_span(
    sentence: _Sentence, cue_end: int, content: int | None, flags: frozenset[VerbFlag]
) -> Span | None:
    """Whom a verb with an addressee spoke to, when the content follows it: "told [reporters]
    that …", "told [the BBC] on Friday: …", "warned [investors] that …"."""
    if content is None or not (_FLAG_OBJECT in flags or _FLAG_ADDRESSEE in flags):
        return None
    start = _skip_adverbials(sentence, cue_end)
    if start >= content:
        return None
    if _FLAG_OBJECT in flags:
        end = _addressee(sentence, start)
    else:
        content_start = optional_addressee(sentence, start)
        end = None if content_start is None else _addressee(sentence, start)
    return None if end is None or end > content else sentence.span(start, end)


def _continues(sentence: _Sentence, position: int, *, addressee: bool = False) -> bool:
    """Whether the sentence goes on after an attribution set off by commas, with no cue of its
    own: "The plan, officials said, will fail". With ``addressee`` the verb's addressee is
    skipped ("The difference, he told me on Friday, is …"). A phrase of time or place after the
    comma is no continuation ("…, said the senators, in a statement."), and a cue word inside a
    relative, "what" or "as" clause or after a preposition is no cue of the sentence ("…, is
    infected with what he called tribalism", "the re-emergence of questions about …",
    "…, as his aide said") or a noun-like form before a preposition ("a sales counter in"),
    and neither is a
    verb of thinking, part of what was said ("The plan, he says, will work because voters want
    it")."""
    position = _skip_adverbials(sentence, position)
    if addressee and position < sentence.last and sentence.tokens[position].text != ",":
        end = _addressee(sentence, position)
        position = position if end is None else _skip_adverbials(sentence, end)
    if position + 1 >= sentence.last or sentence.tokens[position].text != ",":
        return False
    if _skip_adverbials(sentence, position + 1) >= sentence.last:
        return False
    following = sentence.lows[position + 1]
    if following in sentence.roles.personal_relatives or (
        following in sentence.roles.relative_pronouns
        and (
            sentence.lows[position - 1] not in sentence.lexicon.verbs
            or _finite_clause_before(sentence, position)
        )
    ):
        # "…, said one official, who spoke on condition …", "…, said the company, which
        # employs 5,000 people": the speaker's clause; "Prices meant …, he said, which let
        # people …": the narrator's, after a whole clause (not "The region, the report said,
        # which has been hit by drought, needs help", whose subject goes on)
        return False
    if (
        following in sentence.roles.contrast_subordinators
        and position + 2 < sentence.last
        and _clause_follows(sentence, position + 2)
    ):
        # "…, the Bank said, although it did not rule out a cut": a clause of the narrator's
        # (not "…, although more slowly than expected", the speaker's)
        return False
    if (
        sentence.word_class(position + 1) == "sub"
        and sentence.lows[position + 1] in sentence.roles.participle_openers
        and position + 2 < len(sentence.lows)
        and sentence.lows[position + 2] in sentence.roles.subject_pronouns
    ):
        return False  # "…, officials said, as they left the room": the frame's adverbial clause
    lexicon = sentence.lexicon
    predicate = _interrupted_predicate(sentence, position + 1)
    return not any(
        (
            sentence.lows[later] in lexicon.frames
            or (sentence.lows[later] in lexicon.verbs and _saying(sentence, later))
        )
        and later != predicate
        and not _embedded_cue(sentence, later)
        and not _as_clause_cue(sentence, position + 1, later)
        and not _noun_before_phrase(sentence, later)
        and sentence.word_class(later - 1) not in {"det", "prep"}  # "the plan": a noun
        and sentence.lows[later - 1] != "to"  # "come to believe": an infinitive
        # "The man, police said, has been charged with murder": a passive of the clause
        # the frame interrupts, no attribution of its own (not in a clause of the narrator's
        # after the frame: "…, said Ms Roe, when the contract was announced")
        and not (
            sentence.lows[later - 1] in sentence.roles.be
            and not any(
                sentence.word_class(between) == "sub" for between in range(position + 1, later)
            )
        )
        for later in range(position + 1, sentence.last)
    )


def _interrupted_predicate(sentence: _Sentence, position: int) -> int:
    """The verb after the auxiliaries that open the words at ``position`` after an attribution
    set off by commas: the predicate of the clause the attribution interrupts ("Republicans, he
    said, would write their own legislation": writing, whatever the verb, is what was said to
    happen, no attribution of its own); -1 without an auxiliary there."""
    auxiliaries = sentence.lexicon.auxiliaries
    index = position
    while index < sentence.last and (
        sentence.lows[index] in auxiliaries or sentence.word_class(index) in {"neg", "adv"}
    ):
        index += 1
    return index if index > position and sentence.lows[position] in auxiliaries else -1


def _finite_clause_before(sentence: _Sentence, position: int) -> bool:
    """Whether the words before the comma that opens the attribution ending at ``position``
    hold a finite verb (an auxiliary, a modal or an irregular past: "Higher speeds meant that
    …, he said"): a whole clause, not a subject that goes on after the attribution."""
    comma = next(
        (index for index in range(position - 1, 0, -1) if sentence.tokens[index].text == ","), 0
    )
    return any(_finite_word(sentence, low) for low in sentence.lows[:comma])


def _saying(sentence: _Sentence, index: int) -> bool:
    """Whether a word of the verb lexicon can be a verb of saying where it stands: not one of
    a particle verb without its particle ("went" without "on"), nor a verb of thinking only."""
    chosen = _choose_forms(sentence, index)
    if chosen is None:
        return False
    if _FLAG_QUOTED in chosen[1]:
        return _frames_here(sentence, index if chosen[2] < 0 else chosen[2])
    return _FLAG_OPINION not in chosen[1] or _FLAG_REPORT in chosen[1]


def _frames_here(sentence: _Sentence, end: int) -> bool:
    """Whether a verb flagged *quoted* whose last word is at ``end`` stands where it may frame a
    quotation (:func:`_frames_a_quotation` decides): after a quotation, with at most a comma
    and its subject between ("“…,” she laughed", "“…,” laughed Ms Roe"), or before a colon and
    a quotation ("He went on: “…”"). Elsewhere it is no verb of saying: "any sort of rebuilding
    boom", "prices will continue to rise"."""
    tokens = sentence.tokens
    if end + 2 < len(tokens) and tokens[end + 1].text == ":" and sentence.is_quote(end + 2):
        return True
    for before in range(end - 1, max(-1, end - 1 - _MAX_PHRASE), -1):
        if sentence.is_quote(before):
            return True
        if sentence.is_separator(before) and not (
            tokens[before].text == "," and before > 0 and sentence.is_quote(before - 1)
        ):
            return False
    return False


def _embedded_cue(sentence: _Sentence, position: int) -> bool:
    """Whether a cue word stands in a relative or "what" clause ("what he called", "who
    said", "which she described"): one of the two words before it is such a pronoun."""
    lows = sentence.lows
    return any(
        lows[before] == "what" or lows[before] in sentence.roles.relative_pronouns
        for before in range(max(0, position - 2), position)
    )


def _as_clause_cue(sentence: _Sentence, start: int, position: int) -> bool:
    """Whether a cue word after ``start`` ends an "as" clause that follows a comma or a
    quotation ("…, as John Roe, standing on the bridge, said before he was arrested"): it
    frames the words before it, not a new clause of the sentence."""
    for before in range(position - 1, max(start, position - _MAX_PHRASE) - 1, -1):
        if sentence.lows[before] == "as":
            return before > 0 and (
                sentence.tokens[before - 1].text == "," or sentence.is_quote(before - 1)
            )
    return False


def _noun_before_phrase(sentence: _Sentence, position: int) -> bool:
    """Whether a verb form that is often a noun (flag *noun*) is one where it stands: before a
    preposition, a conjunction or a mark ("waiting at a sales counter in the lobby", "his
    tweets, …"), as after a subject it opens no content."""
    forms = sentence.lexicon.noun_forms.get(sentence.lows[position])
    if forms is None or not forms[1]:
        return False
    following = position + 1
    return (
        following >= sentence.last
        or sentence.is_separator(following)
        or sentence.word_class(following) in {"prep", "conj"}
    )


def _fronted_cue(sentence: _Sentence, index: int) -> bool:
    """Whether a capitalised verb of saying opens the sentence before its subject, a colon and a
    quotation ("Said Mr Fogg: “…”"; see :func:`_fronted_inversion`)."""
    if index != _skip_leading(sentence, 0):
        return False
    tokens = sentence.tokens
    for position in range(index + 1, min(len(tokens) - 1, index + _MAX_PHRASE)):
        if tokens[position].text == ":":
            return sentence.is_quote(position + 1)
        if sentence.is_separator(position) or sentence.is_quote(position):
            return False
    return False


def _title_cue(sentence: _Sentence, index: int) -> bool:
    """A capitalised verb of saying in a headline written in title case: "…, Graham Says"."""
    if not sentence.title:
        return False
    forms = sentence.lexicon.verbs[sentence.lows[index]]
    return all(form.kind in {_FORM_PRESENT, _FORM_PAST, _FORM_PARTICIPLE} for form in forms)


def _participle_before_verb(sentence: _Sentence, cue_end: int) -> bool:
    """Whether the verb form ending at ``cue_end`` is a participle after its noun, with only a
    phrase of time between it and the clause's own verb ("A plan announced last week was
    dropped", "The election predicted for next May will be close"): a form of "be" or "have"
    or a modal follows a word of time."""
    roles = sentence.roles
    position = cue_end
    while position < sentence.last and (
        sentence.lows[position] in roles.time_words
        or sentence.lows[position] in roles.time_nouns
        or sentence.lows[position] in roles.time_prepositions
        or sentence.lows[position] in roles.topics  # "for next May"
        or sentence.tokens[position].text.isdigit()
    ):
        position += 1
    # a whole phrase of time, two words or more ending in a noun of time or a year: "last
    # week", "for next May", "in 2003"; not a subject such as "this" or "2005" ("said this was
    # illegal", "said 2005 should be the year …")
    if position - cue_end < _PAIR_OF_WORDS or position >= sentence.last:
        return False
    end = sentence.lows[position - 1]
    if not (end in roles.time_nouns or (len(end) == _YEAR_DIGITS and end.isdigit())):
        return False
    low = sentence.lows[position]
    return low in roles.be or low in roles.have or low in roles.modal


def _auxiliary_word(sentence: _Sentence, position: int) -> bool:
    """Whether the word at ``position`` is a lower-case form of "be" or "have" or a modal."""
    roles, low = sentence.roles, sentence.lows[position]
    return sentence.is_lower(position) and (
        low in roles.be or low in roles.have or low in roles.modal
    )


def _past_verb(sentence: _Sentence, position: int) -> bool:
    """Whether the lower-case word at ``position`` is a past tense (in -ed or of the
    ``past_tenses`` lexicon): after a verb form that may be a noun ("attacks", "claims") it is
    the noun's own verb, which no content opens with."""
    low = sentence.lows[position]
    return sentence.is_lower(position) and (
        low.endswith("ed") or low in sentence.lexicon.past_tenses
    )


def _names_someone(sentence: _Sentence, first: int, stop: int) -> bool:
    """Whether a subject ends in a name, a pronoun, a role or an organisation ("Clinton",
    "she", "the spokesman", "the company"), not a modifier ("his early-morning")."""
    head = stop - 1
    low = sentence.lows[head]
    if low in sentence.roles.subject_pronouns or low in sentence.roles.relative_pronouns:
        return True
    if low.endswith(("’s", "'s", "s’", "s'")):
        return False  # "Trump’s comments"
    if sentence.is_capitalised(head):
        return (
            low not in sentence.roles.number_words and not sentence.tokens[head].text[:1].isdigit()
        )
    return head >= first and role_or_organisation(sentence.tokens[head].text, "en")


def _names_something(sentence: _Sentence, position: int) -> bool:
    """ "called [the plan] “a disaster”", "called [climate change] a hoax": an object and then
    a name for it; after a pronoun the name may be a bare noun phrase ("would call [them]
    messianic impulses"), and the object may be two coordinated phrases ("called [the citation
    and the demand] a ploy")."""
    if position >= sentence.last:
        return False
    pronoun = sentence.lows[position] in sentence.roles.object_pronouns
    if pronoun:
        following = position + 1
    else:
        phrase = _phrase_after(sentence, position, sentence.last)
        if phrase is None:
            return sentence.is_quote(position)
        following = phrase.stop
        if following + 1 < sentence.last and sentence.lows[following] == "and":
            second = _phrase_after(sentence, following + 1, sentence.last)
            if second is not None and sentence.word_class(following + 1) == "det":
                following = second.stop
    # "called them in an article last week, “…”", "called his remarks on Saturday “…”"
    following = _skip_adverbials(sentence, following)
    if following + 1 < sentence.last and sentence.tokens[following].text == ",":
        following += 1
    if following >= sentence.last:
        return False
    return (
        sentence.is_quote(following)
        or sentence.lows[following] in sentence.roles.articles
        or (
            # a bare plural or a noun with its modifier: "liars", "messianic impulses"
            pronoun
            and following == position + 1
            and sentence.is_nounish(following, head=False)
            and (
                _plural_word(sentence, following)
                or (following + 1 < sentence.last and sentence.is_nounish(following + 1, head=True))
            )
        )
    )


def _plural_subject(sentence: _Sentence, first: int, stop: int) -> bool:
    """Whether a subject can go with a verb's base form: "they say", "critics say"."""
    low = sentence.lows[stop - 1]
    if stop - first == 1 and low in sentence.roles.subject_pronouns:
        return low not in sentence.roles.singular_pronouns
    if stop - first == 1 and _quantifier_subject(sentence, first):
        return True  # "some say", "many believe"
    if stop - first == 1 and low in sentence.roles.relative_pronouns and first > 0:
        # "lawyers who argue that …", "voters, who say …": the antecedent's number
        end = first - 1 if first > 1 and sentence.tokens[first - 1].text == "," else first
        antecedent = _phrase_before(sentence, end)
        return antecedent is not None and _plural_subject(sentence, *antecedent)
    return (
        (low.endswith("s") and not low.endswith(("ss", "’s", "'s")))
        or (low in sentence.roles.plural_heads and _bare_collective(sentence, first, stop))
        or (low in sentence.roles.people_plurals and _people_subject(sentence, first, stop))
        or any(sentence.lows[position] == "and" for position in range(first, stop))
        or _plural_head(sentence, first, stop)
    )


def _plural_head(sentence: _Sentence, first: int, stop: int) -> bool:
    """Whether the head before a subject's first attachment is a plural: "advisers to Mr.
    Obama", "supporters in Congress", "Members of the public", "Sources close to the prince"
    (a relation adjective); not a plural inside an attachment ("the head of the unions")."""
    for position in range(first, stop - 1):
        if sentence.word_class(position + 1) == "prep" or (
            position + 2 < stop
            and f"{sentence.lows[position + 1]} {sentence.lows[position + 2]}"
            in sentence.roles.relation_adjectives
        ):
            return _plural_word(sentence, position)
    return False


def _bare_collective(sentence: _Sentence, first: int, stop: int) -> bool:
    """Whether a subject ending in a noun of the ``plural_heads`` role is that noun with at most
    an article or a name before it ("Police say", "the police say", "Thames Valley Police
    say"), not a noun in a longer phrase ("the far too great police state powers")."""
    return all(
        sentence.word_class(position) == "det" or sentence.is_capitalised(position)
        for position in range(first, stop - 1)
    )


def _people_subject(sentence: _Sentence, first: int, stop: int) -> bool:
    """Whether a subject ending in a noun of the ``people_plurals`` role is that noun with
    articles or capitalised words before it ("Local people say", "Many people say") and opens
    its clause: at the sentence's start or after a conjunction ("…, and men say"), not after
    another lower-case word, whose object it is ("letting people tell their stories"); right
    after a quotation and its comma any words may qualify it ("“…,” local people say"), not
    after a word ("It helps people say …")."""
    before = first - 1
    if before >= 0 and sentence.is_lower(before) and sentence.word_class(before) != "conj":
        return False
    after_mark = before >= 0 and not sentence.tokens[before].text[:1].isalnum()
    return all(
        sentence.word_class(position) == "det"
        or sentence.is_capitalised(position)
        or (after_mark and sentence.lows[position] not in sentence.lexicon.verbs)
        for position in range(first, stop - 1)
    )


def _clause_follows(sentence: _Sentence, position: int, *, infinitive: bool = False) -> bool:
    """Whether a clause starts at ``position`` ("that …", "he will …", "the plan was …") rather
    than a plain object ("expects a rise"); with ``infinitive``, a to-infinitive counts too, on
    its own or after its subject ("wants to run", "wants Congress to act", "expects them to
    fall")."""
    low = sentence.lows[position]
    if _evaluation(sentence, position):
        return False
    if (
        infinitive
        and low in sentence.roles.question_words
        and position + 1 < sentence.last
        and sentence.lows[position + 1] == _INFINITIVE_MARKER
    ):
        return False  # "knew how to decompress it": a skill, not a view
    if (
        low in sentence.roles.complementizers
        or low in sentence.roles.subject_pronouns
        or sentence.is_quote(position)
        or (infinitive and _infinitive(sentence, position))
        # "expects them to become …": an object pronoun as the infinitive's subject
        or (
            infinitive
            and low in sentence.roles.object_pronouns
            and position + 1 < sentence.last
            and _infinitive(sentence, position + 1)
        )
    ):
        return True
    phrase = _phrase_after(sentence, position, sentence.last)
    if phrase is None:
        return False
    if _irregular_past_inside(sentence, phrase.start, phrase.stop):
        return True  # "Figures show the number of crossings rose": "rose" read as a noun
    if (
        infinitive
        and sentence.lows[phrase.stop - 1] in sentence.roles.purpose_nouns
        and phrase.stop < sentence.last
        and sentence.lows[phrase.stop] == _INFINITIVE_MARKER
        and _means_verb(sentence, position - 1)
    ):
        return False  # "found a way to …", "found time to …": a means, not a content
    if _predicate_at(sentence, phrase.stop, infinitive=infinitive):
        return True
    stop = _past_attachments(sentence, phrase.stop)
    # after prepositional phrases only a finite "have", "be" or modal opens the predicate
    # ("feels the row over pay will end"), not an adverb or a participle, which may belong to
    # the last phrase ("sought a tie-up with Air New Zealand last year", "damages in a lawsuit
    # filed …")
    return (
        stop > phrase.stop
        and stop < sentence.last
        and not sentence.lows[stop].endswith(_GERUND_ENDING)
        and (
            sentence.lows[stop] in sentence.roles.have
            or sentence.lows[stop] in sentence.roles.be
            or sentence.lows[stop] in sentence.roles.modal
        )
    )


def _means_verb(sentence: _Sentence, verb: int) -> bool:
    """Whether the word at ``verb`` is a form of a verb of finding or knowing (the
    ``means_verbs`` role), whose noun of purpose and to-infinitive after it is a means it found,
    not a content ("found a way to …"; "believes the way to win is to attack" is a content)."""
    forms = sentence.lexicon.verbs.get(sentence.lows[verb], ()) if verb >= 0 else ()
    return any(form.lemma in sentence.roles.means_verbs for form in forms)


def _predicate_at(sentence: _Sentence, stop: int, *, infinitive: bool) -> bool:
    """Whether the word at ``stop``, right after a noun phrase, opens that phrase's predicate
    (see :func:`_clause_follows`)."""
    if stop >= sentence.last:
        return False
    following = sentence.lows[stop]
    return (
        (infinitive and _infinitive(sentence, stop))
        or following in sentence.roles.have
        or following in sentence.roles.be
        or following in sentence.roles.modal
        or following.endswith(_NEGATED)
        or sentence.word_class(stop) == "adv"
        or _past_verb_of_clause(sentence, stop)
        or _quoted_predicate(sentence, stop)
    )


def _quoted_predicate(sentence: _Sentence, position: int) -> bool:
    """Whether a quotation at ``position``, right after a noun phrase, is that phrase's predicate:
    it opens in lower case with a finite verb, a form of "be" or "have", a modal, an irregular
    past tense or a word in -ed or -s ("added the pair “brought a real warmth”", "said the rate
    “amounts to a failure”"; not "flagged up eight “critical” holes", "showing the woman “from
    a more discreet angle”")."""
    if not sentence.is_quote(position):
        return False
    text = sentence.tokens[position].text
    if not opens_lower_case(text):
        return False
    first = text.lstrip(_QUOTATION_OPENERS).split(" ", 1)[0].rstrip(_WORD_ENDS)
    return _finite_word(sentence, first) or first.endswith(_FINITE_ENDINGS)


def _past_verb_of_clause(sentence: _Sentence, position: int) -> bool:
    """Whether the lower-case word at ``position``, right after a noun phrase, is that phrase's
    verb in the past: an irregular past tense of ``past_tenses.txt`` ("expects the economy
    grew"); a form in -ed may be a participle after its noun ("found the body buried in the
    garden")."""
    return sentence.is_lower(position) and sentence.lows[position] in sentence.lexicon.past_tenses


def _irregular_past_inside(sentence: _Sentence, start: int, stop: int) -> bool:
    """Whether a noun phrase ``start:stop`` holds an irregular past tense of ``past_tenses.txt``
    right after a lower-case noun: the clause's verb read as a noun ("the number of crossings
    rose", "the economy grew")."""
    past_tenses = sentence.lexicon.past_tenses
    return any(
        sentence.lows[position] in past_tenses
        and sentence.is_lower(position)
        and sentence.is_nounish(position - 1, head=True)
        for position in range(start + 1, stop)
    )


def _evaluation(sentence: _Sentence, position: int) -> bool:
    """Whether the words at ``position``, right after a verb of the ``evaluating_verbs`` role,
    are a pronoun, a predicative word and a to-infinitive: how the subject found something, not
    what anyone said or thought ("People with tremors find it hard to use a mouse", "found them
    easy to fix"; "found that …" and "found it was broken" are contents). After a noun phrase
    the predicative word cannot be told from its noun ("found the form difficult to fill in",
    "found the plan to cut jobs"): that stays a content."""
    if position == 0 or sentence.lows[position - 1] not in sentence.roles.evaluating_verbs:
        return False
    low = sentence.lows[position]
    if low not in sentence.roles.subject_pronouns and low not in sentence.roles.object_pronouns:
        return False
    predicate = position + 1
    return (
        predicate + 1 < sentence.last
        and sentence.is_lower(predicate)
        and sentence.word_class(predicate) in _PREDICATIVE_CLASSES
        and _infinitive(sentence, predicate + 1)
    )


def _choose_forms(
    sentence: _Sentence, index: int
) -> tuple[frozenset[FormKind], frozenset[VerbFlag], int] | None:
    """The forms the word can be, its flags, and the index of its particle (or -1).

    A verb with a particle ("point out", "call for") is chosen when the particle follows; the
    plain verb otherwise.
    """
    lexicon = sentence.lexicon
    low = sentence.lows[index]
    found = sentence.particle_after(index)
    if found is not None:
        form, position = found
        same = [item for item in lexicon.verbs[low] if item.lemma == form.lemma]
        return frozenset(item.kind for item in same), form.flags, position
    plain = lexicon.plain_forms[low]
    if plain is None:
        return None
    return plain[0], plain[1], -1


class _Subject(NamedTuple):
    """A speaker mention: its tokens ``start:stop`` and the words that name the speaker."""

    start: int
    stop: int
    words: tuple[str, ...]


class _Group(NamedTuple):
    """A verb and what stands before it: ``start`` is the first adverb or auxiliary ("also has
    said"), ``cue_start`` the first auxiliary or the verb, ``auxiliaries`` the auxiliaries nearest
    first, ``contracted`` whether the first is written onto a pronoun ("he’s saying")."""

    start: int
    cue_start: int
    auxiliaries: tuple[str, ...]
    contracted: bool


class _VerbCase(NamedTuple):
    """A verb of saying in its sentence: what the English verb rules look at."""

    sentence: _Sentence
    verb: int  # the verb's token
    found: list[Attribution]  # the sentence's attributions so far
    kinds: frozenset[FormKind]
    flags: frozenset[VerbFlag]
    group: _Group
    usage: _Usage
    cue_start: int
    cue_end: int
    subject: _Subject | None  # the subject right before the verb group, for a finite verb


#: How a verb of saying is read, tried in this order (the first that finds a quotation wins).
VERB_RULES: RuleTable[_VerbCase, Attribution] = RuleTable(
    "English verb",
    (
        _quoted_as_saying,
        _participle_clause_cue,
        _passive_cue,
        _subject_then_verb,
        _as_clause,
        _coordinated_verb,
        _inverted_subject,
    ),
)


#: The usage each rule of :data:`VERB_RULES` reads: every rule asks for it first and returns
#: None for the others (a rule added to the table without its usage here fails the import).
_RULE_USAGES: dict[Callable[[_VerbCase], Attribution | None], _Usage] = {
    _quoted_as_saying: _USAGE_GERUND,
    _participle_clause_cue: _USAGE_GERUND,
    _passive_cue: _USAGE_PASSIVE,
    _subject_then_verb: _USAGE_FINITE,
    _as_clause: _USAGE_FINITE,
    _coordinated_verb: _USAGE_FINITE,
    _inverted_subject: _USAGE_FINITE,
}

#: Per usage, the rules that read it, in the table's order: a verb cue is tried only on them
#: (about 25k cues a pass, for most of which three to five rules would return None at once).
_RULES_BY_USAGE = {
    usage: tuple(rule for rule in VERB_RULES.rules if _RULE_USAGES[rule] is usage)
    for usage in _Usage
}


def _verb_group(sentence: _Sentence, index: int) -> _Group:
    lows = sentence.lows
    all_auxiliaries = sentence.lexicon.auxiliaries
    roles = sentence.roles  # (read once: the loop tests several roles for most words before it)
    start = cue_start = index
    auxiliaries: list[str] = []
    position = index - 1
    while position >= 0 and index - position <= _MAX_AUX:
        low = lows[position]
        if low in all_auxiliaries and (
            sentence.is_lower(position)
            # "Having said that", not "Brian May", nor "May said" where the text names Brian May
            or (position == 0 and not _surname_in_text(sentence, sentence.tokens[0].text))
        ):
            auxiliaries.append(low)
            start = cue_start = position
        elif low.endswith(_NEGATED):
            stem = low[:-3]
            auxiliaries.append(stem if stem in all_auxiliaries else "do")
            start = cue_start = position
        elif low.endswith(_CONTRACTED_AUX) and re.split(r"[’']", low, maxsplit=1)[0] in (
            roles.subject_pronouns
        ):
            auxiliaries.append("’s" if low.endswith(("’s", "'s")) else "will")
            return _Group(
                start=position, cue_start=index, auxiliaries=tuple(auxiliaries), contracted=True
            )
        elif (
            sentence.word_classes.get(low) in {"adv", "neg"}
            # an adverb in -ly ("recently said"), not a role noun ("Brown's ally said")
            or (low.endswith("ly") and not role_or_organisation(low, "en"))
            # "once said", "once again said": not the subordinator it is before a subject
            or (
                low in roles.verb_adverbs
                and (
                    position + 1 == index or sentence.word_classes.get(lows[position + 1]) == "adv"
                )
            )
        ) and sentence.is_lower(position):  # the method call last: most words fail before
            start = position
            if sentence.word_classes.get(low) == "neg" and cue_start == position + 1:
                # "Mr Jones never said he would quit": the negation is the cue's, as in "has
                # never said" (a content without it would read as said)
                cue_start = position
        elif (
            low in roles.floating_quantifiers
            and position > 0
            and sentence.is_lower(position)
            and (
                sentence.lows[position - 1] in roles.subject_pronouns
                # "Ministers have both said": after "have" or a modal, which the loop takes
                # next (not "be": "are all seeking to …" is no act of saying)
                or sentence.lows[position - 1] in roles.have
                or sentence.lows[position - 1] in roles.modal
                or _phrase_before(sentence, position) is not None
            )
        ):
            start = position  # "Smith and Jones all suggested", "they both said"
        elif (
            low in roles.time_nouns and position > 0 and lows[position - 1] in roles.time_modifiers
        ):
            # "Wells Fargo this month announced", "The ministry on Monday said"
            position -= 1
            start = position
        elif (
            (low in roles.time_nouns or (len(low) == _YEAR_DIGITS and low.isdigit()))
            and position > 0
            and lows[position - 1] in roles.time_prepositions
        ):
            # "The Strategy Unit in 2003 said", "The commission in March said"
            position -= 1
            start = position
        else:
            break
        position -= 1
    # Only a perfect infinitive ("to have told") is raised: most verbs have no auxiliary.
    raised = _raised_from(sentence, start, auxiliaries) if auxiliaries else None
    if raised is not None:
        # "Mr Brown is alleged to have told …": the subject of "is alleged" speaks
        return _Group(raised.start, raised.cue_start, tuple(auxiliaries), False)
    # Positional (in the fields' order): keywords make a named tuple slower to build.
    return _Group(start, cue_start, tuple(auxiliaries), False)


#: The endings of the participles and gerunds that open a participle clause ("Asked about …",
#: "Speaking to reporters …").
_PARTICIPLE_ENDINGS = ("ed", "ing")


def _conditional_subject(sentence: _Sentence, first: int) -> bool:
    """Whether the subject at ``first`` opens a condition (the ``conditional_subordinators``
    role right before it: "if the Brazilian decides to leave", "unless they decide to appeal";
    also a question's "if": "asked if the minister said the plan was dead" reports the asking,
    not the minister), not after "even" (a concession)."""
    if first < 1 or sentence.lows[first - 1] not in sentence.roles.conditional_subordinators:
        return False
    return first < 2 or sentence.lows[first - 2] != _CONCESSIVE


#: The word that makes "if" concessive ("even if the coach admitted …").
_CONCESSIVE = "even"
#: The word classes that open a noun phrase after "to" as a preposition ("to the Institute")
_PHRASE_OPENING_CLASSES = frozenset({"det", "pron", "num"})
_PRESENT_PARTICIPLE = "ing"
# A year, which before a participle or gerund dates the noun after it ("the 2015 ruling").
_YEAR_NUMBER = re.compile(r"(?:19|20)\d\d")
# The word classes that may follow a participle opening its clause ("Shivering in a dress",
# "Smiling broadly"), unlike a verb after a name ("Browning said").
_PARTICIPLE_CLAUSE_STARTS = frozenset({"prep", "det", "adv"})

#: The fewest words of a phrase of time ("last week", "in 2003").
_PAIR_OF_WORDS = 2

#: The digits of a year ("in 2003"), which with a preposition of time is an adverbial.
_YEAR_DIGITS = 4

#: The words between the participle of a form of "be" and the perfect infinitive of a verb of
#: saying whose subject is raised to that form of "be": "is alleged | to | have told".
_RAISED_WORDS = 2


def _raised_from(sentence: _Sentence, start: int, auxiliaries: list[str]) -> _Group | None:
    """The verb group of the participle when a verb of saying stands in a perfect infinitive
    after a form of "be" and a participle of the ``raising_participles`` role ("Mr Brown is
    alleged to have told …", "She is said to have warned …", "is reported to have said"; also
    with adverbs and auxiliaries of its own: "is also said to have", "has been widely reported
    to have said"), so that the subject before it is the speaker; None otherwise."""
    participle = start - _RAISED_WORDS
    if (
        participle <= 0
        or auxiliaries != ["have"]
        or sentence.lows[start - 1] != "to"
        or sentence.lows[participle] not in sentence.roles.raising_participles
    ):
        return None
    group = _verb_group(sentence, participle)
    if group.contracted or sentence.roles.be.isdisjoint(group.auxiliaries):
        return None  # not "He’s said to have told …", read as "has said"
    return group


def _usage(
    kinds: frozenset[FormKind], auxiliaries: tuple[str, ...], roles: WordRoles
) -> _Usage | None:
    """How the verb is used, from the forms it can be and the auxiliaries before it."""
    if not auxiliaries:
        if not kinds.isdisjoint(_FINITE_OR_BASE):
            return _USAGE_FINITE
        return _USAGE_GERUND if _FORM_GERUND in kinds else None
    nearest = auxiliaries[0]
    if nearest == "’s":
        if _FORM_GERUND in kinds:
            return _USAGE_FINITE
        return _USAGE_FINITE if _FORM_PARTICIPLE in kinds else None
    if nearest in roles.be:
        if _FORM_GERUND in kinds:
            return _USAGE_FINITE
        return _USAGE_PASSIVE if _FORM_PARTICIPLE in kinds else None
    if nearest in roles.have:
        return _USAGE_FINITE if _FORM_PARTICIPLE in kinds else None
    return _USAGE_FINITE if _FORM_BASE in kinds else None


def _subject_before(sentence: _Sentence, group: int, *, contracted: bool) -> _Subject | None:
    """The subject right before a verb group: a pronoun, a noun phrase, or a noun phrase with an
    apposition or relative clause set off by commas ("Mr Smith, the firm's chief executive,")."""
    if contracted:
        token = sentence.tokens[group]
        pronoun = re.split(r"[’']", token.text, maxsplit=1)[0]
        return _Subject(group, group + 1, (pronoun,))
    if group == 0:
        return None
    before = group - 1
    if sentence.lows[before] in sentence.roles.subject_pronouns:
        return _Subject(before, group, sentence.words(before, group))
    if sentence.lows[before] in sentence.roles.relative_pronouns:
        # "an architect who said …": the relative pronoun is the mention, its antecedent the
        # speaker.
        # (after a comma, or for a person after a dash: "Souness - who refused to …")
        set_off = before > 0 and (
            sentence.tokens[before - 1].text == ","
            or (
                sentence.tokens[before - 1].text in _DASHES
                and sentence.lows[before] in sentence.roles.personal_relatives
            )
        )
        stop = before - 1 if set_off else before
        antecedent = _phrase_before(sentence, stop) if stop > 0 else None
        if antecedent is not None:
            antecedent = _nearest_antecedent(sentence, _past_age(sentence, antecedent))
        if antecedent is not None:
            antecedent = _within_relative_clause(sentence, antecedent)
        words = (
            sentence.words(before, group)
            if antecedent is None
            else _mention_words(sentence, *antecedent)
        )
        named = None if antecedent is None else _named_before_role(sentence, antecedent)
        if named is not None:
            # "said Jane Smith, a nurse who told the BBC …": the nurse is Jane Smith
            words = (*words, ",", *_mention_words(sentence, *named))
        return _Subject(before, group, words)
    restrictive = _restrictive_relative_subject(sentence, group)
    if restrictive is not None:
        return restrictive
    phrase = _phrase_before(sentence, group)
    if phrase is not None:
        phrase = _recipient_owner(
            sentence, _gerund_owner(sentence, _participle_owner(sentence, phrase))
        )
        pronoun = _pronoun_before_adverbial(sentence, phrase.start)
        if pronoun is not None:
            # "who in the past criticised", "which has for years argued": the phrase is an
            # adverbial's, the pronoun before it the subject
            return _subject_before(sentence, pronoun + 1, contracted=False)
        phrase = _coordinated_subject(sentence, _unclosed_apposition(sentence, phrase))
        return _Subject(
            phrase.start, phrase.stop, _mention_words(sentence, phrase.start, phrase.stop)
        )
    if sentence.tokens[before].text != "," and sentence.tokens[before].text not in _DASHES:
        return None
    if _speaker_closes(sentence, group):
        return None  # "…, outstripping the Xbox, said Mr Smith.": an inverted speaker
    return _apposition_subject(sentence, before)


#: The fewest words of a full name: a first name and a surname.
_FULL_NAME_WORDS = 2
#: The preposition of a passive's agent.
_AGENT_PREPOSITION = "by"
#: The preposition of whom a document is written to ("a letter to the prime minister").
_RECIPIENT_PREPOSITION = "to"


def _recipient_owner(sentence: _Sentence, phrase: Phrase) -> Phrase:
    """The subject when ``phrase`` is a document's recipient: "The letter to the prime minister
    said …" is the letter's; with an author after the recipient ("A letter to the minister
    from Labour's Bob Laxton said …"), the author's; ``phrase`` itself otherwise."""
    to = phrase.start - 1
    if (
        to < 1
        or sentence.lows[to] != _RECIPIENT_PREPOSITION
        or sentence.lows[to - 1] not in sentence.lexicon.documents
    ):
        return phrase
    author = next(
        (
            position + 1
            for position in range(phrase.start + 1, phrase.stop - 1)
            if sentence.lows[position] in sentence.roles.author_attach
        ),
        None,
    )
    if author is not None:
        return Phrase(author, phrase.stop)
    owner = _phrase_before(sentence, to)
    return phrase if owner is None else owner


def _participle_owner(sentence: _Sentence, phrase: Phrase) -> Phrase:
    """The subject that a passive participle of getting to see a document (the
    ``access_participles`` role) and its agent follow: "A letter seen by the BBC says …", "A
    memo obtained by the Guardian says …" are the letter's and the memo's, the medium only saw
    them (but "A statement issued by Lycos said" stays Lycos's, who wrote it); ``phrase``
    itself otherwise."""
    by = phrase.start - 1
    participle = by - 1
    if (
        participle < 1
        or sentence.lows[by] != _AGENT_PREPOSITION
        or sentence.lows[participle] not in sentence.roles.access_participles
    ):
        return phrase
    owner = _phrase_before(sentence, participle)
    return phrase if owner is None else owner


def _gerund_owner(sentence: _Sentence, phrase: Phrase) -> Phrase:
    """The subject that opens the sentence before a gerund whose object ``phrase`` is: "Experts
    studying the seas have forecast …" are the experts' words, not the seas'; ``phrase`` itself
    otherwise (also when the gerund's noun opens no sentence: "He said experts studying …")."""
    gerund = phrase.start - 1
    if (
        gerund < 1
        or not sentence.lows[gerund].endswith(_PRESENT_PARTICIPLE)
        or not sentence.is_lower(gerund)
    ):
        return phrase
    owner = _phrase_before(sentence, gerund)
    if owner is None or owner.start != _skip_leading(sentence, 0):
        return phrase
    return owner


def _restrictive_relative_subject(sentence: _Sentence, group: int) -> _Subject | None:
    """A subject that opens the sentence with a relative clause of a person that no comma sets
    off: "A man who lives nearby said …", "The officer who led the inquiry said …", "A woman
    whose son was killed said …". The mention runs from the subject to the verb; the words
    that name the speaker are the antecedent's (not "the inquiry" at the clause's end)."""
    lowest = max(0, group - _MAX_RELATIVE_CLAUSE)
    for position in range(group - 1, lowest, -1):
        token = sentence.tokens[position]
        if token.quote >= 0 or token.text in _CLAUSE_BREAKS:
            return None
        if sentence.lows[position] in sentence.roles.personal_relatives:
            if position + 1 == group:
                return None  # "a man who said …": the pronoun's own verb (see above)
            following = position + 1
            if sentence.lows[position] not in _GENITIVE_RELATIVES and (
                sentence.is_capitalised(following)
                or sentence.word_class(following) in {"det", "pron"}
                or role_or_organisation(sentence.tokens[following].text, "en")
                or role_or_organisation(sentence.tokens[following].text.removesuffix("s"), "en")
            ):
                # "The officer who witnesses said fired the shot": the clause has a subject of
                # its own, whose verb the one found is
                return None
            antecedent = _phrase_before(sentence, position)
            if antecedent is None or antecedent.start != 0:
                return None
            words = _mention_words(sentence, antecedent.start, antecedent.stop)
            named = _dashed_name(sentence, following, group)
            if named is not None:
                # "Another player who failed to win the title - Jimmy White - has admitted …":
                # the name set off by dashes after the clause is the antecedent's
                words = (*words, ",", *_mention_words(sentence, *named))
            return _Subject(0, group, words)
    return None


def _dashed_name(sentence: _Sentence, start: int, group: int) -> Phrase | None:
    """The capitalised phrase set off by dashes that ends the words ``start:group`` before a
    verb group ("… the title - Jimmy White - has admitted"); None otherwise."""
    closing = group - 1
    if closing <= start or sentence.tokens[closing].text not in _DASHES:
        return None
    tokens = sentence.tokens
    opening = next(
        (place for place in range(closing - 1, start, -1) if tokens[place].text in _DASHES),
        None,
    )
    if opening is None:
        return None
    inner = _phrase_after(sentence, opening + 1, closing)
    if inner is None or inner.stop != closing or not sentence.is_capitalised(closing - 1):
        return None
    return inner


def _pronoun_before_adverbial(sentence: _Sentence, start: int) -> int | None:
    """Where a subject or relative pronoun stands before the preposition of a phrase that starts
    at ``start`` (and before the auxiliaries after it): "who in the past criticised", "which
    has for years argued", "she on Monday said"; None otherwise."""
    preposition = start - 1
    if preposition < 1 or sentence.word_class(preposition) != "prep":
        return None
    position = preposition - 1
    auxiliaries = sentence.lexicon.auxiliaries
    while position > 0 and sentence.lows[position] in auxiliaries:
        position -= 1
    low = sentence.lows[position]
    if low in sentence.roles.relative_pronouns or low in sentence.roles.subject_pronouns:
        return position
    return None


def _speaker_closes(sentence: _Sentence, verb: int) -> bool:
    """Whether a verb of saying after a comma is followed by a noun phrase naming someone that
    closes the sentence (with its apposition): the speaker of an inversion ("In most cases, base
    stations are set up badly, said Dr Nobles."), not the subject of a clause before it set off
    by commas, which a content would follow ("Smith, the chairman, said prices rose"); only after
    a plain verb of saying (not "told Reuters", "announced the deal", "called Thou Shalt Not",
    "thinks …"), and not a document ("said the catalogue opens up new possibilities")."""
    forms = sentence.lexicon.plain_forms.get(sentence.lows[verb])
    if forms is None or not forms[0] & _FINITE_OR_BASE or forms[1] & _NO_CLOSING_SPEAKER:
        return False  # "“…,” Roy Asher, chief investment officer, told Reuters."
    if not _clause_before(sentence, verb):
        return False  # "Barcelona, the Spanish champions, added Samuel Eto'o.": no content
    start = _skip_adverbs(sentence, verb + 1)
    if start >= sentence.last or sentence.lows[start] in sentence.roles.time_nouns:
        return False
    phrase = _phrase_after(sentence, start, sentence.last, apposition=True)
    if phrase is None or phrase.stop < sentence.last:
        return False
    head = _last_word(sentence, phrase)
    return (
        sentence.lows[phrase.start] not in sentence.roles.subject_pronouns
        and sentence.lows[head] not in sentence.lexicon.documents  # "said the catalogue opens …"
        and _names_someone(sentence, phrase.start, head + 1)
    )


def _clause_before(sentence: _Sentence, verb: int) -> bool:
    """Whether the words before ``verb`` hold a verb of their own (an auxiliary, a past tense
    or a form in -ed in lower case), as the content of an inverted attribution does ("… base
    stations are set up badly, said Dr Nobles"); a name and its apposition hold none."""
    lexicon = sentence.lexicon
    return any(
        sentence.is_lower(position)
        and (
            sentence.lows[position] in lexicon.auxiliaries
            or sentence.lows[position] in lexicon.past_tenses
            or sentence.lows[position].endswith("ed")
        )
        for position in range(verb - 1)
    )


def _unclosed_apposition(sentence: _Sentence, phrase: Phrase) -> Phrase:
    """ "Dr Erel Avineri, of the Centre for Transport at the University of Leeds said": a name
    opening its clause, a comma and an apposition of where the person works (an ``affiliations``
    preposition before "the" or a capital) that the writer did not close with a comma before
    the verb. The subject is the name with the apposition, not the phrase before the verb
    ("Transport at the University of Leeds"); ``phrase`` itself otherwise."""
    comma = phrase.start - 1
    lowest = max(0, phrase.start - _MAX_APPOSITION)
    tokens = sentence.tokens
    # (is_quote and is_separator read from the token itself: the walk runs back up to 16
    # tokens for most subjects, and a method call per test cost more than the tests)
    while comma > lowest and (token := tokens[comma]).text != ",":
        if token.quote >= 0 or token.text in _SEPARATORS:
            return phrase
        comma -= 1
    opener = comma + 1
    if (
        comma <= 0
        or sentence.tokens[comma].text != ","
        or opener > phrase.start
        or not _name_ends(sentence, comma)
    ):
        return phrase
    affiliation = _affiliation_opens(sentence, opener, phrase.start)
    if not affiliation and not _role_opens(sentence, opener, phrase.stop):
        return phrase
    name = _phrase_before(sentence, comma)
    if (
        name is None
        or not sentence.is_capitalised(name.start)
        or not _opens_clause(sentence, name.start)
        or not (affiliation or _bare_name(sentence, name))
    ):
        return phrase
    return Phrase(name.start, phrase.stop)


def _bare_name(sentence: _Sentence, name: Phrase) -> bool:
    """Whether a noun phrase before a role apposition is a full name alone that opens the
    sentence or follows a quotation or colon: two capitalised words or more, none a function
    word or an adverb ("John Houlihan", not "Firstly", "Speaking from La Manga", "Voters, the
    mayor said, can …", nor the end of a content before a trailing attribution: "… died at his
    home in Malibu, California, a spokesman said")."""
    if name.stop - name.start < _FULL_NAME_WORDS:
        return False
    if name.start != _skip_leading(sentence, 0) and not (
        sentence.is_quote(name.start - 1) or sentence.tokens[name.start - 1].text == ":"
    ):
        return False
    return all(
        sentence.is_capitalised(position)
        and sentence.word_class(position) == ""
        and not sentence.lows[position].endswith(_NOT_NOUN_ENDINGS)
        for position in range(name.start, name.stop)
    )


def _affiliation_opens(sentence: _Sentence, opener: int, head: int) -> bool:
    """Whether an apposition before the noun phrase at ``head`` opens with where the person
    works: an ``affiliations`` preposition before "the" or a capital ("of the Centre for …")."""
    return (
        opener < head
        and sentence.lows[opener] in sentence.roles.affiliations
        and (sentence.lows[opener + 1] == "the" or sentence.is_capitalised(opener + 1))
    )


def _role_opens(sentence: _Sentence, opener: int, stop: int) -> bool:
    """Whether an apposition from ``opener`` up to the verb opens with the person's role: a
    singular role noun in lower case after determiners, modifiers and capitalised words ("editor
    of Computerandvideogames.com", "a Lufthansa spokesman", "head of policy at the Trust",
    "managing director of …"), before any function word or past tense ("36, tracked down Mr
    Pound after her birth mother" is none), so the name before its comma is the subject with
    it; not a plural ("In Paris, officials said")."""
    for position in range(opener, stop):
        if sentence.is_lower(position):
            if role_noun(sentence.tokens[position].text, "en"):
                return not _plural_word(sentence, position)
            low = sentence.lows[position]
            if (
                sentence.word_class(position) not in {"", "det"}
                or low.endswith("ed")
                or low in sentence.lexicon.past_tenses
            ):
                return False
    return False


def _object_relative(sentence: _Sentence, subject: int) -> bool:
    """Whether the subject at ``subject`` follows a relative pronoun right after a comma: the
    verb of saying stands in a relative clause whose gap is the content's subject ("The cuts,
    which critics say will hit the poorest, …", "The man, who police say was armed, …")."""
    return (
        subject >= _COMMA_AND_PRONOUN
        and sentence.lows[subject - 1] in sentence.roles.relative_pronouns
        and sentence.tokens[subject - 2].text == ","
    )


def _commas_inside(sentence: _Sentence, content: Span) -> Iterator[int]:
    """The comma tokens inside ``content`` after its first word, in order (none at the
    sentence's last token)."""
    for position in range(sentence.first_at(content.start), sentence.last - 1):
        token = sentence.tokens[position]
        if token.end > content.end:
            return
        if token.text == "," and token.start > content.start:
            yield position


def _before_clause_comma(sentence: _Sentence, content: Span) -> Span:
    """``content`` up to the comma inside it before the main clause's predicate: the first
    comma a verb follows ("…, was the deadliest", "…, denied the claim"; a list's comma is
    passed over: "which ministers claim will tackle crime, terrorism and …, is expected"),
    else the last one a lower-case word follows ("…, take effect in April")."""
    lowered: int | None = None
    for position in _commas_inside(sentence, content):
        following = _skip_adverbs(sentence, position + 1)
        if _main_clause_verb(sentence, following):
            lowered = position
            break
        if sentence.is_lower(position + 1):
            lowered = position
    if lowered is None:
        return content
    return Span(start=content.start, end=sentence.tokens[lowered - 1].end)


def _main_clause_verb(sentence: _Sentence, position: int) -> bool:
    """Whether the word at ``position``, right after a comma that closes a relative clause, is
    the main clause's verb: a lower-case past tense, auxiliary or present form in "-s"."""
    lexicon = sentence.lexicon
    low = sentence.lows[position]
    return sentence.is_lower(position) and (
        low in lexicon.past_tenses
        or low in lexicon.auxiliaries
        or (low.endswith("ed") and sentence.word_class(position) == "")
        or low in _MAIN_CLAUSE_PASTS
        or low in sentence.roles.present_tenses
        or sentence.is_cue_form(position, _PAST_FORM)  # ", who asked …, told Reuters"
    )


def _relative_clause_end(sentence: _Sentence, subject: int, content: Span) -> Span:
    """A content said in a relative clause set off by commas ends with it: at the comma before
    the main clause's verb ("The head of the FBI, who said the plan had failed, left office"
    is "the plan had failed"); the verb is a lower-case past tense or auxiliary right after a
    comma. A relative pronoun without the comma ends only a to-infinitive content
    (:func:`_infinitive_clause_end`)."""
    if _object_relative(sentence, subject):
        # "The attack, which officials said killed 20 people, was …": the clause that the
        # relative pronoun before the subject opens ends at its comma
        return _before_clause_comma(sentence, content)
    if sentence.lows[subject] not in sentence.roles.relative_pronouns:
        return content
    if subject == 0 or sentence.tokens[subject - 1].text != ",":
        return _infinitive_clause_end(sentence, content)
    inner = False  # inside a relative clause of the content's own ("the plan, which …, failed")
    for position in _commas_inside(sentence, content):
        if sentence.lows[position + 1] in sentence.roles.relative_pronouns:
            inner = True
            continue
        if inner:
            inner = False
            continue
        following = _skip_adverbs(sentence, position + 1)
        if _main_clause_verb(sentence, following) and (
            sentence.lows[following] not in sentence.roles.present_tenses
        ):
            return Span(start=content.start, end=sentence.tokens[position - 1].end)
    return content


def _infinitive_clause_end(sentence: _Sentence, content: Span) -> Span:
    """A to-infinitive said in a relative clause ends before the main clause's auxiliary or
    modal: "Parents who refuse to allow contact could be tagged" is "to allow contact", "a man
    who wanted to remain in the UK, was jailed" "to remain in the UK". An infinitive has no
    finite verb of its own; one right after "to" is its own ("to have …"), and the first one
    after a subordinator, a complementizer or a relative pronoun is that clause's inside it ("to
    strike if wages were cut", "to ensure that prices would fall", "to sign players who are
    cheap")."""
    first = sentence.first_at(content.start)
    if first >= sentence.last or not _infinitive(sentence, first):
        return content
    auxiliaries = sentence.lexicon.auxiliaries
    markers = sentence.roles.base_form_markers
    inner = False  # inside a clause of the infinitive's own ("to strike if wages were cut")
    for position in range(first + 2, sentence.last):
        token = sentence.tokens[position]
        if token.end > content.end:
            break
        low = sentence.lows[position]
        if (
            sentence.word_class(position) == "sub"
            or low in sentence.roles.complementizers
            or low in sentence.roles.adverbial_subordinators
        ):
            inner = True  # its first auxiliary is that clause's
            continue
        if inner and sentence.is_lower(position) and _inner_verb(sentence, position):
            inner = False  # "to strike because pay fell": that clause has its verb
            continue
        if low not in auxiliaries or not sentence.is_lower(position):
            continue
        if inner or sentence.lows[position - 1] in markers:
            inner = False  # "if wages were cut", "to have …"
            continue
        stop = position - 1 if sentence.is_separator(position - 1) else position
        return Span(start=content.start, end=sentence.tokens[stop - 1].end)
    return content


def _inner_verb(sentence: _Sentence, position: int) -> bool:
    """Whether the lower-case word at ``position`` is a past tense that is no auxiliary: the
    verb of a clause inside a to-infinitive ("because pay fell", "if needed")."""
    low = sentence.lows[position]
    return low not in sentence.lexicon.auxiliaries and (
        low in sentence.lexicon.past_tenses
        or (low.endswith("ed") and sentence.word_class(position) == "")
    )


def _past_age(sentence: _Sentence, phrase: Phrase) -> Phrase:
    """A number alone set off by commas after a name is the person's age: the phrase is the
    name with it ("Dr Greenspan, 79, who …, said", "Staunton, 49, who told"; the speaker
    analysis leaves the number out); ``phrase`` itself otherwise."""
    start = phrase.start
    if phrase.stop - start != 1 or not sentence.lows[start].isdigit() or start < 2:
        return phrase
    if sentence.tokens[start - 1].text != ",":
        return phrase
    named = _phrase_before(sentence, start - 1)
    if named is None or not sentence.is_capitalised(named.stop - 1):
        return phrase
    return Phrase(named.start, phrase.stop)


def _named_before_role(sentence: _Sentence, phrase: Phrase) -> Phrase | None:
    """The name a role phrase stands in apposition to, right before it and a comma ("Jane
    Smith, a nurse who …"): a phrase of capitalised words alone, no role; None otherwise."""
    comma = phrase.start - 1
    if comma <= 0 or sentence.tokens[comma].text != "," or not _holds_role(sentence, phrase):
        return None
    named = _phrase_before(sentence, comma)
    if (
        named is None
        or _holds_role(sentence, named)
        or any(not sentence.is_capitalised(index) for index in range(named.start, named.stop))
        # not an adverb opening the sentence: "Likewise, any voter who refuses …"
        or (
            named.stop - named.start == 1
            and (
                named.start == 0
                or sentence.word_class(named.start)
                or sentence.lows[named.start].endswith("ly")
            )
        )
    ):
        return None
    return named


def _nearest_antecedent(sentence: _Sentence, phrase: Phrase) -> Phrase:
    """The antecedent of a relative pronoun in a noun phrase with an attachment: the phrase
    after the attaching preposition when it ends in a speaker noun and the head before it names
    no speaker ("the cynicism of experts who wonder …" is the experts, "the chagrin of many US
    lawmakers who blame …" the lawmakers, "criticism from the House of Lords committee, which
    said …" the committee: an "of" inside a name attaches nothing); the whole phrase otherwise
    ("the head of the FBI, who said …" is the head)."""
    for position in range(phrase.stop - 2, phrase.start, -1):
        if sentence.lows[position] in sentence.roles.np_attach:
            if sentence.is_capitalised(position - 1) and sentence.is_capitalised(position + 1):
                continue  # inside a name: "the House of Lords committee"
            if _names_speaker(sentence, phrase.stop - 1) and not _names_speaker(
                sentence, position - 1
            ):
                return Phrase(position + 1, phrase.stop)
            break
    return phrase


def _within_relative_clause(sentence: _Sentence, phrase: Phrase) -> Phrase | None:
    """The antecedent of a relative pronoun whose phrase opens right after another relative
    pronoun: its first words are that clause's verb ("a man who set up two sham weddings for
    couples who wanted …"), so the antecedent is the phrase after the last preposition in it
    ("couples"), or none; ``phrase`` itself otherwise."""
    if phrase.start == 0 or sentence.lows[phrase.start - 1] not in sentence.roles.relative_pronouns:
        return phrase
    for position in range(phrase.stop - 2, phrase.start, -1):
        if sentence.word_class(position) == "prep":
            return Phrase(position + 1, phrase.stop)
    return None


def _names_speaker(sentence: _Sentence, position: int) -> bool:
    """A speaker noun (:func:`_speaker_noun`) or the plural of a noun of people ("lawmakers")."""
    return _speaker_noun(sentence, position) or _plural_noun(sentence, position)


def _coordinated_subject(sentence: _Sentence, phrase: Phrase) -> Phrase:
    """A subject of coordinated names, each with its parenthesis: "Jeff Merkley (D-Ore.),
    Sherrod Brown (D-Ohio) and Robert Menendez (D-N.J.) all suggested": the mention spans every
    name ("Anna Berg and Ben Smith" is one phrase already). The names before the "and" are
    taken when each ends in a capitalised word or a parenthesis, and a list with commas only
    when it opens the clause (not "In Ohio, Jane Roe and John Doe said").

    Two noun phrases of roles or organisations ("The police and the army said", "the mayor
    and two council members said") are one subject when the first opens the clause: not "The
    report criticised the police and the army said …", where the first is an object, nor
    "Smith said the plan failed and Jones added …", two clauses; and when the second has a
    determiner or a number of its own: "chairman and chief executive Bill Ford" is one person
    with two roles. A correlative pair (the ``correlative_openers`` word before the first,
    ``correlative_partners`` between) opens such a subject ("Both the mayor and the governor
    said", "Neither the police nor the army said", "Either the president or his spokesman
    will say")."""
    before = phrase.start - 1
    if before >= 1 and sentence.lows[before] == "and" and _name_ends(sentence, before):
        previous = _phrase_before(sentence, before)
        if (
            previous is None
            or not sentence.is_capitalised(previous.start)
            or sentence.lows[previous.start].isdigit()  # "meet on 12 March … and Kirwan says"
            or _place_of_a_clause(sentence, previous.stop - 1)  # "sealed in Paris and Chirac"
        ):
            return phrase
        start = previous.start
    elif before >= 1 and sentence.lows[before] in sentence.roles.correlative_partners:
        previous = _phrase_before(sentence, before)
        if previous is None:
            return phrase
        first = previous.start
        # "Both the mayor and the governor said", "Neither the mayor nor the governor said":
        # the pair opens the subject ("or" and "nor" join speakers only after it)
        paired = first > 0 and sentence.lows[first - 1] in sentence.roles.correlative_openers
        if paired:
            first -= 1
        if (
            not (paired or sentence.lows[before] == "and")
            or not _second_conjunct(sentence, phrase.start)
            or not _speaker_noun(sentence, phrase.stop - 1)
            or not _speaker_noun(sentence, previous.stop - 1)
            or not (
                _opens_clause(sentence, first)
                # ", but both the police and the army said": the pair leaves no object reading
                or (paired and _after_clause_conjunction(sentence, first))
            )
        ):
            return phrase
        return Phrase(first, phrase.stop)
    elif "and" in sentence.lows[phrase.start : phrase.stop]:
        if sentence.lows[phrase.start][:1].isdigit():
            # "meet on 12 March at Twickenham and Kirwan says": a date and a place, then the
            # subject after the last "and"
            last_and = (
                phrase.stop - 1 - sentence.lows[phrase.start : phrase.stop][::-1].index("and")
            )
            return Phrase(last_and + 1, phrase.stop)
        start = phrase.start  # "Ben Smith and Carl Jones": the list may go on before it
    else:
        return phrase
    for _ in range(_MAX_CONJUNCTS):
        comma = start - 1
        if comma < 1 or sentence.tokens[comma].text != "," or not _name_ends(sentence, comma):
            break
        earlier = _phrase_before(sentence, comma)
        if earlier is None or not sentence.is_capitalised(earlier.start):
            break
        opener = earlier.start - 1
        if opener >= 0 and not (sentence.is_separator(opener) or sentence.is_quote(opener)):
            break
        start = earlier.start
    return Phrase(start, phrase.stop)


def _speaker_noun(sentence: _Sentence, position: int) -> bool:
    """Whether the last word of a noun phrase names a speaker by itself: a name, a role or an
    organisation ("Smith", "the mayor", "the police", "officials"), not a possessive."""
    low = sentence.lows[position]
    return not low.endswith(_POSSESSIVE) and (
        sentence.is_capitalised(position) or role_or_organisation(low, "en")
    )


def _second_conjunct(sentence: _Sentence, position: int) -> bool:
    """Whether the noun phrase at ``position``, after "and", names a speaker of its own: it
    opens with a determiner or a number ("the army", "his lawyer", "two aides"); without one
    it goes with the noun phrase before ("chairman and chief executive Bill Ford", "chat show
    host and East Midlands MEP Robert Kilroy-Silk": one person with two roles)."""
    return (
        sentence.word_class(position) == "det"
        or sentence.lows[position] in sentence.roles.number_words
    )


def _after_clause_conjunction(sentence: _Sentence, position: int) -> bool:
    """Whether a conjunction after a separator stands right before ``position`` (", but both
    the police and the army said")."""
    return (
        position > 1
        and sentence.word_class(position - 1) == "conj"
        and sentence.is_separator(position - 2)
    )


def _opens_clause(sentence: _Sentence, position: int) -> bool:
    """Whether a noun phrase at ``position`` opens its clause: the sentence (after "But",
    "However,"), or after a separator, a quotation, "that" or a subordinating conjunction."""
    if position == 0 or position == _skip_leading(sentence, 0):
        return True
    before = position - 1
    return (
        sentence.is_separator(before)
        or sentence.is_quote(before)
        or sentence.lows[before] in sentence.roles.complementizers
        or sentence.word_class(before) == "sub"
    )


def _name_ends(sentence: _Sentence, position: int) -> bool:
    """Whether a name or a parenthesis ends right before ``position``."""
    previous = position - 1
    return sentence.tokens[previous].text == ")" or sentence.is_capitalised(previous)


def _parenthetical_speaker(sentence: _Sentence, group: int, cue_end: int) -> bool:
    """Whether the verb group ``group:cue_end`` is an inverted parenthetical attribution
    between commas: a comma before the verb, and after the phrase after it (which names
    someone) a comma and an auxiliary that goes on with the sentence ("With 53% online, the
    government, suggests Mr Davies, could act as a middleman": Mr Davies is the speaker, the
    government no subject of "suggests")."""
    if group == 0 or sentence.tokens[group - 1].text != ",":
        return False
    after = _skip_adverbs(sentence, cue_end)
    phrase = _phrase_after(sentence, after, _clause_end(sentence, after))
    if phrase is None or not _names_someone(sentence, phrase.start, phrase.stop):
        return False
    comma = phrase.stop
    return (
        comma + 1 < sentence.last
        and sentence.tokens[comma].text == ","
        and sentence.lows[comma + 1] in sentence.lexicon.auxiliaries
    )


def _full_name_between(sentence: _Sentence, start: int, stop: int) -> bool:
    """Whether ``start:stop`` is a full name: a first name of the lexicon and one or more
    capitalised words ("Tony Blair", "Peter Jones")."""
    return (
        stop - start >= _FULL_NAME_WORDS
        and sentence.tokens[start].text in sentence.lexicon.first_names
        and all(sentence.is_capitalised(position) for position in range(start + 1, stop))
    )


def _apposition_subject(sentence: _Sentence, comma: int) -> _Subject | None:
    """ "Phil Lovas, the state's campaign chairman, said": the subject before a closing comma;
    and before a closing dash, an apposition set off by dashes ("Lord Bingham - a senior law
    lord - said the rules were …", "Mr Bez - himself a former executive at Porsche - said"): the
    verb's subject, not the start of a content before an inverted speaker."""
    marks = _DASHES if sentence.tokens[comma].text in _DASHES else _COMMA
    opening = -1
    for position in range(comma - 1, max(-1, comma - 1 - 2 * _MAX_PHRASE), -1):
        if sentence.tokens[position].text in marks:
            opening = _relative_clause_opening(sentence, position)
            break
        if sentence.is_quote(position) and not _short_quote(sentence, position):
            return None
    if opening <= 0:
        return None
    head = _phrase_before(sentence, opening)
    if head is None:
        return None
    head = _past_age(sentence, head)
    start = _skip_leading(sentence, 0)
    if marks is _DASHES:
        return _dashed_subject(sentence, head, start, comma)
    opener = head.start - 1
    if (
        opener > start
        and sentence.word_class(opener) == "prep"
        and sentence.tokens[opener - 1].text == ","
    ):
        # "John Smith, 45, of Harehills, Leeds, said", "Mary Jones, from Cardiff, Wales,
        # said": where the speaker comes from, in apposition to the subject before it
        before = _apposition_subject(sentence, opener - 1)
        if before is not None:
            return _Subject(before.start, comma, before.words)
        named = _phrase_before(sentence, opener - 1)
        if named is not None and _opens_subject(sentence, named, start):
            return _Subject(named.start, comma, _mention_words(sentence, named.start, named.stop))
    if opener > start and sentence.tokens[opener].text == ",":
        # "Hans Reckers, a director of Germany's central bank, the Bundesbank, said": the
        # head is itself an apposition, to the name that opens the clause
        named = _phrase_before(sentence, opener)
        if (
            named is not None
            and _opens_subject(sentence, named, start)
            and sentence.is_capitalised(opener - 1)
            # not an adverb: "Separately, the firm's chief, …"
            and not (
                named.stop - named.start == 1
                and (sentence.word_class(named.start) or sentence.lows[named.start].endswith("ly"))
            )
            and _holds_role(sentence, head)
            # a name, no role of its own: not "The boss of Ryanair, chief executive, Michael
            # O'Leary, said", whose last apposition names him
            and not _holds_role(sentence, named)
            and not any(sentence.is_lower(index) for index in range(named.start, named.stop))
        ):
            words = (
                *_mention_words(sentence, head.start, head.stop),
                ",",
                *_mention_words(sentence, named.start, named.stop),
            )
            return _Subject(named.start, comma, words)
    if (
        head.start != start
        and not (
            sentence.tokens[opener].text in {",", ":"}
            or sentence.tokens[opener].text in _DASHES  # "WASHINGTON -- President Obama, …,"
            or sentence.lows[opener] == "that"
            or sentence.is_quote(opener)  # "“…,” the chief executive, Sarah Lin, said"
        )
        and sentence.word_class(opener) not in {"sub", "prep", "conj"}  # "since Clinton, at …,"
        and sentence.word_class(start) != "prep"  # "After the ruling Carla Ferstman, …, said"
    ):
        return None
    inner = _phrase_after(sentence, opening + 1, comma)
    if (
        inner is None
        or inner[1] != comma
        or sentence.lows[opening + 1] in sentence.roles.clause_openers
    ):
        # "Graham, who was campaigning in Ohio, said", "Trump, speaking in Virginia, said": a
        # relative or participle clause between the subject and its verb.
        return _Subject(head.start, head.stop, _mention_words(sentence, head.start, head.stop))
    words = (
        *_mention_words(sentence, opening + 1, comma),
        ",",
        *_mention_words(sentence, head.start, head.stop),
    )
    if not any(role_or_organisation(word, "en") for word in sentence.words(opening + 1, comma)):
        words = _mention_words(sentence, head.start, head.stop)
        if (
            any(role_or_organisation(word, "en") for word in sentence.words(head.start, head.stop))
            # "His predecessor, Tony Blair, said": a full name in apposition, whatever the head
            or _full_name_between(sentence, opening + 1, comma)
        ) and sentence.is_capitalised(comma - 1):
            # "the chief executive, Sarah Lin, said": the name in apposition to a role
            words = (*words, ",", *_mention_words(sentence, opening + 1, comma))
    if opener > start and sentence.tokens[opener].text == ",":
        # "“…,” the boss of Ryanair, chief executive, Michael O'Leary, said": a role phrase
        # opening the clause before the role in apposition belongs to the subject too, not to
        # the content before it
        named = _phrase_before(sentence, opener)
        if (
            named is not None
            and _opens_subject(sentence, named, start)
            and _holds_role(sentence, named)
        ):
            return _Subject(named.start, comma, words)
    return _Subject(head.start, comma, words)


def _opens_subject(sentence: _Sentence, named: Phrase, start: int) -> bool:
    """Whether a noun phrase opens the subject's clause: at the clause's start (``start``,
    after leading conjunctions and adverbs), or right after the quotation that opens the
    sentence before an inverted speaker ("“…,” Mary Jones, from Cardiff, Wales, said")."""
    return named.start == start or (named.start == start + 1 and sentence.is_quote(start))


def _holds_role(sentence: _Sentence, phrase: Phrase) -> bool:
    """Whether a phrase holds a role noun of one word or two ("head of the unit", "a board
    member of the bank")."""
    lows = sentence.lows[phrase.start : phrase.stop]
    return any(role_noun(low, "en") for low in lows) or any(
        role_noun(f"{first} {second}", "en") for first, second in itertools.pairwise(lows)
    )


def _relative_clause_opening(sentence: _Sentence, comma: int) -> int:
    """The comma that opens a relative clause with commas of its own, read back from the comma
    ``comma`` inside it: "The actor, whose films include Schindler's List, Michael Collins and
    Star Wars, said" opens at the comma before "whose"; ``comma`` itself when no comma before a
    ``clause_openers`` word stands within a noun phrase's length before it, or a clause mark or
    quotation comes first."""
    for position in range(comma - 1, max(0, comma - _MAX_PHRASE), -1):
        token = sentence.tokens[position]
        if sentence.is_quote(position) or token.text in {";", ":"} or token.text in _DASHES:
            return comma
        if token.text == "," and sentence.lows[position + 1] in sentence.roles.clause_openers:
            return position if _subject_relative(sentence, position + 1) else comma
    return comma


def _subject_relative(sentence: _Sentence, opener: int) -> bool:
    """Whether the relative clause opening at ``opener`` is about its antecedent as a subject
    or owner: "whose …", or "which"/"who" before a lower-case verb or adverb ("which includes
    …", "who represents …"); not "which G7 nations … have blamed", "that …"."""
    low = sentence.lows[opener]
    if low not in sentence.roles.relative_pronouns:
        return low == "whose"
    following = opener + 1
    return sentence.is_lower(following) and sentence.word_class(following) not in {"det", "pron"}


def _dashed_subject(sentence: _Sentence, head: Phrase, start: int, dash: int) -> _Subject | None:
    """The subject before an apposition set off by dashes (``head`` ends at the opening dash,
    ``dash`` is the closing one): the noun phrase opening its clause, at the sentence start or
    after a comma, colon or quotation ("On Thursday, Lord Bingham - a senior law lord - said",
    not "Another player who has failed to win the title - Jimmy White - has admitted"); a name
    and its role set off by a comma before it are the subject too ("Laah Chong-gyu, executive
    director of the bank - one of the firm's creditors - said": the name with the role)."""
    opener = head.start - 1
    words = _mention_words(sentence, head.start, head.stop)
    if opener > 0 and sentence.tokens[opener].text == ",":
        name = _phrase_before(sentence, opener)
        if (
            name is not None
            and sentence.is_capitalised(name.stop - 1)
            and (name.start == start or _opens_apposition(sentence, name.start - 1))
        ):
            words = (*words, ",", *_mention_words(sentence, *name))
            return _Subject(name.start, head.stop, words)
    if head.start != start and not _opens_apposition(sentence, opener):
        return None
    inner = _phrase_after(sentence, head.stop + 1, dash)
    if inner is not None and inner.stop == dash and sentence.is_capitalised(dash - 1):
        # "The firm's chief - Igor Sechin - said": the name in apposition to a role
        words = (*words, ",", *_mention_words(sentence, *inner))
        return _Subject(head.start, dash, words)
    return _Subject(head.start, head.stop, words)


def _opens_apposition(sentence: _Sentence, position: int) -> bool:
    """Whether the token before a subject with an apposition lets it open its clause: a comma,
    a colon or a quotation ("“…,” Laah Chong-gyu, executive director of …, said")."""
    return sentence.tokens[position].text in {",", ":"} or sentence.is_quote(position)


def _inversion(
    sentence: _Sentence,
    index: int,
    group: int,
    cue_start: int,
    cue_end: int,
    kinds: frozenset[FormKind],
) -> Attribution | None:
    """ "“…,” said Mr Blair." and "…, said the minister, who …": the speaker after the verb;
    a base form is a plural present there ("The threat is real, say Cranfield experts")."""
    if group == _skip_leading(sentence, 0) and group == index and kinds & _FINITE:
        return _fronted_inversion(sentence, cue_start, cue_end)
    if group == 0 or not kinds & _FINITE_OR_BASE or group != index:
        return None
    before = group - 1
    if not (sentence.is_separator(before) or sentence.is_quote(before)):
        return None
    if sentence.tokens[before].text in {"(", ")"}:
        return None
    start = _skip_adverbs(sentence, cue_end)
    limit = _clause_end(sentence, start)
    phrase = _phrase_after(sentence, start, limit, apposition=True)
    if (
        phrase is None
        and start + 1 == limit
        and sentence.lows[start] in sentence.roles.quantifier_subjects
    ):
        # "“We had no warning,” said another.": the quantifier alone closes the clause, for the
        # next of the people a text quotes one by one
        phrase = Phrase(start, limit)
    if phrase is None:
        return None
    if not kinds & _FINITE and (
        phrase.stop < sentence.last or _lone_singular_name(sentence, phrase)
    ):
        # "…, say analysts.", not "…, say the Bucharest side …" nor "in a big city, say London"
        return None
    if _clause_subject(sentence, phrase.stop):
        return _subject_set_off(sentence, before, cue_start, cue_end)
    phrase = _coordinated_after(sentence, phrase, limit)
    content = _content_before(sentence, before)
    if content is None:
        return None
    kind, span = content
    if kind is _KIND_DIRECT:
        span = _following_quotes(sentence, phrase.stop, span)
    elif _continues(sentence, phrase.stop):
        # "The problem, said Mr Jain, is educating people": the content goes on after it.
        if not any(_names_someone(sentence, at, at + 1) for at in range(*phrase)):
            # "He missed a tackle, conceded a penalty at the breakdown, was turned over …": the
            # object of one verb of a list, which names nobody
            return None
        span = sentence.span(0, sentence.last)
    elif _adverbial(sentence, span):
        return None  # "On Monday, said the minister, …" never; "After the game, said Smith."
    return Attribution(
        kind=kind,
        content=span,
        mention=sentence.span(*phrase),
        mention_words=_mention_words(sentence, *phrase),
        cue=(sentence.span(cue_start, cue_end),),
    )


def _fronted_inversion(sentence: _Sentence, cue_start: int, cue_end: int) -> Attribution | None:
    """ "Said Mr Fogg: “…”", "Added the minister: “…”": a finite verb of saying that opens the
    sentence, its subject right after it and the quotation after a colon."""
    start = _skip_adverbs(sentence, cue_end)
    phrase = _phrase_after(sentence, start, _clause_end(sentence, start), apposition=True)
    if phrase is None:
        return None
    colon = phrase.stop
    if colon + 1 >= len(sentence.tokens) or sentence.tokens[colon].text != ":":
        return None
    if not sentence.is_quote(colon + 1):
        return None
    content = _content_after(sentence, colon + 1)
    if content is None or content[0] is not _KIND_DIRECT:
        return None
    return Attribution(
        kind=_KIND_DIRECT,
        content=content[1],
        mention=sentence.span(*phrase),
        mention_words=_mention_words(sentence, *phrase),
        cue=(sentence.span(cue_start, cue_end),),
    )


def _clause_subject(sentence: _Sentence, position: int) -> bool:
    """Whether the noun phrase after a verb that ends before ``position`` is the subject of a
    clause the verb takes, not a speaker after it: an auxiliary, a modal or a past tense follows
    ("…, said the police had a duty to investigate", "…, said IE7 would include …")."""
    if position >= sentence.last or not sentence.is_lower(position):
        return False
    return _finite_word(sentence, sentence.lows[position])


def _subject_set_off(
    sentence: _Sentence, comma: int, cue_start: int, cue_end: int
) -> Attribution | None:
    """A subject the writer set off from its verb by a comma, when the verb takes a clause with a
    subject of its own ("The guidance published on Tuesday, said the police had a duty to …",
    "Although details were scant, Mr Gates, said IE7 would include …", "The organisers of the
    tournament, which begins on Monday, said the American has …"): the noun phrase that opens
    the clause (after an adverbial clause set off by a comma) is the speaker, the clause after
    the verb the content."""
    subject = _opening_phrase(sentence, comma)
    if subject is None:
        return None
    after = _content_start(sentence, cue_end, frozenset())
    content = None if after is None else _content_after(sentence, after, frozenset())
    if content is None:
        return None
    return Attribution(
        kind=content[0],
        content=content[1],
        mention=sentence.span(*subject),
        mention_words=_mention_words(sentence, *subject),
        cue=(sentence.span(cue_start, cue_end),),
    )


def _opening_phrase(sentence: _Sentence, stop: int) -> Phrase | None:
    """The noun phrase that opens the sentence before ``stop``, after conjunctions, sentence
    adverbs and an opening adverbial clause set off by a comma ("Although details were scant,
    Mr Gates, said …" is "Mr Gates")."""
    start = _skip_leading(sentence, 0)
    if start < stop and sentence.word_class(start) in {"prep", "sub"}:
        comma = next(
            (
                position
                for position in range(start + 1, min(stop, start + _MAX_PHRASE))
                if sentence.tokens[position].text == ","
            ),
            -1,
        )
        start = _skip_leading(sentence, comma + 1) if comma >= 0 else stop
    if start >= stop or sentence.lows[start] in sentence.roles.subject_pronouns:
        return None
    phrase = _phrase_after(sentence, start, stop)
    if phrase is not None:
        phrase = _before_participle(sentence, phrase)
    if phrase is None or not (
        _names_someone(sentence, phrase.start, phrase.stop)
        or sentence.lows[phrase.stop - 1] in sentence.lexicon.documents
    ):
        return None
    following = sentence.lows[phrase.stop]
    if not (
        sentence.tokens[phrase.stop].text == ","
        or following in sentence.roles.relative_pronouns
        or (sentence.is_lower(phrase.stop) and following.endswith(("ed", "ing")))
    ):
        return None  # "Almost a quarter, 22%, said": no noun phrase up to its apposition
    return phrase


def _coordinated_after(sentence: _Sentence, phrase: Phrase, limit: int) -> Phrase:
    """ "“…,” said the police and the army.": a second noun phrase of a role, an organisation or
    a name after "and" joins the speaker after the verb when the two close the clause ("…,"
    said Anna Roe and her lawyer), so both are speakers; not "said the police and left"."""
    joiner = phrase.stop
    if (
        joiner + 1 >= limit
        or sentence.lows[joiner] != "and"
        or not _speaker_noun(sentence, _last_word(sentence, phrase))
    ):
        return phrase
    second = _phrase_after(sentence, joiner + 1, limit, apposition=True)
    if (
        second is None
        or not _second_conjunct(sentence, second.start)
        or not _phrase_ends(sentence, second.stop, limit)
        or sentence.word_class(second.stop) in {"prep", "conj", "sub"}
        or not _speaker_noun(sentence, _last_word(sentence, second))
    ):
        return phrase
    return Phrase(phrase.start, second.stop)


def _last_word(sentence: _Sentence, phrase: Phrase) -> int:
    """The last word of a noun phrase, before a parenthesis it ends in ("Sen. Jane Roe
    (D-Ohio)")."""
    position = phrase.stop - 1
    if sentence.tokens[position].text == ")":
        while position > phrase.start and sentence.tokens[position].text != "(":
            position -= 1
        position -= 1
    return max(position, phrase.start)


def _attributive_participle(sentence: _Sentence, following: int) -> bool:
    """Whether a participle in -ing is an adjective before its noun, which the clause's verb
    follows ("defending champion said", "The top seed and defending champion told …"): a noun
    right after it, then a finite verb the lexicons know."""
    verb = following + 1
    if verb >= sentence.last or not sentence.is_nounish(following, head=True):
        return False
    low = sentence.lows[verb]
    return low in sentence.lexicon.verbs or low in sentence.lexicon.past_tenses


def _participle_clause(
    sentence: _Sentence,
    group: int,
    cue_start: int,
    cue_end: int,
    flags: frozenset[VerbFlag],
    found: list[Attribution],
) -> Attribution | None:
    """ ", saying …", "by arguing that …", "a tweet attacking …": the speaker is the subject of
    the clause the participle depends on, or the noun phrase right before it."""
    if group == 0:
        return None
    before = group - 1
    low = sentence.lows[before]
    subject: _Subject | None = None
    blamed = _blamed_for(sentence, before) if low == "for" else None
    if blamed is not None:
        # "Critics attacked Oz for saying …": the one blamed for the words said them.
        subject = blamed
    elif (
        sentence.tokens[before].text in _PARTICIPLE_SEPARATORS
        or low in sentence.roles.participle_openers
        or low == "and"
    ):
        if low == "and" and _attributive_participle(sentence, cue_end):
            return None  # "The top seed and defending champion said …"
        owner = next((item for item in reversed(found) if item.mention is not None), None)
        if owner is not None and owner.mention is not None and not _relative(sentence, owner):
            content = _clause_content_following(sentence, cue_end, flags)
            if content is None:
                return None
            return attrs.evolve(
                owner,
                kind=content[0],
                content=content[1],
                cue=(sentence.span(cue_start, cue_end),),
                frame=None,
            )
        subject = _sentence_subject(sentence, group)
    elif sentence.is_nounish(before, head=True) or sentence.is_capitalised(before):
        # A reduced relative clause: "a Donald Trump tweet attacking …".
        phrase = _phrase_before(sentence, group)
        if (
            phrase is not None
            and phrase.start > 1
            and sentence.lows[phrase.start - 1] in sentence.roles.addressed_prepositions
            and _FLAG_OPINION not in flags
            and (
                sentence.lows[phrase.start - 2] in sentence.lexicon.kinds_of
                or sentence.lows[phrase.start - 2] in sentence.lexicon.lower_nouns
            )
            and (
                sentence.is_capitalised(phrase.stop - 1)
                or role_or_organisation(sentence.tokens[phrase.stop - 1].text, "en")
            )
        ):
            # after a verb or noun of saying and a preposition of the addressed_prepositions role
            # the phrase is whom the words were for or about, and the participle clause is the
            # sentence subject's: "Mr Blair heaped praise on Mr Brown saying …", "The minister
            # wrote to the council saying …" (not "paying $2m to an agent claiming ties …")
            subject = _sentence_subject(sentence, group)
            phrase = None
        if phrase is not None and (
            sentence.is_capitalised(phrase.stop - 1)
            or role_or_organisation(sentence.tokens[phrase.stop - 1].text, "en")
        ):
            subject = _Subject(phrase.start, phrase.stop, _mention_words(sentence, *phrase))
            content = _content_following(sentence, cue_end, flags)
            if content is None or (
                _FLAG_OPINION in flags
                and sentence.lows[sentence.first_at(content[1].start)] == "to"
            ):
                return None  # "Anyone planning to move to the UK must …": an intention
            if _FLAG_CLAUSE in flags and not _clause_follows(
                sentence, sentence.first_at(content[1].start)
            ):
                return None  # "a law backed by Mr Bush relating to sodomy": no clause follows
            span = _before_main_verb(sentence, content[1])
            if span is None:
                return None
            return Attribution(
                kind=content[0],
                content=span,
                mention=sentence.span(subject.start, subject.stop),
                mention_words=subject.words,
                cue=(sentence.span(cue_start, cue_end),),
            )
    if subject is None:
        return None
    content = _clause_content_following(sentence, cue_end, flags)
    if content is None:
        return None
    return Attribution(
        kind=content[0],
        content=content[1],
        mention=sentence.span(subject.start, subject.stop),
        mention_words=subject.words,
        cue=(sentence.span(cue_start, cue_end),),
    )


def _clause_content_following(
    sentence: _Sentence, cue_end: int, flags: frozenset[VerbFlag]
) -> tuple[QuoteKind, Span] | None:
    """The content after a participle (:func:`_content_following`); for a verb that is a cue
    only before a clause (flag *clause*) none that opens with an amount ("…, adding that the
    firm would cut jobs", "…, adding the team played well" are contents, "Shares rose 3%,
    adding £2bn to its value" none), for flag *topic* a clause or what was spoken of."""
    content = _content_following(sentence, cue_end, flags)
    if content is None:
        return None
    start = sentence.first_at(content[1].start)
    if _FLAG_CLAUSE in flags and _amount(sentence.tokens[start].text):
        return None  # "Shares rose 3%, adding £2bn to its value": an amount, no words
    if _FLAG_TOPIC in flags and not (
        _clause_follows(sentence, start) or _topic_follows(sentence, start)
    ):
        return None
    if (
        _FLAG_OPINION in flags
        and _FLAG_REPORT not in flags
        and not _clause_follows(sentence, start, infinitive=True)
    ):
        return None  # "browsing and finding out about products": a verb of thinking, no clause
    return content


def _amount(word: str) -> bool:
    """Whether ``word`` opens an amount: a number or a currency sign ("£2bn", "$1.89", "3%")."""
    return bool(word) and (word[0].isdigit() or word[0] in _CURRENCY_SIGNS)


def _topic_follows(sentence: _Sentence, position: int) -> bool:
    """Whether what was spoken of follows at ``position``, after adverbials: a preposition of
    the ``speech_topics`` role ("spoke of his love", "speaking about the plan"; not "was
    speaking to pupils", "speaking ahead of the match")."""
    position = _skip_adverbials(sentence, position)
    return position < sentence.last and sentence.lows[position] in sentence.roles.speech_topics


def _before_main_verb(sentence: _Sentence, content: Span) -> Span | None:
    """The content of a reduced relative clause when it is a prepositional phrase, which ends
    before the verb of the clause its noun phrase is the subject of: "Officials warning [of a
    crisis] met on Monday". That verb is a lower-case auxiliary or modal, or a past tense after
    a noun; None when fewer than two words are left. Any other content is returned whole."""
    roles, past_tenses = sentence.roles, sentence.lexicon.past_tenses
    first = sentence.first_at(content.start)
    if sentence.word_class(first) != "prep":
        # A clause or a noun phrase may have a verb of its own ("figures showing the economy
        # expanded 7%"): only a prepositional content has none.
        return content
    for position in range(first + 1, sentence.last):
        token = sentence.tokens[position]
        if token.end > content.end:
            break
        low = sentence.lows[position]
        if not sentence.is_lower(position) or sentence.is_separator(position - 1):
            continue
        if low in roles.relative_pronouns or low in roles.complementizers:
            return content  # "of a crisis that could hit the banks": a clause inside it
        previous = position - 1
        after_noun = sentence.is_capitalised(previous) or sentence.is_nounish(previous, head=True)
        if after_noun and (
            low in roles.modal
            or low in roles.be
            or low in roles.have
            or low in past_tenses
            or low.endswith("ed")
        ):
            if position - first < _MIN_CONTENT_WORDS:
                return None
            return Span(start=content.start, end=sentence.tokens[previous].end)
    return content


def _blamed_for(sentence: _Sentence, position: int) -> _Subject | None:
    """The object of a verb right before the "for" at ``position`` ("attacked [Oz] for
    saying", "praised [the mayor] for announcing"): a name or a role after a verb, not the
    sentence's subject ("Oz was grilled for saying")."""
    phrase = _phrase_before(sentence, position)
    if phrase is None or phrase.start == 0:
        return None
    verb = sentence.lows[phrase.start - 1]
    if not (
        sentence.is_lower(phrase.start - 1)
        and (
            verb.endswith("ed")
            or verb in sentence.lexicon.past_tenses
            or verb in sentence.lexicon.verbs
        )
        and sentence.word_class(phrase.start - 1) == ""
    ):
        return None
    head = sentence.tokens[phrase.stop - 1].text
    if not (sentence.is_capitalised(phrase.stop - 1) or role_or_organisation(head, "en")):
        return None
    return _Subject(phrase.start, phrase.stop, _mention_words(sentence, *phrase))


def _relative(sentence: _Sentence, attribution: Attribution) -> bool:
    """Whether an attribution's speaker is a relative pronoun ("an architect who said …"): its
    clause does not own a participle clause later in the sentence."""
    mention = attribution.mention
    return mention is not None and (
        sentence.text[mention.start : mention.end].lower() in sentence.roles.relative_pronouns
    )


def _passive(sentence: _Sentence, group: int, cue_start: int, cue_end: int) -> Attribution | None:
    """ "It was reported that …", "it is understood that …"; "… was announced by the police";
    past adverbials before "that": "It was announced on Tuesday that …", "It was claimed last
    night that …"."""
    position = _skip_adverbs(sentence, cue_end)
    if position < sentence.last and sentence.lows[position] not in {_AGENT, _THAT}:
        past = _skip_adverbials(sentence, position)
        if past < sentence.last and sentence.lows[past] == _THAT:
            position = past
    position, agent = _passive_agent(sentence, position)
    subject_pronoun = group > 0 and sentence.lows[group - 1] in sentence.roles.passive_subjects
    if subject_pronoun and position < sentence.last and sentence.lows[position] == _THAT:
        return _passive_attribution(sentence, position, agent, (cue_start, cue_end), None)
    return None


def _passive_agent(sentence: _Sentence, position: int) -> tuple[int, Phrase | None]:
    """The agent after "by" at ``position`` of a passive verb of saying ("… was announced by
    the police"), if any, and where the words after it start."""
    if position < sentence.last and sentence.lows[position] == _AGENT:
        agent = _phrase_after(sentence, position + 1, _clause_end(sentence, position + 1))
        if agent is not None:
            return agent.stop, agent
    return position, None


def _passive_attribution(
    sentence: _Sentence,
    start: int,
    agent: Phrase | None,
    cue: tuple[int, int],
    addressee: Phrase | None,
) -> Attribution:
    """A passive verb of saying's indirect content from ``start`` to the sentence's end, said
    by its agent (if any) to its addressee (if any)."""
    return Attribution(
        kind=_KIND_INDIRECT,
        content=sentence.span(start, sentence.last),
        mention=None if agent is None else sentence.span(*agent),
        mention_words=() if agent is None else _mention_words(sentence, *agent),
        cue=(sentence.span(*cue),),
        addressee=None if addressee is None else sentence.span(*addressee),
    )


def _opening_participle(sentence: _Sentence, position: int) -> bool:
    """Whether the capitalised word at ``position`` opens a participle clause: a form of "have"
    or "be" ("Having been …", "Being …") or a form of a verb of the lexicons ("Asked about …",
    "Speaking to reporters …"), with a lower-case word after it; or any word in -ing before a
    preposition, article or adverb ("Shivering in a long dress, the actress … joked: “…”",
    "Smiling broadly, …"); a name never is one ("Browning said, …": a verb follows it;
    "Groening recently heaped praise on …, saying" after "Matt Groening": a surname)."""
    low = sentence.lows[position]
    return (
        sentence.is_capitalised(position)
        and position + 1 < sentence.last
        and sentence.is_lower(position + 1)
        and (
            low in sentence.roles.have
            or low in sentence.roles.be
            or (low.endswith(_PARTICIPLE_ENDINGS) and low in sentence.lexicon.verbs)
            or (
                low.endswith(_PRESENT_PARTICIPLE)
                and sentence.word_class(position + 1) in _PARTICIPLE_CLAUSE_STARTS
                # "Groening recently heaped praise …" after "Matt Groening": a surname
                and not _surname_in_text(sentence, sentence.tokens[position].text)
            )
        )
    )


def _sentence_subject(sentence: _Sentence, stop: int, *, start: int = 0) -> _Subject | None:
    """The noun phrase that opens the sentence (or the clause at ``start``; before ``stop``) and
    is followed by a verb, after an opening adverbial set off by a comma ("Shortly before the
    debate, two speechwriters implored her …, arguing that …") or a participle clause
    ("Having been pricked into action, the regulator turned … and said …", "Asked about the
    plan, the minister smiled and said …")."""
    opening = start
    start = _skip_leading(sentence, start)
    if start >= stop:
        return None
    if opening == 0 and (
        sentence.word_class(start) in {"prep", "sub"} or _opening_participle(sentence, start)
    ):
        comma = next(
            (
                position
                for position in range(start + 1, min(stop, start + _MAX_PHRASE))
                if sentence.tokens[position].text == ","
            ),
            -1,
        )
        if comma < 0:
            return None
        start = _skip_leading(sentence, comma + 1)
        if start >= stop:
            return None
    if sentence.lows[start] in sentence.roles.subject_pronouns:
        return _Subject(start, start + 1, sentence.words(start, start + 1))
    phrase = _phrase_after(sentence, start, stop)
    if phrase is None:
        return None
    phrase = _before_participle(sentence, phrase)
    if phrase.stop >= stop:
        return None
    # a phrase of time between the subject and its verb ("Gavin Newsom on Monday vetoed a
    # bill, saying …", "The council last week rejected …")
    verb = _after_time_phrase(sentence, phrase.stop, stop)
    timed = verb > phrase.stop
    if sentence.tokens[verb].text == ",":
        # an apposition set off by commas between the subject and its verb ("Cash-strapped
        # companies, including those in the airline industry, had argued …")
        verb = next(
            (
                position + 1
                for position in range(verb + 1, min(stop - 1, verb + _MAX_PHRASE))
                if sentence.tokens[position].text == ","
            ),
            stop,
        )
        if verb >= stop:
            return None
    if not _verbish(sentence, verb) or sentence.is_capitalised(verb):
        return None
    if (
        verb > phrase.stop
        and not timed
        and all(sentence.is_capitalised(position) for position in range(phrase.stop + 1, verb - 1))
    ):
        # a name in apposition is the subject's: "The Lord Chancellor, Lord Falconer, agreed …"
        phrase = Phrase(phrase.start, verb - 1)
    return _Subject(phrase.start, phrase.stop, _mention_words(sentence, *phrase))


def _after_time_phrase(sentence: _Sentence, position: int, stop: int) -> int:
    """Where the clause goes on after a phrase of time of two words at ``position`` (a word of
    the ``time_modifiers`` or ``time_prepositions`` role and a noun of time or a year: "on
    Monday", "last week", "in 2003"); ``position`` without one."""
    following = position + 1
    if following + 1 >= stop:
        return position
    low, noun = sentence.lows[position], sentence.lows[following]
    roles = sentence.roles
    if (low in roles.time_modifiers or low in roles.time_prepositions) and (
        noun in roles.time_nouns or (len(noun) == _YEAR_DIGITS and noun.isdigit())
    ):
        return following + 1
    return position


def _verbish(sentence: _Sentence, position: int) -> bool:
    """Whether the word at ``position``, after a noun phrase, may be its verb (or an adverb
    before it)."""
    following = sentence.lows[position]
    return (
        following in sentence.roles.have
        or following in sentence.roles.be
        or following in sentence.roles.modal
        # an -ly adverb before the verb: "Mr. Schultz generally supported …"
        or following.endswith(("ed", "s", "ly", *_NEGATED))
        or following in sentence.lexicon.past_tenses  # "the senators left the chamber"
        or following in sentence.lexicon.verbs
        or sentence.word_class(position) == "adv"
    )


def _colon_speaker(sentence: _Sentence) -> Attribution | None:
    """ "Caddell continued:": the subject of a sentence that ends in a colon."""
    return _speaker_before_colon(sentence, len(sentence.tokens) - 1)


def _speaker_before_colon(sentence: _Sentence, colon: int) -> Attribution | None:
    """The subject of the clause before the colon at ``colon`` ("Caddell continued:", "Mr Dean
    is confident though: “…”"), with the words between it and the colon as the cue."""
    subject = _sentence_subject(sentence, colon)
    if subject is None:
        return None
    first, stop, words = subject
    cue = (sentence.span(stop, colon),) if stop < colon else ()
    return Attribution(
        kind=_KIND_DIRECT,
        content=sentence.span(first, stop),
        mention=sentence.span(first, stop),
        mention_words=words,
        cue=cue,
    )
