// Whether the source (evidence record) `that` is in the view $view, by the rules of visible/fact on its own
// `addedAt`, `retractedAt` and `reportedOn`. Written into a statement wherever it says
// VISIBLE_SOURCE(variable) (src/db/cypher.ts).
(($view.asOf IS NULL OR that.addedAt IS NULL OR that.addedAt <= datetime($view.asOf))
  AND ($view.retracted OR that.retractedAt IS NULL OR ($view.asOf IS NOT NULL AND that.retractedAt > datetime($view.asOf)))
  AND ($view.reportedOn IS NULL OR coalesce(that.reportedOn <= date($view.reportedOn), false)))
