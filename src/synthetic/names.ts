/**
 * Vocabularies for the synthetic graph's names and sentences. Plain ASCII only, so every article text
 * is a one-byte-per-character string in V8 and UTF-16 offsets equal byte offsets.
 *
 * Numbered names ("Northwind Holdings 000042") are unique by construction; the few special entities
 * (the benchmark anchors) use words that no generated name contains.
 */
import type { Rng } from './random.js';

export const COMPANY_WORDS = [
  'Northwind', 'Bluepeak', 'Silverline', 'Ironbridge', 'Redfern', 'Oakmont', 'Brightwater', 'Stonegate', 'Clearview', 'Highland',
  'Goldcrest', 'Westbrook', 'Eastgate', 'Summit', 'Harbourside', 'Pinecrest', 'Riverbend', 'Lakeshore', 'Crownfield', 'Ashford',
  'Blackstone', 'Evergreen', 'Fairhaven', 'Greystone', 'Kingsway', 'Larkspur', 'Millbrook', 'Newhaven', 'Orchard', 'Parkside',
  'Queensbury', 'Rosewood', 'Sterling', 'Thornbury', 'Upland', 'Valemont', 'Whitfield', 'Yarrow', 'Zephyr', 'Arclight',
  'Beacon', 'Cobalt', 'Driftwood', 'Emberly', 'Foxglove', 'Granite', 'Halcyon', 'Indigo', 'Juniper', 'Keystone',
  'Lodestar', 'Marlow', 'Nimbus', 'Obsidian', 'Pioneer', 'Quarry', 'Redwood', 'Saffron', 'Tidewater', 'Vanguard',
] as const;

export const COMPANY_SUFFIXES = [
  'Holdings', 'Group', 'Capital', 'Industries', 'Partners', 'Ventures', 'Logistics', 'Systems', 'Trading', 'Networks',
  'Technologies', 'Media', 'Investments', 'Enterprises', 'Labs', 'Resources',
] as const;

export const SECTORS = [
  'logistics', 'software', 'telecommunications', 'investment', 'media', 'retail', 'semiconductor', 'shipping', 'payments', 'advertising',
  'cloud hosting', 'data analytics', 'consumer electronics', 'cybersecurity', 'real estate',
] as const;

export const SERVICE_WORDS = [
  'Lumo', 'Pixa', 'Chatterly', 'Vivo', 'Zing', 'Orbit', 'Kite', 'Echo', 'Nova', 'Pulse', 'Wave', 'Flick', 'Ripple', 'Spark', 'Tandem',
  'Glimmer', 'Hush', 'Murmur', 'Quill', 'Sway',
] as const;

export const SERVICE_KINDS = [
  ['Chat', 'messaging'], ['Pay', 'payments'], ['Cloud', 'cloud storage'], ['Maps', 'mapping'], ['Mail', 'email'], ['Video', 'video sharing'],
  ['Social', 'social network'], ['Search', 'search'], ['Music', 'music streaming'], ['News', 'news aggregation'], ['Market', 'online marketplace'],
  ['Drive', 'file sharing'],
] as const;

const PLACE_HEADS = [
  'Alder', 'Bran', 'Cor', 'Dun', 'Ell', 'Fen', 'Gar', 'Hol', 'Ister', 'Kal', 'Lor', 'Mar', 'Nor', 'Oster', 'Pell', 'Ravens', 'Sel', 'Tor',
  'Ul', 'Vest', 'Wen', 'Yar', 'Bel', 'Cal', 'Dor', 'Esk', 'Gal', 'Hard', 'Lin', 'Mel',
] as const;
const PLACE_TAILS = ['mere', 'mark', 'haven', 'ford', 'wick', 'holm', 'gate', 'stad', 'burg', 'vale', 'port', 'ness'] as const;

/** Up to 360 distinct place-like names, in a seeded order. */
export function placeNames(rng: Rng, count: number): string[] {
  const all = PLACE_HEADS.flatMap((h) => PLACE_TAILS.map((t) => `${h}${t}`));
  for (let i = all.length - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    [all[i], all[j]] = [all[j]!, all[i]!];
  }
  if (count > all.length) {
    // Beyond 360 places: the same names with a compass prefix, then numbered.
    const more = ['North', 'South', 'East', 'West', 'New', 'Upper', 'Lower'].flatMap((p) => all.map((n) => `${p} ${n}`));
    all.push(...more);
    for (let i = 1; all.length < count; i++) all.push(`${all[i % 360]} ${i}`);
  }
  return all.slice(0, count);
}

/** Bodies of each place's government, in the order authorities are made (all governments first). */
export const AUTHORITY_BODIES = [
  ['Government', 'government'], ['Police Force', 'police'], ['Ministry of Justice', 'justice'], ['Data Protection Authority', 'data protection'],
  ['Communications Regulator', 'telecommunications'], ['Security Bureau', 'national security'], ['Customs Agency', 'customs'], ['High Court', 'the courts'],
  ['Prosecutors Office', 'prosecution'], ['Cyber Crime Unit', 'cyber crime'], ['Competition Commission', 'competition'], ['Tax Authority', 'taxation'],
] as const;

