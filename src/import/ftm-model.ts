/**
 * The part of the FollowTheMoney model (followthemoney 4.11.2, .ci/interop-requirements.txt; parents sorted by name) the FtM import
 * checks against, so it needs no Python at run time: the names of all schemata, and for the schemata it maps
 * (and those they extend) their own properties (no reverse, `stub` ones). test/import-ftm.test.ts compares it
 * with the venv's model. A schema's properties are its own and those of every schema it extends.
 */

/** Every FtM schema name. */
// biome-ignore format: one line of names, as the model lists them
export const FTM_SCHEMA_NAMES: ReadonlySet<string> = new Set(['Address', 'Airplane', 'Analyzable', 'Article', 'Asset', 'Associate', 'Audio', 'BankAccount', 'Call', 'CallForTenders', 'Company', 'Contract', 'ContractAward', 'Control', 'CourtCase', 'CourtCaseParty', 'CryptoWallet', 'Debt', 'Directorship', 'Document', 'Documentation', 'EconomicActivity', 'Email', 'Employment', 'Event', 'Family', 'Folder', 'HyperText', 'Identification', 'Image', 'Interest', 'Interval', 'LegalEntity', 'License', 'Membership', 'Mention', 'Message', 'Note', 'Occupancy', 'Organization', 'Ownership', 'Package', 'Page', 'Pages', 'Passport', 'Payment', 'Person', 'PlainText', 'Position', 'Project', 'ProjectParticipant', 'PublicBody', 'RealEstate', 'Representation', 'Risk', 'Sanction', 'Security', 'Similar', 'Succession', 'Table', 'TaxRoll', 'Territory', 'Thing', 'Trip', 'UnknownLink', 'UserAccount', 'Value', 'Vehicle', 'Vessel', 'Video', 'Workbook']);

/** The schemata the import maps, and those they extend: what each extends, and its own properties. */
// biome-ignore format: one line a schema
export const FTM_SCHEMATA: Readonly<Record<string, { extends: readonly string[]; properties: readonly string[] }>> = {
  Analyzable: { extends: [], properties: ['companiesMentioned', 'detectedCountry', 'detectedLanguage', 'emailMentioned', 'ibanMentioned', 'ipMentioned', 'locationMentioned', 'namesMentioned', 'peopleMentioned', 'phoneMentioned'] },
  Asset: { extends: ['Thing', 'Value'], properties: [] },
  Company: { extends: ['Asset', 'Organization'], properties: ['bikCode', 'caemCode', 'capital', 'cikCode', 'coatoCode', 'fnsCode', 'fssCode', 'ipoCode', 'irsCode', 'isinCode', 'jibCode', 'kppCode', 'mbsCode', 'okopfCode', 'oksmCode', 'pfrNumber', 'ricCode', 'ticker', 'voenCode'] },
  Control: { extends: ['Interest'], properties: ['controlType', 'controlled', 'controller', 'legalBasis'] },
  Directorship: { extends: ['Interest'], properties: ['director', 'organization', 'secretary'] },
  Document: { extends: ['Analyzable', 'Thing'], properties: ['ancestors', 'author', 'authoredAt', 'bodyText', 'contentHash', 'crawler', 'date', 'encoding', 'extension', 'fileName', 'fileSize', 'generator', 'language', 'messageId', 'mimeType', 'parent', 'processedAt', 'processingAgent', 'processingError', 'processingStatus', 'publishedAt', 'title', 'translatedLanguage', 'translatedText'] },
  Interest: { extends: ['Interval'], properties: ['role', 'status'] },
  Interval: { extends: [], properties: ['alephUrl', 'date', 'description', 'endDate', 'indexText', 'modifiedAt', 'namesMentioned', 'proof', 'publisher', 'publisherUrl', 'recordId', 'retrievedAt', 'sourceUrl', 'startDate', 'summary'] },
  LegalEntity: { extends: ['Thing'], properties: ['abbreviation', 'brightQueryId', 'brightQueryOrgId', 'bvdId', 'classification', 'dissolutionDate', 'dunsCode', 'email', 'icijId', 'idNumber', 'incorporationDate', 'innCode', 'jurisdiction', 'legalForm', 'leiCode', 'licenseNumber', 'mainCountry', 'npiCode', 'ogrnCode', 'okpoCode', 'okvedCode', 'opencorporatesUrl', 'parent', 'phone', 'registrationNumber', 'sayariId', 'sector', 'status', 'swiftBic', 'taxNumber', 'taxStatus', 'uniqueEntityId', 'uscCode', 'vatCode', 'website'] },
  Mention: { extends: [], properties: ['contextCountry', 'contextEmail', 'contextPhone', 'detectedSchema', 'document', 'name', 'resolved'] },
  Organization: { extends: ['LegalEntity'], properties: ['cageCode', 'giiNumber', 'imoNumber', 'permId'] },
  Ownership: { extends: ['Interest'], properties: ['asset', 'legalBasis', 'owner', 'ownershipType', 'percentage', 'sharesCount', 'sharesCurrency', 'sharesType', 'sharesValue'] },
  Person: { extends: ['LegalEntity'], properties: ['appearance', 'biography', 'birthCountry', 'birthDate', 'birthPlace', 'citizenship', 'deathDate', 'education', 'ethnicity', 'eyeColor', 'fatherName', 'firstName', 'gender', 'hairColor', 'height', 'lastName', 'middleName', 'motherName', 'nameSuffix', 'nationality', 'passportNumber', 'political', 'position', 'profession', 'religion', 'secondName', 'socialSecurityNumber', 'spokenLanguage', 'title', 'weight'] },
  PublicBody: { extends: ['Organization'], properties: [] },
  Thing: { extends: [], properties: ['address', 'addressEntity', 'alephUrl', 'alias', 'country', 'createdAt', 'description', 'indexText', 'keywords', 'modifiedAt', 'name', 'notes', 'previousName', 'program', 'programId', 'proof', 'publisher', 'publisherUrl', 'retrievedAt', 'riskSource', 'sourceUrl', 'summary', 'topics', 'weakAlias', 'wikidataId', 'wikipediaUrl'] },
  Value: { extends: [], properties: ['amount', 'amountEur', 'amountUsd', 'currency'] },
};

/** All the properties of a mapped schema (its own and those it inherits), or undefined for another schema. */
export function ftmProperties(schema: string): ReadonlySet<string> | undefined {
  if (!Object.hasOwn(FTM_SCHEMATA, schema)) return undefined;
  const out = new Set<string>();
  const walk = (name: string) => {
    const s = FTM_SCHEMATA[name];
    if (!s) return;
    for (const p of s.properties) out.add(p);
    for (const e of s.extends) walk(e);
  };
  walk(schema);
  return out;
}
