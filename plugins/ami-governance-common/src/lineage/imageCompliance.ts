import { z } from 'zod';
import type { Provenance } from './provenance';

// Optional compliance rules for images (`image_compliance` in ami_publishers.json). Each rule is
// judged on what the collections saw; a fact that was not seen gives `unknown`, never a pass.

const flag = z.boolean({ error: 'must be true or false' });

/** @public */
export const imageComplianceSchema = z.object({
  /** Tag keys every AMI must carry, e.g. ["Owner", "CostCenter"]. */
  required_tag_keys: z
    .array(
      z
        .string({ error: 'must be a tag key string' })
        .min(1, { error: 'must not be empty' }),
      {
        error: 'must be a list of tag keys',
      },
    )
    .optional(),
  /** Every EBS snapshot the AMI maps is encrypted. */
  encrypted_snapshots: flag.optional(),
  /** At most this many days since the AMI was created. */
  max_age_days: z
    .number({ error: 'must be a whole number of days' })
    .int({ error: 'must be a whole number of days' })
    .min(1, { error: 'must be 1 or more' })
    .optional(),
  not_deprecated: flag.optional(),
  not_public: flag.optional(),
  /** `golden`: golden only; `golden-derived`: golden or golden-derived. */
  required_provenance: z
    .enum(['golden', 'golden-derived'], {
      error: 'must be "golden" or "golden-derived" (which accepts golden too)',
    })
    .optional(),
});

/** @public */
export type ImageComplianceRules = z.output<typeof imageComplianceSchema>;

/** @public */
export type ImageComplianceRule = keyof ImageComplianceRules;

/** The facts the rules look at. @public */
export type ImageComplianceFacts = {
  tags?: Record<string, string>;
  snapshotsEncrypted?: boolean;
  creationDate?: string;
  deprecationTime?: string;
  isPublic?: boolean;
};

/** A rule the AMI fails, or cannot be judged on. @public */
export type ImageComplianceFinding = {
  rule: ImageComplianceRule;
  status: 'fail' | 'unknown';
  message: string;
};

const DAY_MS = 86_400_000;

/**
 * The rules `facts` fail or cannot be judged on, as of `now`. No rules configured: none.
 * @public
 */
export function imageComplianceFindings(
  facts: ImageComplianceFacts,
  provenance: Provenance,
  rules: ImageComplianceRules | undefined,
  now: Date,
): ImageComplianceFinding[] {
  if (!rules) return [];
  const out: ImageComplianceFinding[] = [];
  const add = (
    rule: ImageComplianceRule,
    status: 'fail' | 'unknown',
    message: string,
  ) => out.push({ rule, status, message });

  if (rules.required_tag_keys?.length) {
    if (!facts.tags)
      add('required_tag_keys', 'unknown', "The AMI's tags were not seen.");
    else {
      const missing = rules.required_tag_keys.filter(k => !(k in facts.tags!));
      if (missing.length > 0)
        add(
          'required_tag_keys',
          'fail',
          `Missing tag key(s): ${missing.join(', ')}.`,
        );
    }
  }
  if (rules.encrypted_snapshots) {
    if (facts.snapshotsEncrypted === undefined)
      add(
        'encrypted_snapshots',
        'unknown',
        'Whether its EBS snapshots are encrypted was not seen.',
      );
    else if (!facts.snapshotsEncrypted)
      add(
        'encrypted_snapshots',
        'fail',
        'At least one EBS snapshot it maps is not encrypted.',
      );
  }
  if (rules.max_age_days !== undefined) {
    if (!facts.creationDate)
      add('max_age_days', 'unknown', 'Its creation date was not seen.');
    else {
      const days = Math.floor(
        (now.getTime() - Date.parse(facts.creationDate)) / DAY_MS,
      );
      if (days > rules.max_age_days)
        add(
          'max_age_days',
          'fail',
          `Created ${days} days ago, more than the ${rules.max_age_days} allowed.`,
        );
    }
  }
  if (
    rules.not_deprecated &&
    facts.deprecationTime &&
    Date.parse(facts.deprecationTime) <= now.getTime()
  )
    add('not_deprecated', 'fail', `Deprecated since ${facts.deprecationTime}.`);
  if (rules.not_public) {
    if (facts.isPublic === undefined)
      add('not_public', 'unknown', 'Whether it is public was not seen.');
    else if (facts.isPublic) add('not_public', 'fail', 'The AMI is public.');
  }
  if (rules.required_provenance) {
    const accepted: Provenance[] =
      rules.required_provenance === 'golden'
        ? ['golden']
        : ['golden', 'golden-derived'];
    if (provenance === 'unknown')
      add(
        'required_provenance',
        'unknown',
        'Its provenance is unknown: the chain cannot be followed to a root.',
      );
    else if (!accepted.includes(provenance))
      add(
        'required_provenance',
        'fail',
        `Provenance ${provenance}; required: ${accepted.join(' or ')}.`,
      );
  }
  return out;
}
