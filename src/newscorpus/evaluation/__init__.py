"""Score the extractor on gold data: GNQA (German) and PolNeAR (English) quotation annotations.

The names here are also importable from ``newscorpus`` itself. ``newscorpus evaluate --gold FILE``
is the command-line front end; docs/evaluation.md reports the measured scores.
"""

from newscorpus.evaluation._scoring import (
    CUE_TYPES,
    FOUND_THRESHOLD,
    GNQA_LABELS,
    POLNEAR_THRESHOLDS,
    ROLES,
    ContentScore,
    EvaluationReport,
    GoldDocument,
    GoldFormat,
    GoldQuote,
    GoldRole,
    RoleScore,
    TypeRecall,
    detect_gold_format,
    evaluate,
    gold_quotes_as_predictions,
    read_gnqa,
    read_gold,
    read_polnear,
    score_gnqa,
    score_polnear,
)

__all__ = [
    "CUE_TYPES",
    "FOUND_THRESHOLD",
    "GNQA_LABELS",
    "POLNEAR_THRESHOLDS",
    "ROLES",
    "ContentScore",
    "EvaluationReport",
    "GoldDocument",
    "GoldFormat",
    "GoldQuote",
    "GoldRole",
    "RoleScore",
    "TypeRecall",
    "detect_gold_format",
    "evaluate",
    "gold_quotes_as_predictions",
    "read_gnqa",
    "read_gold",
    "read_polnear",
    "score_gnqa",
    "score_polnear",
]
