/**
 * What entities say and do: statements (a company or person speaking about another entity), events
 * (a company involved, sometimes an authority or a witness), and the stances on data requests from
 * authorities (PAUSED_REQUESTS_FROM, REFUSES_REQUESTS_FROM). Most dated facts are these: their sources
 * give dates, and sometimes disagree on them (evidence.ts).
 */
import { EVENT_KINDS, fill, MEDIA, pad, STATEMENT_QUOTES } from './names.js';
import type { Props, World } from './world.js';

/** `name`, or "`name` (k)" for its k-th use: no two statements (or events) share a name. */
function uniqueName(names: Map<string, number>, name: string): string {
  const seen = names.get(name) ?? 0;
  names.set(name, seen + 1);
  return seen > 0 ? `${name} (${seen + 1})` : name;
}

export function planStatements(w: World) {
  const s = w.scale;
  const names = new Map<string, number>();
  for (let t = 0; t < s.statements; t++) {
    const byCompany = w.rng.chance(0.6);
    const speaker = byCompany ? w.company(w.anyCompany()) : w.person(w.anyPerson());
    const u = w.rng.float();
    const about = u < 0.5 ? w.authority(w.anyAuthority()) : u < 0.8 ? w.company(w.anyCompany()) : u < 0.9 ? w.service(w.anyService()) : w.place(w.anyPlace());
    const speakerName = w.entities[speaker]!.name;
    const aboutEntity = w.entities[about]!;
    // The quotes name an authority as "the X"; other entities by their bare name.
    const quote = fill(w.rng.pick(STATEMENT_QUOTES), { about: aboutEntity.kind === 'Authority' ? `the ${aboutEntity.name}` : aboutEntity.name });
    const name = uniqueName(names, `${speakerName} statement on ${aboutEntity.name}`);
    // Reported with its speaker.
    const key = w.entities[speaker]!.key;
    const props: Props = {
      text: quote,
      medium: w.rng.pick(MEDIA),
      speaker: byCompany ? `a spokesperson for ${speakerName}` : speakerName,
    };
    if (w.rng.chance(0.3)) props.topic = 'data requests';
    const statement = w.base.Statement + t;
    w.addEntity(statement, {
      kind: 'Statement',
      id: `statement:syn-stmt-${pad(t, 6)}`,
      name,
      description: `What ${speakerName} said about ${aboutEntity.name} (synthetic).`,
      detail: aboutEntity.name,
      props,
      key,
      speaker,
    });
    w.addRelation('MADE_STATEMENT', speaker, statement, key);
    w.addRelation('ABOUT', statement, about, key);
  }
}

export function planEvents(w: World) {
  const s = w.scale;
  const names = new Map<string, number>();
  for (let v = 0; v < s.events; v++) {
    const c = w.anyCompany();
    const [phrase, role] = w.rng.pick(EVENT_KINDS);
    const name = uniqueName(names, `${phrase} ${w.entities[w.company(c)]!.name}`);
    const ev = w.base.Event + v;
    const props: Props = w.rng.chance(0.3) ? { topic: 'enforcement' } : {};
    w.addEntity(ev, { kind: 'Event', id: `event:syn-event-${pad(v, 5)}`, name, description: `${name} (synthetic).`, detail: role, props, key: c });
    w.addRelation('INVOLVES', ev, w.company(c), c, { props: { role } });
    if (w.rng.chance(0.5)) {
      const other = w.rng.chance(0.5) ? w.authority(w.anyAuthority()) : w.person(w.anyPerson());
      w.addRelation('INVOLVES', ev, other, c, { props: { role: w.entities[other]!.kind === 'Authority' ? 'investigating authority' : 'witness' } });
    }
    w.addRelation('LOCATED_IN', ev, w.place(w.anyPlace()), c);
  }
}

/** Companies and services pausing (1 in 50 companies' worth) or refusing (1 in 200) authorities' data requests. */
export function planRequests(w: World) {
  const s = w.scale;
  const subject = () => (w.rng.chance(0.5) ? w.company(w.anyCompany()) : w.service(w.anyService()));
  for (let k = Math.round(s.companies / 50); k > 0; k--) {
    const from = subject();
    const props: Props = { status: 'paused' };
    if (w.rng.chance(0.4)) props.reason = 'pending a review of the new security law';
    if (w.rng.chance(0.2)) props.condition = 'until the legal position is clarified';
    w.addRelation('PAUSED_REQUESTS_FROM', from, w.authority(w.anyAuthority()), w.entities[from]!.key, { dated: 1, props });
  }
  for (let k = Math.round(s.companies / 200); k > 0; k--) {
    const from = subject();
    w.addRelation('REFUSES_REQUESTS_FROM', from, w.authority(w.anyAuthority()), w.entities[from]!.key, {
      dated: 2,
      props: { status: 'refusing' },
    });
  }
}