export const FIRST_NAMES = [
  'Amelia', 'Benedict', 'Clara', 'Dmitri', 'Elena', 'Farid', 'Grace', 'Hiroshi', 'Ingrid', 'Jonas', 'Kavya', 'Liam', 'Mei', 'Nadia', 'Oscar',
  'Priya', 'Quentin', 'Rosa', 'Samuel', 'Tara', 'Umar', 'Vera', 'Wen', 'Ximena', 'Yusuf', 'Zoe', 'Adrian', 'Beatrice', 'Caleb', 'Daria',
  'Emil', 'Fatima', 'Gideon', 'Hana', 'Ivan', 'Julia', 'Kofi', 'Leona', 'Marcus', 'Nora', 'Omar', 'Paula', 'Rafael', 'Sofia', 'Tomas',
  'Ursula', 'Victor', 'Wanda', 'Yara', 'Anton', 'Bianca', 'Cyrus', 'Delia', 'Elias', 'Freya', 'Gustav', 'Helena', 'Isaac', 'Jana', 'Kenji',
] as const;

export const LAST_NAMES = [
  'Abbott', 'Bergstrom', 'Castellano', 'Delacroix', 'Eriksen', 'Fontaine', 'Grimaldi', 'Hartmann', 'Ishikawa', 'Jovanovic', 'Kowalski', 'Lindqvist',
  'Moreau', 'Nakamura', 'Okafor', 'Petrov', 'Quintero', 'Rasmussen', 'Schneider', 'Takahashi', 'Underwood', 'Valdez', 'Whitaker', 'Xu',
  'Yilmaz', 'Zimmermann', 'Achebe', 'Brennan', 'Carvalho', 'Dubois', 'Esposito', 'Fischer', 'Gallagher', 'Haddad', 'Iversen', 'Janssen',
  'Kaur', 'Lombardi', 'Mendes', 'Novak', 'Oliveira', 'Pereira', 'Quinn', 'Rossi', 'Sato', 'Tanaka', 'Ueda', 'Vogel', 'Weber', 'Young',
  'Alvarez', 'Bauer', 'Chen', 'Dvorak', 'Engel', 'Ferreira', 'Gomez', 'Horvat', 'Ibrahim', 'Jensen', 'Keller', 'Larsen', 'Molina', 'Nielsen',
  'Ortega', 'Park', 'Rahman', 'Silva', 'Torres', 'Urban', 'Varga', 'Wagner', 'Yamamoto', 'Zhou', 'Andersen', 'Becker', 'Costa', 'Diaz',
  'Eklund', 'Fuchs',
] as const;

export const INITIALS = 'ABCDEFGHIJKLMNOPRSTVW';

export const TITLES = ['chief executive', 'chief financial officer', 'chair', 'general counsel', 'chief technology officer', 'head of policy', 'managing director', 'board member', 'head of communications', 'chief operating officer'] as const;
export const AUTHORITY_TITLES = ['commissioner', 'director', 'deputy minister', 'chief inspector'] as const;

export const OUTLET_PAPERS = ['Courier', 'Herald', 'Gazette', 'Observer', 'Ledger', 'Tribune', 'Post', 'Chronicle', 'Times', 'Dispatch', 'Monitor', 'Review', 'Examiner', 'Sentinel'] as const;

export const MEDIA = ['statement', 'press release', 'post on its website', 'email to reporters', 'press conference', 'interview'] as const;

export const STATEMENT_QUOTES = [
  'We have paused all requests for user data from {about} while we assess the new rules',
  'We have never shared user data with {about} and we have no plans to do so',
  'Our cooperation with {about} follows the law and our published policies',
  'We are reviewing every request we receive from {about} on a case-by-case basis',
  'Any suggestion that we hand over data to {about} without a court order is false',
  'We will continue to serve our users while we study the position of {about}',
  'The decision concerning {about} was taken after careful legal review',
] as const;

export const EVENT_KINDS = [
  ['Raid on the offices of', 'target'], ['Data breach at', 'victim'], ['Court hearing involving', 'defendant'], ['Fine imposed on', 'penalised party'],
  ['Service outage at', 'operator'], ['Takeover bid for', 'target'],
] as const;

export const TITLE_TEMPLATES = [
  '{x} at the centre of new ownership questions',
  'What we know about {x}',
  'Filings shed light on {x} and its network',
  'Inside the corporate structure of {x}',
  '{x} faces scrutiny over data requests',
  'New details emerge on {x}',
  'Who controls {x}?',
  'The quiet expansion of {x}',
] as const;

export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;
export const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

export const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** Fills `{key}` placeholders. */
export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => values[k] ?? `{${k}}`);
}
