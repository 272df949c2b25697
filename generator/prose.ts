/**
 * The sentences articles are made of. Each fact has a few phrasings per relation type and variant;
 * the seeded stream `r` of one (fact, article) pair picks one, so an article's text and the excerpt a
 * source quotes from it are the same sentence, computed twice (articles.ts, evidence.ts), verbatim by
 * construction. `when` is the date as that article gives it ("on March 3, 2021", "last Wednesday") or
 * empty when it gives none.
 */
import type { SeedSource } from '../src/store/schema.js';
import type { Rng } from './random.js';
import type { PlanFact, World } from './world.js';

export const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
/** "a" or "an" before a word. */
export const an = (word: string) => (/^[aeiou]/i.test(word) ? `an ${word}` : `a ${word}`);

/** An entity as a sentence names it mid-sentence: "the X Authority", "the raid on …", a bare name otherwise. */
export function nameIn(w: World, i: number): string {
  const e = w.entities[i]!;
  return e.kind === 'Authority' ? `the ${e.name}` : e.kind === 'Event' ? `the ${lowerFirst(e.name)}` : e.name;
}

/** A sentence, and how it supports its fact when it does not state it outright. */
export interface Sentence {
  text: string;
  support?: SeedSource['support'];
  note?: string;
}

/** The sentence reporting relation `f` (`primary`: in its primary article, where no inference stands in for it). */
export function relationSentence(w: World, f: PlanFact, r: Rng, when: string, primary: boolean): Sentence {
  const from = nameIn(w, f.from);
  const to = nameIn(w, f.to);
  const From = cap(from);
  const To = cap(to);
  const fromName = w.entities[f.from]!.name;
  const toName = w.entities[f.to]!.name;
  const p = f.props ?? {};
  const v = r.int(3);
  switch (f.type) {
    case 'OWNS':
      if (f.background)
        return {
          support: 'BACKGROUND',
          note: `The article names both companies without saying that ${fromName} owns ${toName}; the ownership is background knowledge.`,
          text: `${To} and ${from} were both named in the filing.`,
        };
      if (f.variant === 'service')
        return { text: [`${To} is run by ${from}.`, `${From} operates the ${to} app.`, `${To}, a service owned by ${from}, gained users this year.`][v]! };
      if (f.variant === 'cross')
        return { text: [`${From} holds a minority stake in ${to}.`, `${From} also owns part of ${to}.`, `${To} counts ${from} among its shareholders.`][v]! };
      if (f.variant === 'cycle')
        return {
          text: [
            `${From} in turn owns a stake in ${to}.`,
            `In a circular arrangement, ${from} owns shares of ${to}.`,
            `${From} holds shares in its own parent, ${to}.`,
          ][v]!,
        };
      if (f.variant === 'person')
        return { text: [`${To} is controlled by its founder, ${from}.`, `${From} owns ${to}.`, `${From} is the owner of ${to}.`][v]! };
      return { text: [`${From} owns ${to}.`, `${To} is a subsidiary of ${from}.`, `${To}, which is owned by ${from}, reported higher revenue.`][v]! };
    case 'HOLDS_ROLE':
      if (r.chance(0.02) && !primary)
        return {
          support: 'INFERRED',
          note: `The article has ${fromName} speaking for ${toName}; the role is inferred from that.`,
          text: `${From} spoke on behalf of ${to} at the hearing.`,
        };
      return {
        text: [
          `${From}, the ${p.title} of ${to}, declined to comment.`,
          `${From} serves as ${p.title} at ${to}.`,
          `${cap(to)} named ${from} as its ${p.title}.`,
        ][v]!,
      };
    case 'PART_OF':
      return {
        text:
          f.variant === 'city'
            ? [`${From} is a city in ${to}.`, `${From}, in ${to}, is a regional hub.`, `The city of ${from} lies in ${to}.`][v]!
            : [`${From} is part of ${to}.`, `${From} is an agency of ${to}.`, `${From} reports to ${to}.`][v]!,
      };
    case 'JURISDICTION_OVER':
      return { text: [`${From} has jurisdiction over ${to}.`, `${From} governs ${to}.`, `In ${to}, ${from} has the final say.`][v]! };
    case 'LOCATED_IN':
      return {
        text:
          w.entities[f.from]!.kind === 'Event'
            ? `${From} took place in ${to}.`
            : [`${From} is based in ${to}.`, `${From} is headquartered in ${to}.`, `${From} has its head office in ${to}.`][v]!,
      };
    case 'VERSION_OF':
      return { text: `${From} is the international version of ${to}.` };
    case 'AVAILABLE_IN':
      return { text: [`${From} is widely used in ${to}.`, `${From} is popular in ${to}.`, `${From} is available in ${to}.`][v]! };
    case 'STORES_DATA_IN':
      return {
        text: [`${From} stores user data on servers in ${to}.`, `${From} keeps its users' data in ${to}.`, `The data of ${from} users is held in ${to}.`][v]!,
      };
    case 'BLOCKED_IN':
      return { text: `${From} was blocked in ${to} ${when}.` };
    case 'EXITS_MARKET':
      return { text: `${From} said ${when} that it would exit ${to}.` };
    case 'PAUSED_REQUESTS_FROM': {
      const text = when
        ? [
            `${From} said ${when} that it had paused processing requests for user data from ${to}.`,
            `${From} stopped handling data requests from ${to} ${when}.`,
          ][v % 2]!
        : `${From} has paused processing requests for user data from ${to}.`;
      return { text: p.reason && v === 0 ? `${text.slice(0, -1)}, ${p.reason}.` : text };
    }
    case 'REFUSES_REQUESTS_FROM':
      return { text: when ? `${From} said ${when} that it has never handed user data to ${to}.` : `${From} says it has never handed user data to ${to}.` };
    case 'MADE_STATEMENT':
      return { text: `${From} said: "${w.entities[f.to]!.props!.text}."` };
    case 'ABOUT': {
      const speaker = w.entities[w.entities[f.from]!.speaker!]!.name;
      return { text: [`The statement by ${speaker} concerned ${to}.`, `${cap(speaker)} was commenting on ${to}.`][v % 2]! };
    }
    case 'INVOLVES':
      return { text: [`${cap(to)} was the ${p.role} in ${from}.`, `${From} involved ${to} as ${p.role}.`][v % 2]! };
    default:
      throw new Error(`no sentence for ${f.type}`);
  }
}

