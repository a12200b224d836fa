"""The ``newscorpus`` command line: the only module that reads argv and decides exit codes.

Every sub-command reads a SOURCE (a seed file, a folder, a glob, an archive or a JSONL export;
by default the seed article bundled with the package) and writes to stdout or, with ``-o``, to a
file that appears atomically. Errors go to stderr as ``newscorpus: path:line: message`` with exit
code 1, never as a traceback.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import importlib.resources
import json
import os
import shutil
import sys
import textwrap
import time
import warnings
from typing import IO, TYPE_CHECKING, Any, Literal

import attrs

from newscorpus._exceptions import NewsCorpusError, NewsCorpusWarning, format_location
from newscorpus._io.atomic import open_atomic

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Iterator, Sequence

    from newscorpus._corpus.corpus import Corpus, Stats
    from newscorpus._model import Article

__all__ = ["main"]

_PROGRAM = "newscorpus"
_BUNDLED = "bundled seed"
ErrorPolicy = Literal["raise", "warn", "skip"]


class _CliError(Exception):
    """A usage problem found after argparse (bad option combination, unknown kind)."""


@contextlib.contextmanager
def _source_path(source: str | None) -> Iterator[str]:
    """Yield a filesystem path for ``source``; ``None`` means the seed bundled with the package."""
    if source is not None:
        yield source
        return
    bundled = importlib.resources.files("newscorpus") / "_seeds"
    with importlib.resources.as_file(bundled) as path:
        yield str(path)


class _Progress:
    """A one-line article counter on stderr, shown only on a terminal and only for long jobs."""

    def __init__(self, stream: IO[str], *, delay: float = 1.0) -> None:
        self._stream = stream
        self._enabled = stream.isatty()
        self._started = time.monotonic()
        self._delay = delay
        self._count = 0
        self._shown = False

    def track(self, articles: Iterable[Article]) -> Iterator[Article]:
        for article in articles:
            self._count += 1
            if self._enabled and self._count % 50 == 0:
                elapsed = time.monotonic() - self._started
                if elapsed >= self._delay:
                    rate = self._count / elapsed
                    self._stream.write(f"\r{self._count:,} articles ({rate:,.0f}/s)")
                    self._stream.flush()
                    self._shown = True
            yield article
        if self._shown:
            self._stream.write("\r\033[K")
            self._stream.flush()


@contextlib.contextmanager
def _output(target: str, *, newline: str | None = None) -> Iterator[IO[str]]:
    """Stdout for ``-``, otherwise a file written atomically."""
    if target == "-":
        yield sys.stdout
        sys.stdout.flush()
        return
    with open_atomic(target, newline=newline) as stream:
        yield stream


def _read_source(args: argparse.Namespace) -> Iterator[Article]:
    from newscorpus._corpus.corpus import iter_source  # noqa: PLC0415 - keep `newscorpus --help` fast

    with _source_path(args.source) as path:
        yield from _Progress(sys.stderr).track(
            iter_source(
                path,
                errors=args.errors,
                metadata=args.metadata,
                recursive=args.recursive,
                extract=getattr(args, "extract", True),
            ),
        )


def _load_corpus(args: argparse.Namespace) -> Corpus:
    from newscorpus._corpus.corpus import Corpus  # noqa: PLC0415 - keep `newscorpus --help` fast

    corpus = Corpus.from_articles(_read_source(args))
    if getattr(args, "aliases", None):
        corpus = corpus.with_aliases(args.aliases)
    return corpus


# -- sub-commands -----------------------------------------------------------------------------


def _command_export(args: argparse.Namespace) -> int:
    from newscorpus._io import serialize as _serialize  # noqa: PLC0415 - keep `newscorpus --help` fast

    articles = _read_source(args)
    if args.format == "parquet":
        if args.output == "-":
            raise _CliError("--format parquet writes a folder: give it with -o DIR")
        from newscorpus._io.parquet import write_parquet  # noqa: PLC0415 - pyarrow is optional

        try:
            write_parquet(articles, args.output)
        except ImportError as error:  # the arrow extra is missing: say which to install
            raise _CliError(str(error)) from None
        return 0
    # Paths go to the writers themselves: they write atomically, and CSV files get the BOM
    # that spreadsheets need to see UTF-8 (a stream such as stdout gets none).
    target: str | IO[str] = sys.stdout if args.output == "-" else args.output
    if args.format == "jsonl":
        _serialize.write_jsonl(articles, target)
    elif args.format == "csv":
        _serialize.write_csv(articles, target)
    else:
        with _output(args.output, newline="\n") as stream:
            stream.write(_serialize.dumps(list(articles), indent=2))
            stream.write("\n")
    return 0


def _command_stats(args: argparse.Namespace) -> int:
    corpus = _load_corpus(args)
    stats = _stats_record(corpus.stats())
    if args.format == "json":
        print(json.dumps(stats, ensure_ascii=False, indent=2))
        return 0
    for label, value in stats.items():
        print(f"{label.replace('_', ' '):<12} {_format_stat(value)}")
    return 0


def _stats_record(stats: Stats) -> dict[str, object]:
    record: dict[str, object] = {}
    for field in attrs.fields(type(stats)):
        value = getattr(stats, field.name)
        if isinstance(value, dt.date):
            value = value.isoformat()
        elif field.name == "languages":
            value = dict(value)
        record[field.name] = value
    return record


def _format_stat(value: object) -> str:
    if isinstance(value, dict):
        return ", ".join(f"{key}: {count:,}" for key, count in value.items()) or "-"
    if isinstance(value, int):
        return f"{value:,}"
    return "-" if value is None else str(value)


def _command_validate(args: argparse.Namespace) -> int:
    """List every problem as ``path:line: error|warning: ...``; exit 1 if a file is unreadable."""
    errors = 0
    findings = 0
    articles = 0
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", NewsCorpusWarning)
        args.errors = "warn"
        args.extract = False
        for article in _read_source(args):
            articles += 1
            errors += _print_errors(caught)
            for warning in article.warnings:
                findings += 1
                location = format_location(article.source or article.id, warning.line, None)
                print(f"{location}: warning: [{warning.code}] {warning.message}")
        errors += _print_errors(caught)
    print(
        f"{articles:,} articles read, {errors:,} errors, {findings:,} warnings",
        file=sys.stderr,
    )
    return 1 if errors else 0


def _print_errors(caught: list[warnings.WarningMessage]) -> int:
    """Print the reader's warnings about unreadable files as errors; return how many."""
    count = 0
    for item in caught:
        if isinstance(item.message, NewsCorpusWarning):
            problem = item.message
            reason = problem.reason.removesuffix(" (skipped)")
            print(f"{format_location(problem.path, problem.line, None)}: error: {reason}")
            count += 1
    caught.clear()
    return count


