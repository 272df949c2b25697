/**
 * The Python tools of the interop tests (libcovebods for BODS 0.4, followthemoney's `ftm`), from the virtual
 * environment .ci/run creates: INTEROP_VENV, else the project's `.venv-interop`. Where it is missing, the
 * interop tests say why and skip; nothing else needs Python.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..');
export const INTEROP_VENV = process.env.INTEROP_VENV ?? join(ROOT, '.venv-interop');

export interface InteropTools {
  python: string;
  ftm: string;
}

/** The tools, or why they are missing (for the skip message). */
export function interopTools(): InteropTools | { missing: string } {
  const python = join(INTEROP_VENV, 'bin', 'python');
  const ftm = join(INTEROP_VENV, 'bin', 'ftm');
  const absent = [python, ftm].filter((f) => !existsSync(f));
  if (absent.length)
    return { missing: `no ${absent.join(', ')}: create the venv as .ci/run does (python3 -m venv .venv-interop, pip install -r .ci/interop-requirements.txt)` };
  return { python, ftm };
}

export interface Ran {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function run(command: string, args: string[], options: { input?: string; timeout?: number } = {}): Promise<Ran> {
  return new Promise((resolve) => {
    const child = execFile(command, args, { encoding: 'utf8', maxBuffer: 512 * 1024 * 1024, timeout: options.timeout ?? 300_000 }, (error, stdout, stderr) =>
      resolve({ status: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout, stderr }),
    );
    if (options.input !== undefined) child.stdin?.end(options.input);
  });
}
