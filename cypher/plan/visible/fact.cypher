// Whether the fact relation `that` is in the view $view ({asOf, reportedOn, retracted}; see
// src/data/view.ts): asserted by `asOf` (no `assertedAt`: part of the seed graph, always), not retracted
// by then (unless `retracted`, which shows retracted facts too), and reported on or before `reportedOn`.
// Property checks only, made after the index-backed anchor or expansion that found `that`. Written into a
// statement wherever it says VISIBLE_FACT(variable) (src/db/cypher.ts).
(($view.asOf IS NULL OR that.assertedAt IS NULL OR that.assertedAt <= datetime($view.asOf))
  AND ($view.retracted OR that.retractedAt IS NULL OR ($view.asOf IS NOT NULL AND that.retractedAt > datetime($view.asOf)))
  AND ($view.reportedOn IS NULL OR coalesce(that.reportedOn <= date($view.reportedOn), false)))