def _parse_kind(value: str | None) -> str | None:
    from newscorpus._model import QuoteKind  # noqa: PLC0415 - keep `newscorpus --help` fast

    if value is None:
        return None
    valid = [kind.value for kind in QuoteKind]
    if value not in valid:
        raise _CliError(f"--kind must be one of {', '.join(valid)}, got {value!r}")
    return value


def _command_quotes(args: argparse.Namespace) -> int:
    from newscorpus._io import serialize as _serialize  # noqa: PLC0415 - keep `newscorpus --help` fast

    kind = _parse_kind(args.kind)
    corpus = _load_corpus(args)
    hits = corpus.quotes(speaker=args.speaker, kind=kind, since=args.since, until=args.until)
    rows = list(_serialize.iter_quote_rows_for_hits(hits))
    _write_rows(args, rows, _serialize.QUOTE_COLUMNS, _quote_table)
    return 0


def _quote_table(rows: Sequence[dict[str, Any]], stream: IO[str]) -> None:
    """One row per quote; the speaker's role goes under the name and the quote wraps."""
    width = max(shutil.get_terminal_size((120, 24)).columns, 80)
    speakers = [_speaker_lines(row) for row in rows]
    columns = (
        ("article", 16, [str(row["article_id"]) for row in rows]),
        ("speaker", 30, [line for lines in speakers for line in lines]),
        ("kind", 13, [str(row["kind"]) for row in rows]),
        ("cue", 18, [str(row["cue"] or "") for row in rows]),
    )
    widths = [
        min(max([len(title), *(len(value) for value in values)]), limit)
        for title, limit, values in columns
    ]
    indent = sum(widths) + 2 * len(widths)
    quote_width = max(width - indent, 30)
    header = "".join(f"{title:<{w}}  " for (title, _, _), w in zip(columns, widths, strict=True))
    stream.write(f"{header}quote\n{'-' * min(width, indent + quote_width)}\n")
    for row, speaker in zip(rows, speakers, strict=True):
        quote = textwrap.wrap(str(row["quote"]), quote_width) or [""]
        cells = [[str(row["article_id"])], speaker, [str(row["kind"])], [str(row["cue"] or "")]]
        for line in range(max(len(quote), len(speaker))):
            left = "".join(
                f"{_clip(cell[line] if line < len(cell) else '', w):<{w}}  "
                for cell, w in zip(cells, widths, strict=True)
            )
            stream.write((left + (quote[line] if line < len(quote) else "")).rstrip() + "\n")
    stream.write(f"\n{len(rows):,} quotes\n")


