import {
  describeCountdown,
  Finding,
  GeneratedPolicy,
  Publisher,
} from '@ami-governance/backstage-plugin-ami-governance-common';
import { basename } from 'node:path';
import { printable } from './terminalText';

/** A finding with the file it concerns: the config, or a policy file checked with --policies. */
export type FileFinding = Finding & { file: string };

/** Findings about one file, as printed and as `--json` carries them. */
export const inFile = (
  findings: readonly Finding[],
  file: string,
): FileFinding[] => findings.map(f => ({ file, ...f }));

/** A policy file's findings have paths `<file name>:<JSON path>`; the line names the file once. */
function pathInFile(f: FileFinding): string {
  const name = basename(f.file);
  if (f.path === name) return '';
  return f.path.startsWith(`${name}:`) ? f.path.slice(name.length + 1) : f.path;
}

/**
 * Output for one command: readable lines, or one JSON object for pipelines. With `stream`, lines are
 * written as they come (progress in a job log) instead of at the end.
 */
export class Output {
  private readonly lines: string[] = [];

  constructor(readonly json: boolean, private readonly stream = false) {}

  /** One line of text; controls and escape sequences in it (from AWS data) are never printed. */
  line(text = '') {
    if (this.json) return;
    const safe = printable(text);
    if (this.stream) process.stdout.write(`${safe}\n`);
    else this.lines.push(safe);
  }

  findings(findings: readonly FileFinding[]) {
    for (const f of findings) {
      const path = pathInFile(f);
      this.line(
        `${f.severity}: ${f.file}: ${path ? `${path}: ` : ''}${f.message}`,
      );
    }
  }

  flush(payload: object) {
    process.stdout.write(
      this.json
        ? `${JSON.stringify(payload, null, 2)}\n`
        : this.lines.map(l => `${l}\n`).join(''),
    );
  }
}

const number = (n: number) => n.toLocaleString('en-US');

export function publisherLine(p: Publisher): string {
  const status = p.exception
    ? `expires ${p.exception.expires_on} (${describeCountdown(
        p.exception.status.daysRemaining,
      )})`
    : '';
  return `  ${p.provider.padEnd(16)} ${p.category.padEnd(9)} ${(
    p.name ?? ''
  ).padEnd(24)} ${status}`.trimEnd();
}

export function sizeLine(doc: GeneratedPolicy, label: string): string {
  return `${label}: ${number(doc.size)} of ${number(
    doc.maxSize,
  )} characters (compact JSON, as sent to AWS)`;
}

export function summary(findings: Finding[]): string {
  const errors = findings.filter(f => f.severity === 'error').length;
  const warnings = findings.length - errors;
  return `${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${
    warnings === 1 ? '' : 's'
  }`;
}
