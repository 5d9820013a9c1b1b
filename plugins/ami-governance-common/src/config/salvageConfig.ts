import type { z } from 'zod';
import { asRecord } from '../policies/parseJsonObject';
import { governanceConfigSchema } from './schema';

// What can still be read from a file that fails the schema: every field that is valid on its own,
// entry by entry, each entry keeping its position in the file. Lets validation report duplicates,
// expiry and durations next to the schema errors instead of hiding them behind the first one.

const shape = governanceConfigSchema.shape;
const opsSchema = shape.ops_publisher_account;
const vendorSchema = shape.vendor_publisher_accounts.unwrap().element;
const exceptionSchema = shape.exception_accounts.unwrap().element;
const policyConfigSchema = shape.policy_config.unwrap().in;
const ownerAliasSchema =
  policyConfigSchema.shape.additional_image_providers.unwrap().element;

/** An entry of a list in the file: what is valid of it, and its position in the list. */
interface SalvagedEntry<T> {
  index: number;
  value: T;
}

export interface SalvagedConfig {
  ops: Partial<z.output<typeof opsSchema>>;
  vendors: SalvagedEntry<Partial<z.output<typeof vendorSchema>>>[];
  exceptions: SalvagedEntry<Partial<z.output<typeof exceptionSchema>>>[];
  /** `policy_config` fields that are valid (defaults filled in), owner aliases left out. */
  policyConfig: Partial<z.output<typeof policyConfigSchema>>;
  /** The valid entries of `policy_config.additional_image_providers`, normalised. */
  aliases: SalvagedEntry<z.output<typeof ownerAliasSchema>>[];
}

function salvageFields<S extends z.ZodObject>(
  schema: S,
  raw: unknown,
): Partial<z.output<S>> {
  const record = asRecord(raw) ?? {};
  const fields: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(schema.shape)) {
    const parsed = (field as z.ZodType).safeParse(record[key]);
    if (parsed.success && parsed.data !== undefined) fields[key] = parsed.data;
  }
  return fields as Partial<z.output<S>>;
}

function salvageList<T>(
  raw: unknown,
  salvage: (item: unknown) => T | undefined,
): SalvagedEntry<T>[] {
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((item, index) => {
    const value = salvage(item);
    return value === undefined ? [] : [{ index, value }];
  });
}

/** Reads what it can of a decoded `ami_publishers.json`; never throws. */
export function salvageConfig(value: unknown): SalvagedConfig {
  const root = asRecord(value) ?? {};
  const policyConfig = asRecord(root.policy_config) ?? {};
  const { additional_image_providers: _, ...settings } = salvageFields(
    policyConfigSchema,
    policyConfig,
  );
  return {
    ops: salvageFields(opsSchema, root.ops_publisher_account),
    vendors: salvageList(root.vendor_publisher_accounts, item =>
      salvageFields(vendorSchema, item),
    ),
    exceptions: salvageList(root.exception_accounts, item =>
      salvageFields(exceptionSchema, item),
    ),
    policyConfig: settings,
    aliases: salvageList(
      policyConfig.additional_image_providers,
      item => ownerAliasSchema.safeParse(item).data,
    ),
  };
}
