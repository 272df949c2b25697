/**
 * `npm run docs`: writes the generated sections of the documentation; `npm run docs:check` (part of
 * `npm test`) fails when one is stale. A section is rendered from the code and sits in its file between
 * two markers, `<!-- generated:NAME -->` and `<!-- /generated:NAME -->` (in a file that is not
 * markdown, `# generated:NAME` and `# /generated:NAME`); everything outside the markers is left alone.
 * A markdown file is then formatted by Biome, as `npm test` checks it (tables padded), so a generated
 * section never makes `biome ci` fail. To generate another section, add an entry to `SECTIONS` and put
 * its two markers in its file.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { z } from 'zod';
import { ENV_SCHEMA } from '../config/config.js';
import { messageOf } from '../shape.js';
import { articlePropertiesTable, kindsTable, propertiesTable, relationTypesTable } from './docs-ontology.js';
import { markdownTable } from './markdown.js';

/** The package root (from src/cli/ and from dist/cli/ alike). */
const PROJECT_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** One generated section: its marker name, the file it lives in (relative to the project root) and its text. */
export interface GeneratedSection {
  name: string;
  file: string;
  render: () => string;
}

/** A configuration variable as documented: its default (`undefined`: none), what it allows and what it does. */
export interface Setting {
  name: string;
  default: string | undefined;
  values: string;
  description: string;
}

/** What a value may be, from the schema: an enum's values, a number's range, a string's length. */
function valuesOf(schema: z.core.$ZodType): string {
  if (schema instanceof z.ZodEnum) return schema.options.map((o) => `\`${String(o)}\``).join(', ');
  if (schema instanceof z.ZodNumber) {
    const range = `${schema.minValue ?? '…'}–${schema.maxValue ?? '…'}`;
    return schema.isInt ? `whole number, ${range}` : range;
  }
  if (schema instanceof z.ZodString)
    return (schema.minLength ?? 0) > 1 ? `at least ${schema.minLength} characters` : schema.minLength === 1 ? 'non-empty text' : 'text';
  return '';
}

/** The documented settings of `ENV_SCHEMA`, in its order. A variable without a description is an error. */
export function settings(shape: Record<string, z.core.$ZodType> = ENV_SCHEMA.shape): Setting[] {
  return Object.entries(shape).map(([name, outer]) => {
    const meta = z.globalRegistry.get(outer);
    if (!meta?.description) throw new Error(`src/config/config.ts: ${name} has no description; give it .meta({ description })`);
    let schema: z.core.$ZodType = outer;
    let fallback: string | undefined;
    for (;;) {
      if (schema instanceof z.ZodOptional) schema = schema.unwrap();
      else if (schema instanceof z.ZodDefault) {
        fallback = String(schema.def.defaultValue);
        schema = schema.unwrap();
      } else if (schema instanceof z.ZodPipe) schema = schema.in;
      else break;
    }
    const values = typeof meta.values === 'string' ? meta.values : valuesOf(schema);
    return { name, default: fallback, values, description: meta.description };
  });
}

/** The configuration table of docs/operations.md. */
function configTable(): string {
  const rows = settings().map((s) => [
    `\`${s.name}\``,
    s.default === undefined ? 'unset' : s.default === '' ? 'empty' : `\`${s.default}\``,
    s.values,
    s.description,
  ]);
  return `${markdownTable(['Variable', 'Default', 'Allowed', 'What it does'], rows)}\n\n(Generated from \`src/config/config.ts\` by \`npm run docs\`: edit the descriptions there.)`;
}

/** Words of `text` in lines of at most `width` characters, each starting with `prefix`. */
function wrap(text: string, prefix: string, width = 100): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && prefix.length + line.length + 1 + word.length > width) {
      lines.push(prefix + line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(prefix + line);
  return lines;
}

/** The variables of .env.example: each one commented out at its default, after its description. */
function envExample(): string {
  return settings()
    .map((s) => {
      const plain = (t: string) => t.replace(/`/g, '');
      const allowed = s.values ? ` Allowed: ${plain(s.values)}.` : '';
      return [...wrap(`${plain(s.description)}${allowed}`, '# '), `# ${s.name}=${s.default ?? ''}`].join('\n');
    })
    .join('\n\n');
}

/** Every generated section. */
export const SECTIONS: readonly GeneratedSection[] = [
  { name: 'config', file: 'docs/operations.md', render: configTable },
  { name: 'env', file: '.env.example', render: envExample },
  { name: 'kinds', file: 'schema/ONTOLOGY.md', render: kindsTable },
  { name: 'relation-types', file: 'schema/ONTOLOGY.md', render: relationTypesTable },
  { name: 'properties', file: 'schema/ONTOLOGY.md', render: propertiesTable },
  { name: 'article-properties', file: 'schema/ONTOLOGY.md', render: articlePropertiesTable },
];

function markers(section: GeneratedSection): [string, string] {
  return section.file.endsWith('.md')
    ? [`<!-- generated:${section.name} -->`, `<!-- /generated:${section.name} -->`]
    : [`# generated:${section.name}`, `# /generated:${section.name}`];
}

/** `text` (the content of the section's file) with the section rendered between its markers. */
export function withSection(text: string, section: GeneratedSection): string {
  const [open, close] = markers(section);
  const start = text.indexOf(open);
  const end = text.indexOf(close, start);
  if (start < 0 || end < 0) throw new Error(`${section.file} has no "${open}" … "${close}" markers for the generated section ${section.name}`);
  return `${text.slice(0, start + open.length)}\n${section.render()}\n${text.slice(end)}`;
}

/** `text` as Biome formats the file `file` (markdown: tables padded); other files as they are. */
function formatted(file: string, text: string, root: string): string {
  if (!file.endsWith('.md')) return text;
  const biome = join(root, 'node_modules', '@biomejs', 'biome', 'bin', 'biome');
  return execFileSync(process.execPath, [biome, 'format', `--stdin-file-path=${file}`], { cwd: root, input: text, encoding: 'utf8' });
}

/** Writes every section (`check`: writes nothing); returns the files whose sections were stale. */
export function generate(check: boolean, root = PROJECT_ROOT): string[] {
  const stale: string[] = [];
  for (const section of SECTIONS) {
    const path = join(root, section.file);
    const current = readFileSync(path, 'utf8');
    const next = formatted(section.file, withSection(current, section), root);
    if (next === current) continue;
    stale.push(`${section.file} (generated:${section.name})`);
    if (!check) writeFileSync(path, next);
  }
  return stale;
}

function main(): void {
  const check = process.argv.includes('--check');
  try {
    const stale = generate(check);
    if (check && stale.length > 0) {
      process.stderr.write(`docs:check: stale generated sections: ${stale.join(', ')}; run npm run docs and commit the result\n`);
      process.exitCode = 1;
    } else if (check) process.stdout.write(`docs:check: the ${SECTIONS.length} generated sections are up to date\n`);
    else process.stdout.write(stale.length > 0 ? `docs: wrote ${stale.join(', ')}\n` : 'docs: every generated section was up to date\n');
  } catch (error) {
    process.stderr.write(`docs${check ? ':check' : ''}: ${messageOf(error)}\n`);
    process.exitCode = 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
