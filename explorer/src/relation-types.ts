/** The relation-type checkboxes: which types a neighbourhood or a path follows. */
import { h, ui } from './dom.js';
import type { RelationType } from './generated/graphql.js';
import { isProvenance, relationTypes } from './vocabulary.js';

/** One checkbox per relation type of the ontology; the facts (every type but the provenance edges) checked. */
export function renderTypeList(): void {
  ui.typeList.replaceChildren(
    ...relationTypes().map(({ name, description, provenance }) =>
      h('label', { class: 'type', title: description }, h('input', { type: 'checkbox', value: name, checked: !provenance }), ` ${name}`),
    ),
  );
  const provenance = relationTypes().filter((t) => t.provenance);
  ui.typesFacts.title = `Every fact type: all but ${provenance.map((t) => t.name).join(', ')}`;
}

const typeBoxes = () => [...ui.typeList.querySelectorAll<HTMLInputElement>('input[type=checkbox]')];

/** The chosen relation types, or null when they are the API's default (every fact type). */
export function chosenTypes(): RelationType[] | null {
  const boxes = typeBoxes();
  const chosen = boxes.filter((b) => b.checked).map((b) => b.value as RelationType);
  if (chosen.length === 0) throw new Error('choose at least one relation type');
  const isDefault = boxes.every((b) => b.checked === !isProvenance(b.value));
  return isDefault ? null : chosen;
}

/** Checks the types `keep` says yes to, and only those. */
export function checkTypes(keep: (type: string) => boolean): void {
  for (const box of typeBoxes()) box.checked = keep(box.value);
}
