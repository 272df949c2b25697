/**
 * Progress on stderr: a bar redrawn in place on a terminal, plain lines (at most one per
 * `everyMs`, plus the last) when stderr is a file or a pipe.
 */
export interface ProgressSink {
  update(done: number, total: number, elapsedMs: number, note?: string): void;
  /** Ends the bar's line. */
  done(): void;
}

const fmt = (n: number) => Math.round(n).toLocaleString('en-US');

function eta(done: number, total: number, elapsedMs: number): string {
  if (done === 0) return '';
  const s = Math.max(0, Math.round(((total - done) * elapsedMs) / done / 1000));
  return `ETA ${s >= 60 ? `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s` : `${s}s`}`;
}

export function progressSink(stream: NodeJS.WriteStream = process.stderr, everyMs = 5_000): ProgressSink {
  const tty = Boolean(stream.isTTY);
  let lastLine = -Infinity;
  let drawn = false;
  return {
    update(done, total, elapsedMs, note = '') {
      const share = total > 0 ? Math.min(1, done / total) : 1;
      const rate = elapsedMs > 0 ? (done * 1000) / elapsedMs : 0;
      const text = `${fmt(done)}/${fmt(total)} records  ${fmt(rate)}/s  ${done < total ? eta(done, total, elapsedMs) : ''}${note ? `  ${note}` : ''}`;
      if (tty) {
        const width = 30;
        const filled = Math.round(share * width);
        const line = `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${(share * 100).toFixed(1).padStart(5)}%  ${text}`;
        stream.write(`\r${line.slice(0, (stream.columns ?? 120) - 1).padEnd(Math.min(stream.columns ?? 120, 120) - 1)}`);
        drawn = true;
      } else if (elapsedMs - lastLine >= everyMs || done >= total) {
        stream.write(`progress ${(share * 100).toFixed(1)}%  ${text}\n`);
        lastLine = elapsedMs;
      }
    },
    done() {
      if (tty && drawn) stream.write('\n');
      drawn = false;
    },
  };
}
