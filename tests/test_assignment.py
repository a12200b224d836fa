from __future__ import annotations

import itertools
import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newscorpus.evaluation._assignment import maximum_assignment


def _brute_force_total(scores: list[list[float]]) -> float:
    """The best total over every one-to-one pairing of min(rows, columns) pairs."""
    rows = len(scores)
    columns = len(scores[0]) if rows else 0
    if not rows or not columns:
        return 0.0
    if rows <= columns:
        return max(
            sum(scores[row][column] for row, column in enumerate(chosen))
            for chosen in itertools.permutations(range(columns), rows)
        )
    return max(
        sum(scores[row][column] for column, row in enumerate(chosen))
        for chosen in itertools.permutations(range(rows), columns)
    )


def _total(scores: list[list[float]], pairs: tuple[tuple[int, int], ...]) -> float:
    return sum(scores[row][column] for row, column in pairs)


def _matrices(values: st.SearchStrategy[float]) -> st.SearchStrategy[list[list[float]]]:
    return st.tuples(st.integers(0, 5), st.integers(0, 5)).flatmap(
        lambda shape: st.lists(
            st.lists(values, min_size=shape[1], max_size=shape[1]),
            min_size=shape[0],
            max_size=shape[0],
        )
    )


def test_square_matrix_takes_the_best_pairing() -> None:
    scores = [[4.0, 1.0, 3.0], [2.0, 0.0, 5.0], [3.0, 2.0, 2.0]]
    assert maximum_assignment(scores) == ((0, 0), (1, 2), (2, 1))


def test_more_columns_than_rows_pairs_every_row() -> None:
    scores = [[1.0, 9.0, 2.0], [8.0, 9.0, 1.0]]
    assert maximum_assignment(scores) == ((0, 1), (1, 0))


def test_more_rows_than_columns_pairs_every_column() -> None:
    scores = [[1.0, 8.0], [9.0, 9.0], [2.0, 1.0]]
    assert maximum_assignment(scores) == ((0, 1), (1, 0))


def test_greedy_choice_is_not_taken_when_a_better_total_exists() -> None:
    # Greedy would take 10 first and end with 10 + 1; the optimum is 9 + 9.
    scores = [[10.0, 9.0], [9.0, 1.0]]
    assert maximum_assignment(scores) == ((0, 1), (1, 0))


def test_zero_matrix_still_pairs_min_of_rows_and_columns() -> None:
    pairs = maximum_assignment([[0.0, 0.0, 0.0], [0.0, 0.0, 0.0]])
    assert [row for row, _ in pairs] == [0, 1]
    assert len({column for _, column in pairs}) == 2


def test_ties_give_the_same_answer_every_time() -> None:
    scores = [[1.0, 1.0], [1.0, 1.0]]
    assert maximum_assignment(scores) == maximum_assignment([row[:] for row in scores])


def test_negative_scores_are_maximised_too() -> None:
    assert maximum_assignment([[-1.0, -5.0], [-2.0, -1.0]]) == ((0, 0), (1, 1))


def test_no_rows_gives_no_pairs() -> None:
    assert maximum_assignment([]) == ()


def test_rows_without_columns_give_no_pairs() -> None:
    assert maximum_assignment([[], []]) == ()


def test_ragged_rows_are_refused() -> None:
    with pytest.raises(ValueError, match="scores") as excinfo:
        maximum_assignment([[1.0, 2.0], [3.0]])
    assert str(excinfo.value) == "scores must be rectangular: row 0 has 2 values, row 1 has 1"


def test_not_a_number_is_refused() -> None:
    with pytest.raises(ValueError, match="scores") as excinfo:
        maximum_assignment([[1.0, math.nan]])
    assert str(excinfo.value) == "scores must be finite numbers, got nan at [0][1]"


@given(_matrices(st.integers(0, 9).map(float)))
def test_integer_matrices_reach_the_brute_force_optimum(scores: list[list[float]]) -> None:
    assert _total(scores, maximum_assignment(scores)) == _brute_force_total(scores)


@given(_matrices(st.floats(0, 1, allow_subnormal=False)))
def test_fractional_matrices_reach_the_brute_force_optimum(scores: list[list[float]]) -> None:
    total = _total(scores, maximum_assignment(scores))
    assert math.isclose(total, _brute_force_total(scores), rel_tol=1e-9, abs_tol=1e-9)


@given(_matrices(st.sampled_from([0.0, 0.5, 1.0])))
def test_pairs_are_one_to_one_and_as_many_as_the_shorter_side(
    scores: list[list[float]],
) -> None:
    pairs = maximum_assignment(scores)
    columns = len(scores[0]) if scores else 0
    expected = min(len(scores), columns)
    assert (len(pairs), len({row for row, _ in pairs}), len({col for _, col in pairs})) == (
        expected,
        expected,
        expected,
    )
    assert list(pairs) == sorted(pairs)
