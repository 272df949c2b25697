/**
 * CSV in neo4j-admin's import header format, one folder: `nodes/<labels>.csv` per label combination
 * (`:ID` the node's key within the export, `:LABEL`, then each property as `name:type`, e.g. `name:string`,
 * `date:date`, `aliases:string[]`, `start:long`) and `relationships/<TYPE>.csv` per relationship type
 * (`:START_ID`, `:END_ID`, `:TYPE`, then its properties), each with its header as its first line. Written by
 * the writer the generator's bulk load also uses (admin-csv.ts: types, quoting, lists). `import.args` holds
 * neo4j-admin's arguments for these files: `neo4j-admin database import full neo4j @import.args`, run in the
 * folder, loads them into an empty database, then the migrations make its indexes (`npm run migrate`).
 */
import { AdminCsvWriter } from './admin-csv.js';
import type { ExportFormat, ReadInto, Written } from './format.js';

export const csv: ExportFormat = {
  description: "CSV in neo4j-admin import's header format, a file per label combination and relationship type, typed",
  defaultOut: 'export/csv',
  async write(read: ReadInto, out: string): Promise<Written> {
    const writer = new AdminCsvWriter(out, { inlineHeaders: true });
    try {
      const counts = await read({
        node: async (n) => writer.node(n),
        relationship: async (r) => writer.relationship(r),
      });
      const { files } = await writer.finish();
      return { counts, files };
    } catch (error) {
      writer.abort();
      throw error;
    }
  },
};
