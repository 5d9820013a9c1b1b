import { closest, distance } from 'fastest-levenshtein';
import { z } from 'zod';
import { Finding, formatJsonPath } from '../lib/findings';
import { governanceConfigSchema } from './schema';

// Keys the schema does not declare. They are accepted (a file must keep parsing when an
// organization adds its own fields) but ignored, so each one is reported as a warning naming the
// nearest declared key: a typo such as `enforcment_mode` otherwise silently loses a setting.
// The declared keys are read from the schema itself.

/** The object or list schema under optional / default / transform wrappers. */
function innerSchema(schema: z.ZodType): z.ZodType {
  if (
    schema instanceof z.ZodOptional ||
    schema instanceof z.ZodDefault ||
    schema instanceof z.ZodNullable
  ) {
    return innerSchema(schema.unwrap() as z.ZodType);
  }
  if (schema instanceof z.ZodPipe) return innerSchema(schema.in as z.ZodType);
  return schema;
}

/** The declared key a mistyped one most likely meant, when one is close enough. */
export function nearestKey(
  key: string,
  known: readonly string[],
): string | undefined {
  if (known.length === 0) return undefined;
  const typed = key.toLowerCase().replace(/[-\s]/g, '_');
  const best = closest(typed, [...known]);
  return distance(typed, best) <= Math.max(2, Math.floor(best.length / 4))
    ? best
    : undefined;
}

function unknownKeyFinding(
  path: PropertyKey[],
  key: string,
  known: string[],
): Finding {
  const where = formatJsonPath([...path, key]);
  const suggestion = nearestKey(key, known);
  return {
    severity: 'warning',
    code: 'unknown-key',
    path: where,
    message: suggestion
      ? `${where} is not a known key: did you mean ${suggestion}? It is ignored.`
      : `${where} is not a known key. It is ignored. Known keys here: ${known.join(
          ', ',
        )}.`,
  };
}

function walk(
  schema: z.ZodType,
  value: unknown,
  path: PropertyKey[],
): Finding[] {
  const inner = innerSchema(schema);
  if (inner instanceof z.ZodArray && Array.isArray(value)) {
    return value.flatMap((item, i) =>
      walk(inner.element as z.ZodType, item, [...path, i]),
    );
  }
  if (
    !(inner instanceof z.ZodObject) ||
    !value ||
    typeof value !== 'object' ||
    Array.isArray(value)
  ) {
    return [];
  }
  const shape = inner.shape as Record<string, z.ZodType>;
  const known = Object.keys(shape);
  return Object.entries(value).flatMap(([key, child]) =>
    Object.prototype.hasOwnProperty.call(shape, key)
      ? walk(shape[key], child, [...path, key])
      : [unknownKeyFinding(path, key, known)],
  );
}

/**
 * A warning for every key of a decoded `ami_publishers.json` that the schema does not declare, at
 * any depth: top level, publisher and exception entries, `policy_config`, `metadata`.
 * @public
 */
export function unknownKeyFindings(value: unknown): Finding[] {
  return walk(governanceConfigSchema, value, []);
}
