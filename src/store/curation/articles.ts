/**
 * `addArticle`: a new article (its text stored and hashed) through the write path, with the MENTIONS edges
 * mention linking finds in its text, all in the mutation's transaction.
 */
import { nameKey } from '../../ontology.js';
import { type ArticleInput, sha256 } from '../rows.js';
import { linkMentions } from '../mentions.js';
import { type Run, writeRecords } from '../write.js';
import { invalid } from './errors.js';
import type { AddArticle } from './inputs.js';
import { resolveEntity } from './state.js';
import type { Clock, Outcome } from './transaction.js';

export interface ArticleResult {
  article: string;
  created: boolean;
  /** The MENTIONS relations linked, by id, with the entity each names. */
  mentions: { id: string; entity: string }[];
  /** Names in the text that name more than one entity, left unlinked. */
  ambiguous: { text: string; entities: string[] }[];
}

/** An article's id: a slug of its title and the start of its text's hash, so the same article added twice is the same record. */
const articleId = (title: string, text: string) =>
  `article:${
    nameKey(title)
      .normalize('NFKD')
      .replace(/[^a-z0-9 ]/g, '')
      .trim()
      .replace(/ +/g, '-')
      .slice(0, 60)
      .replace(/-$/, '') || 'untitled'
  }-${sha256(text).slice(0, 8)}`;

export async function addArticle(run: Run, clock: Clock, actor: string, input: AddArticle, maxChars: number): Promise<Outcome<ArticleResult>> {
  if (input.text.length > maxChars)
    throw invalid(['text'], `is ${input.text.length} characters long; articles of at most ${maxChars} are stored (setting MAX_ARTICLE_CHARS)`);
  const outlet = input.outlet ? await resolveEntity(run, input.outlet, ['outlet']) : undefined;
  if (outlet && outlet.kind !== 'Outlet') throw invalid(['outlet'], `${outlet.id} is a ${outlet.kind}, not an Outlet`);
  const id = articleId(input.title, input.text);
  // The same title and text again: the article is stored already (its id says so); nothing to write.
  const stored = await resolveEntity(run, id, ['title'], 'article').then(
    (a) => a.id === id,
    () => false,
  );
  if (stored) return { result: { article: id, created: false, mentions: [], ambiguous: [] }, changes: [] };
  const article: ArticleInput = {
    id,
    file: `${id.slice('article:'.length)}.txt`,
    title: input.title,
    description: `"${input.title}", added through the API by ${actor}.`,
    aliases: [],
    publishedAt: input.publishedAt,
    date: input.publishedAt.slice(0, 10),
    ...(input.url ? { url: input.url } : {}),
    ...(input.author ? { byline: input.author } : {}),
    ...(outlet ? { outlet: outlet.id } : {}),
    text: input.text,
    assertedAt: clock.stored,
    assertedBy: actor,
    version: 1,
  };
  const linked = await linkMentions(run, { id, text: input.text });
  const mentions = linked.relations.map((r) => ({ ...r, assertedAt: clock.stored, assertedBy: actor, version: 1 }));
  await writeRecords(run, { articles: [article], entities: [], relations: mentions }, new Map([[id, input.text]]));
  return {
    result: {
      article: id,
      created: true,
      mentions: mentions.map((m) => ({ id: m.id, entity: m.to })),
      ambiguous: linked.ambiguous.map((a) => ({ text: a.text, entities: a.entities })),
    },
    changes: [
      {
        target: id,
        fields: [
          { field: 'created', before: null, after: { title: input.title, publishedAt: input.publishedAt } },
          { field: 'mentions', before: null, after: mentions.map((m) => m.to) },
        ],
      },
    ],
  };
}
