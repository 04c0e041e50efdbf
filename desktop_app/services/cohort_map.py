"""The cohort phenotype map as arrays: one point per assessment with ferritin, for one scatter.

``core.charts.map_point`` places one assessment; drawing 100 000 of them as ``MapPoint``
objects would cost seconds, so the same placement is read here from the result columns
(tested equal to ``map_point`` on every golden file): x = ferritin in ng/mL, y = HLA-DR when
its unit is the one the rule compares (``HlaDrUnit.is_quantitative``), otherwise none (drawn
on the bottom edge); a censored value (``<``, ``<=``, ``>``, ``>=``) is open.  The map's
regions, thresholds and ranges are ``core.charts.phenotype_map`` of the extreme points (the
ranges depend on nothing else).  A value that a log axis cannot show (0) is drawn open on the
axis edge, never left out.  Nothing here decides anything.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import numpy as np

from desktop_app.core.charts import MapPoint, PhenotypeMap, phenotype_map
from desktop_app.core.values import Comparator
from desktop_app.core.words import ENGLISH, Words
from desktop_app.lab_import.samples import COMPARATORS, HLA_DR_UNITS
from desktop_app.services.cohort import CohortResult

# Censoring per comparator code (``lab_import.samples.COMPARATORS``): 0 exact, 1 the true
# value is above (">", ">="), 2 below ("<", "<=") — as ``core.charts`` draws them.
CENSOR = np.array([0 if c is None else {Comparator.GT: 1, Comparator.GE: 1, Comparator.LT: 2,
                                        Comparator.LE: 2}.get(c, 0) for c in COMPARATORS],
                  np.int8)
_QUANTITATIVE = np.array([u is not None and u.is_quantitative for u in HLA_DR_UNITS], bool)


@dataclass(frozen=True)
class MapColumns:
    """Points of a cohort map.  ``index[k]`` is the assessment of point ``k``; ``x``/``y``
    the place to draw it (natural units, inside the map's ranges; ``y`` on the bottom edge
    without a usable HLA-DR); ``x_censor``/``y_censor`` as ``CENSOR``; ``no_y`` the points
    without a usable HLA-DR; ``phenotype`` the ``PHENOTYPE_ORDER`` code; ``open`` whether the
    marker is open (censored, no usable HLA-DR, or not drawable on a log axis)."""

    index: np.ndarray
    x: np.ndarray
    y: np.ndarray
    x_censor: np.ndarray
    y_censor: np.ndarray
    no_y: np.ndarray
    phenotype: np.ndarray
    open: np.ndarray
    description: PhenotypeMap

    @property
    def n(self) -> int:
        return len(self.index)


def map_columns(result: CohortResult, *, title: str = "Cohort phenotype map",
                tr: Words = ENGLISH) -> MapColumns:
    """The map of every assessment of ``result`` that has a ferritin value; its axes, regions
    and notes in the language of ``tr``."""
    x_all = result.numbers("f_ng_ml")
    index = np.flatnonzero(~np.isnan(x_all))
    x = x_all[index]
    s = result.samples
    if s is None or not len(index):
        return MapColumns(index, x, x.copy(), np.zeros(0, np.int8), np.zeros(0, np.int8),
                          np.zeros(0, bool), np.zeros(0, np.int8), np.zeros(0, bool),
                          phenotype_map((), title=title, tr=tr))
    quantitative = _QUANTITATIVE[s.categories["h_unit"][index].astype(np.int64)]
    y = result.numbers("h_value")[index]
    no_y = ~quantitative | np.isnan(y)
    y = np.where(no_y, np.nan, y)
    x_censor = CENSOR[s.categories["f_comparator"][index].astype(np.int64)]
    y_censor = np.where(no_y, 0, CENSOR[s.categories["h_comparator"][index].astype(np.int64)])
    phenotype = result.phenotype_codes()[index]
    # Ranges and note from the extremes; the points themselves are these arrays.
    description = replace(phenotype_map(_extremes(x, y, no_y), title=title, tr=tr), points=())
    (x0, _), (y0, _) = description.x_range, description.y_range
    drawable_x, drawable_y = x > 0, no_y | (y > 0)
    x = np.where(drawable_x, x, x0)
    y = np.where(no_y | ~drawable_y, y0, y)
    opened = (x_censor != 0) | (y_censor != 0) | no_y | ~drawable_x | ~drawable_y
    return MapColumns(index, x, y, x_censor.astype(np.int8), y_censor.astype(np.int8), no_y,
                      phenotype.astype(np.int8), opened, description)


def _extremes(x: np.ndarray, y: np.ndarray, no_y: np.ndarray) -> tuple[MapPoint, ...]:
    """Points that give ``phenotype_map`` the ranges and note of all of them: its ranges
    depend only on the smallest and largest positive x and y, its note on whether a point has
    no usable y."""
    xs, ys = x[x > 0], y[~no_y & (y > 0)]
    x_low, x_high = (float(xs.min()), float(xs.max())) if len(xs) else (0.0, 0.0)
    y_low, y_high = (float(ys.min()), float(ys.max())) if len(ys) else (None, None)
    points = [MapPoint(x_low, y_low if y_low is not None else 0.0, "", "", None, ""),
              MapPoint(x_high, y_high if y_high is not None else 0.0, "", "", None, "")]
    if no_y.any():
        points.append(MapPoint(x_low, None, "", "", None, ""))
    return tuple(points)
