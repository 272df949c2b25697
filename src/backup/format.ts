/** Which kind of backup a file is, from its first bytes (its name only when they say nothing). */
import { closeSync, openSync, readSync } from 'node:fs';

export type BackupFormat = 'dump' | 'logical';

export function detectFormat(file: string): BackupFormat {
  const head = Buffer.alloc(4);
  const fd = openSync(file, 'r');
  try {
    readSync(fd, head, 0, 4, 0);
  } finally {
    closeSync(fd);
  }
  // neo4j-admin's dumps start "DZV1" (zstd) or "DGV1" (gzip); a logical backup is gzip (1f 8b).
  if (/^D[ZG]V\d$/.test(head.toString('latin1'))) return 'dump';
  if (head[0] === 0x1f && head[1] === 0x8b) return 'logical';
  if (file.endsWith('.dump')) return 'dump';
  if (/\.jsonl(\.gz)?$/.test(file)) return 'logical';
  throw new Error(`${file} is neither a Neo4j dump nor a logical backup (gzipped JSON Lines)`);
}
