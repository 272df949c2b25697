/**
 * People: executives with a role at a company near their number (so people spread over the company
 * range and share its locality), now and then a second company or an authority, and the owners of a
 * quarter of the ordinary trees' roots and of small stakes below the top (ownership.ts chose which).
 */
import { WELL_KNOWN } from './anchors.js';
import { AUTHORITY_TITLES, FIRST_NAMES, INITIALS, LAST_NAMES, pad, TITLES } from './names.js';
import type { Ownership } from './ownership.js';
import type { Places } from './places.js';
import type { World } from './world.js';

export function planPeople(w: World, places: Places, ownership: Ownership) {
  const s = w.scale;
  const used = new Set<string>();
  for (let p = 0; p < s.people; p++) {
    // Names are unique: an initial tells namesakes apart, a number the rare ninth clash.
    let name = '';
    for (let tries = 0; !name || used.has(name); tries++) {
      const first = w.rng.pick(FIRST_NAMES);
      const last = w.rng.pick(LAST_NAMES);
      name = tries < 8 ? `${first} ${INITIALS[w.rng.int(INITIALS.length)]}. ${last}` : `${first} ${last} ${pad(p, 6)}`;
    }
    used.add(name);
    const employer = Math.max(1, Math.min(s.companies - 1, Math.floor((p * s.companies) / s.people) + w.rng.int(3)));
    const home = places.names[w.anyPlace()]!;
    const [first, ...rest] = name.split(' ');
    const key = employer + 0.25;
    w.addEntity(w.person(p), {
      kind: 'Person',
      id: p === 0 ? WELL_KNOWN.pathFrom : `person:syn-person-${pad(p, 6)}`,
      name,
      aliases: w.rng.chance(0.15) ? [`${first} ${rest[rest.length - 1]}`] : [],
      description: `A business executive based in ${home} (synthetic).`,
      detail: home,
      key,
    });
    w.addRelation('HOLDS_ROLE', w.person(p), w.company(employer), key, { props: { title: w.rng.pick(TITLES) } });
    if (w.rng.chance(0.15)) w.addRelation('HOLDS_ROLE', w.person(p), w.company(w.anyCompany()), key, { props: { title: w.rng.pick(TITLES) } });
    if (w.rng.chance(0.02)) w.addRelation('HOLDS_ROLE', w.person(p), w.authority(w.anyAuthority()), key, { props: { title: w.rng.pick(AUTHORITY_TITLES) } });
  }
  for (const root of ownership.personOwnedRoots) w.addRelation('OWNS', w.person(w.anyPerson()), w.company(root), root, { variant: 'person' });
  for (const c of ownership.personStakes) w.addRelation('OWNS', w.person(w.anyPerson()), w.company(c), c, { variant: 'person' });
}
