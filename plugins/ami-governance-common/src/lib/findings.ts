// Validation results, shared by the CLI, the backend and the scaffolder action. Their shape is the
// API contract's (findings travel in GET /policies and the exception request preview as they are).
import type { ApiComponents } from '../api/contract';
import { findingCodeValues } from '../schema/openapi.generated';

/**
 * One problem found. `path` is a JSON path into the config (`exception_accounts[1].expires_on`) or
 * the name of a generated document; `message` says what is wrong and how to fix it.
 * @public
 */
export type Finding = ApiComponents['schemas']['Finding'];

/** @public */
export type FindingSeverity = Finding['severity'];

/** @public */
export type FindingCode = Finding['code'];

/** Every finding code, so callers can switch on them and docs can list them. @public */
export const FINDING_CODES: readonly FindingCode[] = findingCodeValues;

/** @public */
export function hasErrors(findings: readonly Finding[]): boolean {
  return findings.some(f => f.severity === 'error');
}

/** Errors first, then warnings, each group in the order found. @public */
export function sortFindings<T extends Finding>(findings: readonly T[]): T[] {
  return [
    ...findings.filter(f => f.severity === 'error'),
    ...findings.filter(f => f.severity === 'warning'),
  ];
}

/**
 * The findings of `primary` followed by those of `secondary` that say something new: a finding
 * whose code and path are already reported, or that sits where an error of `primary` already is,
 * is left out (the error there says what to fix first).
 * @public
 */
export function mergeFindings(
  primary: readonly Finding[],
  secondary: readonly Finding[],
): Finding[] {
  const said = new Set(primary.map(f => `${f.code}\u0000${f.path}`));
  const errorPaths = new Set(
    primary.filter(f => f.severity === 'error').map(f => f.path),
  );
  const merged = [...primary];
  for (const f of secondary) {
    const key = `${f.code}\u0000${f.path}`;
    if (said.has(key) || errorPaths.has(f.path)) continue;
    said.add(key);
    merged.push(f);
  }
  return merged;
}

/** `exception_accounts[1].expires_on` from `['exception_accounts', 1, 'expires_on']`. @public */
export function formatJsonPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => {
    if (typeof key === 'number') return `${out}[${key}]`;
    const name = String(key);
    return out ? `${out}.${name}` : name;
  }, '');
}
