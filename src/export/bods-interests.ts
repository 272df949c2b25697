/**
 * BODS 0.4 interest types (the `interestType` codelist) and the relation each becomes in the graph: the
 * importer groups a relationship statement's interests by relation (one relation per group), the export
 * writes each relation back as a relationship statement with its interests (`interestTypes`), so export →
 * import gives the same relations. Ownership of the entity's value is OWNS; control and the other
 * interests are the control relations of the ontology.
 */
import type { RelationType } from '../ontology.js';

/** Every code of the BODS 0.4 `interestType` codelist → its relation type. */
export const INTEREST_RELATIONS = {
  shareholding: 'OWNS',
  rightsToSurplusAssetsOnDissolution: 'OWNS',
  rightsToProfitOrIncome: 'OWNS',
  votingRights: 'HAS_VOTING_RIGHTS_IN',
  appointmentOfBoard: 'APPOINTS_BOARD_OF',
  otherInfluenceOrControl: 'CONTROLS',
  controlViaCompanyRulesOrArticles: 'CONTROLS',
  controlByLegalFramework: 'CONTROLS',
  rightsGrantedByContract: 'CONTROLS',
  conditionalRightsGrantedByContract: 'CONTROLS',
  seniorManagingOfficial: 'MANAGES',
  boardMember: 'MANAGES',
  boardChair: 'MANAGES',
  settlor: 'HAS_TRUST_INTEREST_IN',
  trustee: 'HAS_TRUST_INTEREST_IN',
  protector: 'HAS_TRUST_INTEREST_IN',
  beneficiaryOfLegalArrangement: 'HAS_TRUST_INTEREST_IN',
  enjoymentAndUseOfAssets: 'HAS_TRUST_INTEREST_IN',
  rightToProfitOrIncomeFromAssets: 'HAS_TRUST_INTEREST_IN',
  unknownInterest: 'HAS_INTEREST_IN',
  unpublishedInterest: 'HAS_INTEREST_IN',
  nominee: 'HAS_INTEREST_IN',
  nominator: 'HAS_INTEREST_IN',
} as const satisfies Record<string, RelationType>;
export type InterestType = keyof typeof INTEREST_RELATIONS;
export type InterestRelationType = (typeof INTEREST_RELATIONS)[InterestType];

/**
 * The relation types interests become, in the order a statement's groups are taken; each with the interest
 * type the export writes where a relation names none, and the suffix of its id where the statement's
 * record is not OWNS (`rel:bods-…:voting`), so each relation of a record keeps its id whatever else changes.
 */
export const INTEREST_RELATION_TYPES = {
  OWNS: { interest: 'shareholding', suffix: '' },
  HAS_VOTING_RIGHTS_IN: { interest: 'votingRights', suffix: 'voting' },
  APPOINTS_BOARD_OF: { interest: 'appointmentOfBoard', suffix: 'board' },
  CONTROLS: { interest: 'otherInfluenceOrControl', suffix: 'control' },
  MANAGES: { interest: 'seniorManagingOfficial', suffix: 'manages' },
  HAS_TRUST_INTEREST_IN: { interest: 'beneficiaryOfLegalArrangement', suffix: 'trust' },
  HAS_INTEREST_IN: { interest: 'unknownInterest', suffix: 'interest' },
} as const satisfies Record<InterestRelationType, { interest: InterestType; suffix: string }>;

const isInterestType = (t: string): t is InterestType => Object.hasOwn(INTEREST_RELATIONS, t);
export const isInterestRelationType = (t: string): t is InterestRelationType => Object.hasOwn(INTEREST_RELATION_TYPES, t);

/** The relation an interest type becomes; an unknown code (not in the 0.4 codelist) is an interest of unknown nature. */
export const relationOfInterest = (type: string): InterestRelationType => (isInterestType(type) ? INTEREST_RELATIONS[type] : 'HAS_INTEREST_IN');

/** The BODS interest types a relation of `type` is written back as: those of its `interestTypes` it maps to, else the type's own. */
export function interestTypesOf(type: InterestRelationType, interestTypes: string | undefined): string[] {
  const listed = (interestTypes ?? '')
    .split(',')
    .map((t) => t.trim())
    .filter((t) => isInterestType(t) && INTEREST_RELATIONS[t] === type);
  return listed.length ? [...new Set(listed)] : [INTEREST_RELATION_TYPES[type].interest];
}
