"""The linear sum assignment problem, maximising: pair rows with columns for the largest total.

Pure Python, after Jonker and Volgenant's shortest augmenting path form of the Hungarian method:
rows are added one at a time, each along a shortest path in the reduced costs, so an ``n`` by
``m`` matrix (``n <= m``) takes ``O(n * n * m)`` steps. A matrix with more rows than columns is
solved transposed. The evaluation matches a document's quotes with it, a few dozen at most.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Sequence

__all__ = ["maximum_assignment"]


def maximum_assignment(scores: Sequence[Sequence[float]]) -> tuple[tuple[int, int], ...]:
    """Pair rows with columns one to one so that the sum of ``scores[row][column]`` is largest.

    ``scores`` is a rectangular matrix of finite numbers given as rows. Every row is paired when
    there are no more rows than columns, every column otherwise, so the result has
    ``min(rows, columns)`` pairs, sorted by row. Pairs with a score of zero (or less) are kept:
    leaving them out is the caller's choice. Among assignments with the same total, the one
    returned is fixed by the matrix alone.

    Raises :class:`ValueError` for ragged rows and for values that are not finite numbers.
    """
    matrix = _checked(scores)
    if not matrix or not matrix[0]:
        return ()
    rows, columns = len(matrix), len(matrix[0])
    if rows <= columns:
        cost = [[-value for value in row] for row in matrix]
        return tuple(enumerate(_minimum_assignment(cost, rows, columns)))
    cost = [[-matrix[row][column] for row in range(rows)] for column in range(columns)]
    pairs = [(row, column) for column, row in enumerate(_minimum_assignment(cost, columns, rows))]
    return tuple(sorted(pairs))


def _checked(scores: Sequence[Sequence[float]]) -> list[list[float]]:
    matrix = [[float(value) for value in row] for row in scores]
    if matrix:
        width = len(matrix[0])
        for number, row in enumerate(matrix):
            if len(row) != width:
                raise ValueError(
                    f"scores must be rectangular: row 0 has {width} values, "
                    f"row {number} has {len(row)}"
                )
            for column, value in enumerate(row):
                if not math.isfinite(value):
                    raise ValueError(
                        f"scores must be finite numbers, got {value!r} at [{number}][{column}]"
                    )
    return matrix


def _minimum_assignment(cost: list[list[float]], rows: int, columns: int) -> list[int]:
    """Return the column of each row for the least total ``cost``; needs ``rows <= columns``.

    Indexes below are 1-based; column 0 is a virtual column that holds the row being added.
    ``row_potential`` and ``column_potential`` are the dual variables: the reduced cost
    ``cost - row_potential - column_potential`` is never negative and is zero on every pair.
    """
    infinity = math.inf
    row_potential = [0.0] * (rows + 1)
    column_potential = [0.0] * (columns + 1)
    row_of_column = [0] * (columns + 1)
    previous_column = [0] * (columns + 1)
    for row in range(1, rows + 1):
        row_of_column[0] = row
        column = 0
        least_reduced = [infinity] * (columns + 1)
        visited = [False] * (columns + 1)
        while True:
            visited[column] = True
            current_row = row_of_column[column]
            current_costs = cost[current_row - 1]
            current_potential = row_potential[current_row]
            delta = infinity
            next_column = 0
            for candidate in range(1, columns + 1):
                if visited[candidate]:
                    continue
                reduced = (
                    current_costs[candidate - 1] - current_potential - column_potential[candidate]
                )
                if reduced < least_reduced[candidate]:
                    least_reduced[candidate] = reduced
                    previous_column[candidate] = column
                if least_reduced[candidate] < delta:
                    delta = least_reduced[candidate]
                    next_column = candidate
            for candidate in range(columns + 1):
                if visited[candidate]:
                    row_potential[row_of_column[candidate]] += delta
                    column_potential[candidate] -= delta
                else:
                    least_reduced[candidate] -= delta
            column = next_column
            if row_of_column[column] == 0:
                break
        while column:
            before = previous_column[column]
            row_of_column[column] = row_of_column[before]
            column = before
    column_of_row = [0] * rows
    for column in range(1, columns + 1):
        if row_of_column[column]:
            column_of_row[row_of_column[column] - 1] = column - 1
    return column_of_row
