// How many articles are dated within [$low, $high] (the `articles` list's date range), up to
// $countLimit, read from the `:Article(date)` index.
MATCH (a:Article)
WHERE a.date >= date($low) AND a.date <= date($high)
WITH a LIMIT $countLimit
RETURN count(a) AS total
