/**
 * The ontology's vocabulary: entity kinds (Neo4j labels) and relation types.
 *
 * This file is the allow-list. Seed validation, the loader's Cypher parameters and the GraphQL enums
 * are all derived from these two tables, so a label or relationship type that is not listed here can
 * never reach a Cypher statement. See schema/ONTOLOGY.md for the prose version.
 */

/** Entity kinds. The value is both the GraphQL enum value and the Neo4j label (every entity also has `:Entity`). */
export const KINDS = {
  Company: 'A business organisation (Facebook, ByteDance, Telegram Group Inc., Google, Twitter, Apple).',
  Service: 'An app, product or online service run by a company (WhatsApp, Instagram, TikTok, Douyin, Signal, ProtonMail).',
  Organization: 'A non-commercial, non-governmental organisation or group (a political party, protest movement, civil society).',
  Person: 'A named (or identifiable but unnamed) individual.',
  Role: 'An office or role that a person holds (Chief Executive of Hong Kong, CEO of TikTok).',
  Authority: 'A government body, police force, agency or state (Hong Kong police, the Hong Kong government, Beijing).',
  Law: 'A law or regulation (the Hong Kong National Security Law).',
  Provision: 'A provision of a law (Article 43 of the National Security Law).',
  Place: 'A country, territory, city or region (Hong Kong, mainland China, Switzerland).',
  Article: 'A news article that is a source of the graph; holds its full text.',
  Outlet: 'A news outlet or publication (MediaNama, The Wall Street Journal, Hong Kong Free Press).',
  Event: 'Something that happened at a time (the first charge under the law, the US embargo).',
  Statement: 'Something an entity said, with the quoted text, who said it, to whom and when.',
  Report: 'A published report, such as a transparency report with request figures.',
} as const;

export type Kind = keyof typeof KINDS;
export const KIND_NAMES = Object.keys(KINDS) as [Kind, ...Kind[]];

/**
 * Relation types. `from`/`to` list the kinds allowed at each end (the loader rejects others), so the
 * graph keeps a shape that traversals can rely on.
 */