def _speaker_lines(row: dict[str, Any]) -> list[str]:
    name = str(row["speaker"] or "?")
    role = row["speaker_role"]
    return [name, f"({role})"] if role else [name]


def _clip(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def _command_search(args: argparse.Namespace) -> int:
    corpus = _load_corpus(args)
    found = corpus.search(args.query)
    rows = [
        {
            "article_id": article.id,
            "title": article.title,
            "published": article.published.isoformat() if article.published else None,
            "source": article.source,
        }
        for article in found
    ]
    columns = ("article_id", "title", "published", "source")

    def table(rows: Sequence[dict[str, Any]], stream: IO[str]) -> None:
        for row in rows:
            date = row["published"] or "-"
            stream.write(f"{row['article_id']}  {date:<10}  {row['title']}\n")
        stream.write(f"\n{len(rows):,} articles match {args.query!r}\n")

    _write_rows(args, rows, columns, table)
    return 0


def _command_speakers(args: argparse.Namespace) -> int:
    corpus = _load_corpus(args)
    ranked = corpus.speakers()
    if args.top is not None:
        ranked = ranked[: args.top]
    rows = [
        {
            "speaker_id": speaker.id,
            "name": speaker.name,
            "kind": speaker.kind.value,
            "quotes": count,
            "roles": "; ".join(speaker.roles),
            "aliases": "; ".join(speaker.aliases),
        }
        for speaker, count in ranked
    ]
    columns = ("speaker_id", "name", "kind", "quotes", "roles", "aliases")

    def table(rows: Sequence[dict[str, Any]], stream: IO[str]) -> None:
        name_width = min(max((len(str(row["name"])) for row in rows), default=4), 40)
        stream.write(f"{'quotes':>6}  {'name':<{name_width}}  roles\n")
        for row in rows:
            stream.write(
                f"{row['quotes']:>6}  {_clip(str(row['name']), name_width):<{name_width}}  "
                f"{row['roles']}\n",
            )

    _write_rows(args, rows, columns, table)
    return 0


def _command_evaluate(args: argparse.Namespace) -> int:
    from newscorpus.evaluation._scoring import evaluate  # noqa: PLC0415 - keep `newscorpus --help` fast

    report = evaluate(args.gold, limit=args.limit)
    with _output(args.output, newline="\n") as stream:
        if args.format == "json":
            stream.write(json.dumps(report.to_dict(), ensure_ascii=False, indent=2) + "\n")
        else:
            stream.write(report.to_markdown())
    return 0


def _write_rows(
    args: argparse.Namespace,
    rows: Sequence[dict[str, Any]],
    columns: Sequence[str],
    table: Callable[[Sequence[dict[str, Any]], IO[str]], None],
) -> None:
    import csv  # noqa: PLC0415 - only needed for one output format

    if args.format == "jsonl":
        with _output(args.output, newline="\n") as stream:
            for row in rows:
                stream.write(json.dumps(row, ensure_ascii=False) + "\n")
    elif args.format == "csv":
        with _output(args.output, newline="") as stream:
            writer = csv.DictWriter(stream, fieldnames=list(columns), extrasaction="ignore")
            writer.writeheader()
            writer.writerows(rows)
    else:
        with _output(args.output, newline="\n") as stream:
            table(rows, stream)


# -- argument parsing -------------------------------------------------------------------------


def _add_source(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "source",
        nargs="?",
        default=None,
        help="seed file, folder, glob, .zip/.tar/.tar.gz archive or .jsonl export "
        f"(default: the {_BUNDLED} article)",
    )
    parser.add_argument(
        "--errors",
        choices=("raise", "warn", "skip"),
        default="raise",
        help="on a bad file: stop (raise, default), report it and go on (warn), or go on (skip)",
    )
    parser.add_argument("--metadata", help="metadata sidecar (.jsonl or .csv) mapping ids to dates")
    parser.add_argument("--recursive", action="store_true", help="descend into sub-folders")


def _add_output(parser: argparse.ArgumentParser, formats: Sequence[str], default: str) -> None:
    parser.add_argument(
        "--format", choices=tuple(formats), default=default, help=f"default: {default}"
    )
    parser.add_argument(
        "-o", "--output", default="-", help="file to write, atomically (default: - for stdout)"
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=_PROGRAM,
        description="Who said what: read news articles, extract quotations and their speakers.",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    quotes = commands.add_parser("quotes", help="list the quotations and who said them")
    _add_source(quotes)
    quotes.add_argument("--speaker", help="only quotes by this speaker (name, alias or surname)")
    quotes.add_argument("--kind", help="direct, indirect, free_indirect or reported")
    quotes.add_argument("--since", help="only articles published on or after this date")
    quotes.add_argument("--until", help="only articles published on or before this date")
    quotes.add_argument("--aliases", help="alias table (.json or .csv) that wins over the merge")
    _add_output(quotes, ("table", "jsonl", "csv"), "table")
    quotes.set_defaults(handler=_command_quotes)

    export = commands.add_parser(
        "export", help="write articles with their quotes as JSON/CSV or a Parquet folder"
    )
    _add_source(export)
    export.add_argument("--no-extract", dest="extract", action="store_false", help="skip quotes")
    _add_output(export, ("json", "jsonl", "csv", "parquet"), "jsonl")
    export.set_defaults(handler=_command_export)

    stats = commands.add_parser("stats", help="count articles, paragraphs, words, quotes, dates")
    _add_source(stats)
    stats.add_argument("--format", choices=("table", "json"), default="table")
    stats.set_defaults(handler=_command_stats)

    validate = commands.add_parser("validate", help="list every problem with file:line")
    _add_source(validate)
    validate.set_defaults(handler=_command_validate)

    search = commands.add_parser("search", help="articles containing all the words of a query")
    _add_source(search)
    search.add_argument("query", help='words (all must occur) and "quoted phrases"')
    _add_output(search, ("table", "jsonl", "csv"), "table")
    search.set_defaults(handler=_command_search)

    speakers = commands.add_parser("speakers", help="the most quoted speakers")
    _add_source(speakers)
    speakers.add_argument("--top", type=int, help="show only the N most quoted")
    speakers.add_argument("--aliases", help="alias table (.json or .csv) that wins over the merge")
    _add_output(speakers, ("table", "jsonl", "csv"), "table")
    speakers.set_defaults(handler=_command_speakers)

    evaluate = commands.add_parser("evaluate", help="score the extractor on gold data")
    evaluate.add_argument("--gold", required=True, help="GNQA or PolNeAR JSONL file")
    evaluate.add_argument("--limit", type=int, help="score only the first N documents")
    _add_output(evaluate, ("markdown", "json"), "markdown")
    evaluate.set_defaults(handler=_command_evaluate)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("default", NewsCorpusWarning)
            warnings.showwarning = _show_warning
            result: int = args.handler(args)
    except (NewsCorpusError, _CliError) as error:
        print(f"{_PROGRAM}: error: {error}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        raise  # the reader of our output went away: run() deals with it
    except OSError as error:
        # Missing files, permissions, a full disk: the operating system's message says it best.
        print(f"{_PROGRAM}: error: {_describe_os_error(error)}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    return result


def _describe_os_error(error: OSError) -> str:
    """``path: reason`` like the other errors, without Python's ``[Errno N]`` prefix."""
    if error.strerror is None:
        return str(error)
    if error.filename is None:
        return error.strerror
    return f"{error.filename}: {error.strerror}"


def _show_warning(
    message: Warning | str,
    category: type[Warning],
    filename: str,
    lineno: int,
    file: IO[str] | None = None,
    line: str | None = None,
) -> None:
    del filename, lineno, file, line
    label = "warning" if issubclass(category, NewsCorpusWarning) else category.__name__
    print(f"{_PROGRAM}: {label}: {message}", file=sys.stderr)


def run() -> None:
    """Entry point for the ``newscorpus`` script: exit with :func:`main`'s code."""
    try:
        code = main()
        sys.stdout.flush()
    except BrokenPipeError:
        # `newscorpus quotes | head`: the reader went away. Point stdout at /dev/null so the
        # interpreter's final flush does not fail again, and exit quietly (as the Python docs
        # recommend for SIGPIPE).
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        code = 1
    raise SystemExit(code)