/**
 * The sentence introducing entity `i`; in its primary article (where it is introduced) with its
 * first alias too.
 */
export function entitySentence(w: World, i: number, r: Rng, when: string, primary: boolean, articleId: string): string {
  const e = w.entities[i]!;
  const alias = primary && e.aliases.length > 0 ? ` (also known as ${e.aliases[0]})` : '';
  const v = r.int(3);
  switch (e.kind) {
    case 'Company':
      return [
        `${e.name}${alias} is ${an(e.detail)} company.`,
        `${e.name}${alias}, ${an(e.detail)} firm, declined to comment.`,
        `Records show that ${e.name}${alias} works in ${e.detail}.`,
      ][v]!;
    case 'Service':
      return [
        `${e.name}${alias} is ${an(e.detail)} service.`,
        `The ${e.detail} app ${e.name}${alias} has millions of users.`,
        `${e.name}${alias} offers ${e.detail}.`,
      ][v]!;
    case 'Person':
      return [
        `${e.name}${alias} is a business executive based in ${e.detail}.`,
        `${e.name}${alias}, an executive from ${e.detail}, was named in the filings.`,
        `${e.name}${alias} lives in ${e.detail}.`,
      ][v]!;
    case 'Authority':
      return [
        `The ${e.name}${alias} is responsible for ${e.detail}.`,
        `The ${e.name}${alias} oversees ${e.detail}.`,
        `Responsibility for ${e.detail} lies with the ${e.name}${alias}.`,
      ][v]!;
    case 'Place':
      return e.detail === 'city'
        ? [`${e.name} is a city.`, `The city of ${e.name} has grown quickly.`, `${e.name} is a busy city.`][v]!
        : [`${e.name}${alias} is a ${e.detail}.`, `The ${e.detail} of ${e.name}${alias} has its own laws.`, `${e.name}${alias} is an independent ${e.detail}.`][
            v
          ]!;
    case 'Statement': {
      const p = e.props!;
      return when ? `${cap(p.speaker!)} said ${when} in a ${p.medium}: "${p.text}."` : `In a ${p.medium}, ${p.speaker} said: "${p.text}."`;
    }
    case 'Event':
      return when ? `${cap(nameIn(w, i))} took place ${when}.` : `${cap(nameIn(w, i))} drew wide attention.`;
    case 'Outlet':
      // The article's own outlet line: an outlet's evidence is the line that credits it.
      return `Reported by ${e.name}`;
    default:
      throw new Error(`no sentence for a ${e.kind} (article ${articleId})`);
  }
}