export const RELATION_TYPES = {
  OWNS: { from: ['Company', 'Person'], to: ['Company', 'Service'], description: 'The source owns the target (parent company → subsidiary or product).' },
  PAUSED_REQUESTS_FROM: { from: ['Company', 'Service'], to: ['Authority'], description: 'The source paused processing user-data requests from the target authority.' },
  REFUSES_REQUESTS_FROM: { from: ['Company', 'Service'], to: ['Authority'], description: 'The source refuses, or says it never served, data requests from the target authority.' },
  REFUSES_TO_COMPLY_WITH: { from: ['Company', 'Service'], to: ['Law', 'Provision'], description: 'The source says it will not comply with (demands made under) the target law or provision.' },
  EXITS_MARKET: { from: ['Company', 'Service'], to: ['Place'], description: 'The source exits or ceases operations in the target place.' },
  BLOCKED_IN: { from: ['Company', 'Service', 'Outlet'], to: ['Place'], description: 'The source is blocked or unavailable in the target place.' },
  AVAILABLE_IN: { from: ['Company', 'Service'], to: ['Place'], description: 'The source is available or popular in the target place.' },
  STORES_DATA_IN: { from: ['Company', 'Service'], to: ['Place'], description: 'The source stores user data or runs servers in the target place.' },
  VERSION_OF: { from: ['Service'], to: ['Service'], description: 'The source is a (national or international) version of the target app.' },
  HOLDS_ROLE: { from: ['Person'], to: ['Role', 'Company', 'Service', 'Authority', 'Organization', 'Outlet'], description: 'The person holds a role (property `title`) at the target, or holds the target office.' },
  ROLE_OF: { from: ['Role'], to: ['Authority', 'Company', 'Service', 'Organization', 'Place'], description: 'The office belongs to the target organisation or place.' },
  PART_OF: { from: ['Provision', 'Authority', 'Place', 'Organization', 'Service'], to: ['Law', 'Authority', 'Place', 'Organization', 'Company'], description: 'The source is a part of the target (a provision of a law, an agency of a government, a territory of a country).' },
  JURISDICTION_OVER: { from: ['Authority', 'Law'], to: ['Place'], description: 'The source authority governs, or the law applies to, the target place.' },
  SIGNED: { from: ['Person'], to: ['Law'], description: 'The person signed the law.' },
  ENACTED: { from: ['Authority', 'Person'], to: ['Law'], description: 'The source enacted or imposed the law.' },
  GRANTS_POWER_TO: { from: ['Law', 'Provision'], to: ['Authority', 'Person', 'Role'], description: 'The law or provision grants powers (property `description`) to the target.' },
  PENALISES: { from: ['Law', 'Provision'], to: ['Company', 'Person', 'Organization', 'Place', 'Authority', 'Service'], description: 'The law sets a penalty (properties `description`, `amount`, `currency`) on the target.' },
  CHARGED_UNDER: { from: ['Person', 'Event'], to: ['Law', 'Provision'], description: 'The source was charged (or the charge event was brought) under the target law.' },
  MADE_STATEMENT: { from: ['Company', 'Service', 'Person', 'Authority', 'Organization'], to: ['Statement'], description: 'The source made the statement.' },
  SAID_TO: { from: ['Statement'], to: ['Outlet', 'Person', 'Organization', 'Company', 'Authority'], description: 'The statement was made to the target (an outlet, a journalist).' },
  ABOUT: { from: ['Statement', 'Event', 'Report'], to: [], description: 'The statement, event or report concerns the target entity (any kind).' },
  INVOLVES: { from: ['Event'], to: [], description: 'The event involves the target entity (property `role` says how).' },
  PUBLISHED_REPORT: { from: ['Company', 'Service', 'Authority', 'Organization'], to: ['Report'], description: 'The source published the report.' },
  RECEIVED_REQUESTS_FROM: { from: ['Company', 'Service', 'Report'], to: ['Authority'], description: 'Transparency-report figures: requests received from the target authority (properties `count`, `accountCount`, `percentProduced`, `periodStart`, `periodEnd`).' },
  CRITICISED: { from: ['Company', 'Service', 'Person', 'Organization', 'Authority', 'Outlet'], to: [], description: 'The source criticised the target.' },
  CENSORED: { from: ['Company', 'Service', 'Authority'], to: [], description: 'The source censored, removed or blocked the target (content, app, outlet).' },
  COOPERATES_WITH: { from: ['Company', 'Service', 'Authority'], to: ['Authority', 'Company'], description: 'The source cooperates (voluntarily or not) with the target.' },
  LOCATED_IN: { from: ['Company', 'Service', 'Authority', 'Organization', 'Place', 'Outlet', 'Event'], to: ['Place'], description: 'The source is based, located or takes place in the target place.' },
  PUBLISHED_BY: { from: ['Article'], to: ['Outlet'], description: 'The article was published by the outlet.' },
  CITES: { from: ['Article', 'Statement'], to: ['Outlet', 'Article', 'Report'], description: 'The article cites the target outlet or report as its source.' },
  MENTIONS: { from: ['Article'], to: [], description: 'The article mentions the entity (derived by the loader from the facts the article sources).' },
  REPORTED_BY: { from: [], to: ['Article'], description: 'The entity was reported by the article (one edge per evidence excerpt).' },
  USES: { from: ['Person', 'Organization', 'Company', 'Authority'], to: ['Service'], description: 'The source uses the target app or service (property `description` says how or for what), e.g. protesters organising on WhatsApp and Telegram.' },
} as const satisfies Record<string, { from: readonly Kind[]; to: readonly Kind[]; description: string }>;

export type RelationType = keyof typeof RELATION_TYPES;
export const RELATION_TYPE_NAMES = Object.keys(RELATION_TYPES) as [RelationType, ...RelationType[]];

/** Types the loader writes itself; seed files may not declare them. */
export const DERIVED_RELATION_TYPES = ['MENTIONS', 'REPORTED_BY'] as const satisfies readonly RelationType[];

/** Each entity id starts with its kind's prefix ("company:facebook"), so an id alone tells its type. */
export const ID_PREFIXES: Record<Kind, string> = {
  Company: 'company',
  Service: 'service',
  Organization: 'org',
  Person: 'person',
  Role: 'role',
  Authority: 'authority',
  Law: 'law',
  Provision: 'provision',
  Place: 'place',
  Article: 'article',
  Outlet: 'outlet',
  Event: 'event',
  Statement: 'statement',
  Report: 'report',
};

const KIND_BY_PREFIX = new Map(Object.entries(ID_PREFIXES).map(([kind, prefix]) => [prefix, kind as Kind]));

/** The kind an entity id names, or undefined for an id of no known kind. */
export function kindOfId(id: string): Kind | undefined {
  return KIND_BY_PREFIX.get(id.slice(0, id.indexOf(':')));
}
