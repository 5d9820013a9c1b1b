// Organizations inheritance operators, and reading values written with or without them.

/** Children (OU or account policies) may not change a value carrying this. @public */
export const CHILD_POLICY_LOCK = {
  '@@operators_allowed_for_child_policies': ['@@none'],
} as const;

/** `{"@@assign": value}`: the root policy's value replaces anything inherited. */
export function assign<T>(value: T): { '@@assign': T } {
  return { '@@assign': value };
}

/** `assign` plus the lock that stops child policies from changing the value. */
export function assignLocked<T>(value: T) {
  return { ...CHILD_POLICY_LOCK, '@@assign': value };
}

/**
 * The value of a policy setting written either with operators (`{"@@assign": x}`, `{"@@append": x}`)
 * or bare (`x`), as effective policies may show it.
 */
export function operatorValue(node: unknown): unknown {
  if (node && typeof node === 'object' && !Array.isArray(node)) {
    const record = node as Record<string, unknown>;
    for (const op of ['@@assign', '@@append']) {
      if (op in record) return record[op];
    }
  }
  return node;
}

/** True when the value is locked against changes by child policies. */
export function isLocked(node: unknown): boolean {
  if (!node || typeof node !== 'object') return false;
  const allowed = (node as Record<string, unknown>)[
    '@@operators_allowed_for_child_policies'
  ];
  return (
    Array.isArray(allowed) && allowed.length === 1 && allowed[0] === '@@none'
  );
}
