// What a run leaves behind: the table printed at the end, and results.json with the commit,
// the machine, the date and every figure. A run of some parts only replaces those parts in
// an existing results.json and keeps the others (each part carries its own commit and date).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, totalmem } from 'node:os';
import { join, relative } from 'node:path';
import { type Figure, meets, ratioOf } from './part.ts';

export interface Machine {
  nproc: number;
  memoryGB: number;
  cpuModel: string;
  node: string;
  platform: string;
  /** The PostgreSQL server's version line, when one was used. */
  postgres?: string;
  /** The load average when the run started: other work on the machine makes figures noisy. */
  loadAverageAtStart: number[];
}

export interface PartResult {
  title: string;
  commit: string;
  date: string;
  seconds: number;
  error?: string;
  figures: Array<Figure & { ratio: number | null; result: 'pass' | 'miss' | null }>;
  details: Record<string, unknown>;
}

export interface Results {
  commit: string;
  /** Uncommitted changes in the checkout when the run started. */
  dirty: boolean;
  date: string;
  machine: Machine;
  smoke: boolean;
  parts: Record<string, PartResult>;
}

function git(args: string[]): string {
  try {
    return execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return '';
  }
}

export function commitOf(): { commit: string; dirty: boolean } {
  return { commit: git(['rev-parse', 'HEAD']) || 'unknown', dirty: git(['status', '--porcelain']) !== '' };
}

export function machineOf(): Machine {
  const loadavg = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).map(Number);
  return {
    nproc: Number(execFileSync('nproc', { encoding: 'utf8' }).trim()) || cpus().length,
    memoryGB: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
    cpuModel: cpus()[0]?.model ?? 'unknown',
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    loadAverageAtStart: loadavg,
  };
}

export function withVerdicts(figures: readonly Figure[], smoke: boolean): PartResult['figures'] {
  return figures.map((figure) => {
    const verdict = smoke ? undefined : meets(figure);
    return {
      ...figure,
      ratio: ratioOf(figure) ?? null,
      result: verdict === undefined ? null : verdict ? 'pass' : 'miss',
    };
  });
}

/** Writes `results`, keeping the parts of an earlier run at `path` that this run did not run. */
export function writeResults(path: string, results: Results): void {
  let parts = results.parts;
  if (existsSync(path)) {
    try {
      const earlier = JSON.parse(readFileSync(path, 'utf8')) as Results;
      if (earlier.smoke === results.smoke) parts = { ...earlier.parts, ...results.parts };
    } catch {
      // An unreadable earlier file is replaced.
    }
  }
  writeFileSync(path, `${JSON.stringify({ ...results, parts }, null, 2)}\n`);
  formatInRepository(path);
}

const ROOT = join(import.meta.dirname, '..', '..');

/** Inside the repository, the file is formatted as `npm run lint` wants it (Biome folds short arrays). */
function formatInRepository(path: string): void {
  if (relative(ROOT, path).startsWith('..')) return;
  try {
    const biome = createRequire(import.meta.url).resolve('@biomejs/biome/bin/biome');
    execFileSync(process.execPath, [biome, 'format', '--write', path], { cwd: ROOT, stdio: 'ignore' });
  } catch {
    // Left as JSON.stringify wrote it: still valid JSON.
  }
}

export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const abs = Math.abs(value);
  const digits = abs >= 100 || Number.isInteger(value) ? 0 : abs >= 10 ? 1 : abs >= 1 ? 2 : 3;
  return value.toLocaleString('en', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

const withUnit = (value: number, unit: string) => `${formatNumber(value)} ${unit}`.trim();

function row(part: string, figure: PartResult['figures'][number]): string[] {
  const unit = figure.unit === 'count' ? '' : figure.unit;
  return [
    part,
    figure.metric,
    withUnit(figure.value, unit),
    figure.target ? `${figure.target.op} ${withUnit(figure.target.limit, unit)}` : '—',
    figure.baseline ? withUnit(figure.baseline.value, unit) : '—',
    figure.ratio === null ? '—' : `${figure.ratio.toFixed(2)}×`,
    figure.result ?? '—',
  ];
}

/** The table: part, metric, value, target, baseline, ratio, pass/miss. */
export function formatTable(parts: Record<string, PartResult>): string {
  const header = ['part', 'metric', 'value', 'target', 'baseline', 'ratio', 'result'];
  const rows: string[][] = [];
  for (const [name, part] of Object.entries(parts)) {
    if (part.error) rows.push([name, `FAILED: ${part.error.split('\n')[0]}`, '', '', '', '', 'error']);
    for (const figure of part.figures) rows.push(row(name, figure));
  }
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i >= 2 && i <= 5 ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0)))
      .join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/** The same table in Markdown, for BENCHMARKS.md. */
export function formatMarkdown(parts: Record<string, PartResult>): string {
  const lines = [
    '| part | metric | value | target | baseline | ratio | result |',
    '| --- | --- | ---: | ---: | ---: | ---: | --- |',
  ];
  for (const [name, part] of Object.entries(parts)) {
    for (const figure of part.figures) lines.push(`| ${row(name, figure).join(' | ')} |`);
  }
  return lines.join('\n');
}
