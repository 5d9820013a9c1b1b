import type { Health } from './health';
import type { Summary } from './summary';

/** One figure of a summary: a word and a number, the colour only repeating them. */
export type SummaryFigure = {
  label: string;
  value: string;
  health: Health;
  meaning: string;
};

/** The developers' figures: what the config allows today and what lapses soon. */
export function publisherFigures(
  s: Summary,
  warningDays: number,
): SummaryFigure[] {
  return [
    {
      label: 'Allowlist',
      value: String(s.allowlist),
      health: 'ok',
      meaning: 'publishers allowed today',
    },
    {
      label: 'Active exceptions',
      value: String(s.active),
      health: 'ok',
      meaning: 'in the allowlist, expiring ones included',
    },
    {
      label: 'Expiring',
      value: String(s.expiring),
      health: s.expiring ? 'warning' : 'ok',
      meaning: `within ${warningDays} days`,
    },
    {
      label: 'Expired',
      value: String(s.expired),
      health: s.expired ? 'error' : 'ok',
      meaning: 'past their date, still in the config',
    },
  ];
}

/** The platform team's figure: how many deployed policies are what Git generates. */
export function policyFigures(
  s: Pick<Summary, 'verdict' | 'drifted' | 'policies'>,
): SummaryFigure[] {
  if (s.verdict === 'unknown') {
    return [
      {
        label: 'Policies in sync with Git',
        value: 'unknown',
        health: 'unknown',
        meaning: 'no AWS status to compare with',
      },
    ];
  }
  return [
    {
      label: 'Policies in sync with Git',
      value: `${s.policies - s.drifted} of ${s.policies}`,
      health: s.drifted ? 'error' : 'ok',
      meaning: s.drifted
        ? `${s.drifted} differ from Git or are missing from AWS`
        : 'AWS holds what Git generates',
    },
  ];
}
