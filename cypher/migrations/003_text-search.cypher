// Full-text search over every text the graph holds (`textSearch`): article texts, evidence excerpts,
// statements' quoted words and entity descriptions. One index per field, so a hit names the field it
// matched in and each field is ranked on its own statistics. 'standard-no-stop-words' keeps every word
// in place, so phrases match word for word ("end-to-end encryption" is the phrase "end to end
// encryption") and prefixes ("encrypt*") match words as written, not stems. Not eventually consistent:
// a committed write is searchable at once.
CREATE FULLTEXT INDEX article_text_search IF NOT EXISTS FOR (t:ArticleText) ON EACH [t.text]
  OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-no-stop-words', `fulltext.eventually_consistent`: false } };
CREATE FULLTEXT INDEX source_excerpt_search IF NOT EXISTS FOR (s:Source) ON EACH [s.excerpt]
  OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-no-stop-words', `fulltext.eventually_consistent`: false } };
CREATE FULLTEXT INDEX statement_text_search IF NOT EXISTS FOR (n:Statement) ON EACH [n.text]
  OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-no-stop-words', `fulltext.eventually_consistent`: false } };
CREATE FULLTEXT INDEX entity_description_search IF NOT EXISTS FOR (n:Entity) ON EACH [n.description]
  OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-no-stop-words', `fulltext.eventually_consistent`: false } };
