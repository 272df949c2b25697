// Run by the loader before it writes any source: every article the sources quote (`hash` given) is
// stored with the text they were checked against. The row builder (src/store/rows.ts) found each
// excerpt at its offsets in the text whose SHA-256 the source records, so an article stored under that
// same hash proves every quote; nothing later in the transaction changes an article's text, and each
// source is then created against its article (store/create-sources counts them). One row per article,
// not per source: this stays cheap however many sources a batch writes. A row with a `problem` is a
// mismatch, and the write is rolled back.
// Each row also gives the article's day (its `date`, else the day of its `publishedAt`; null for an id
// that is no article), which is the `reportedOn` of what it reports: the caller sets it on the sources
// and relations it writes next, so no statement reads them back.
UNWIND $quoted AS quoted
OPTIONAL MATCH (a:Entity {id: quoted.id})
WHERE a:Article
OPTIONAL MATCH (a)-[:HAS_TEXT]->(t:ArticleText)
RETURN quoted.id AS article, coalesce(a.date, date(datetime(a.publishedAt))) AS day,
  CASE
    WHEN quoted.hash IS NULL THEN null
    WHEN t IS NULL THEN 'no article text'
    WHEN t.hash <> quoted.hash THEN 'article text differs from the one quoted'
  END AS problem
