import { InfoCard } from '@backstage/core-components';
import { Box, Typography } from '@material-ui/core';
import type { Summary } from '../../lib/summary';
import { Health, StatusLabel } from '../StatusLabel';

type Count = {
  label: string;
  value: string;
  health: Health;
  meaning: string;
};

const VERDICT_WORDS = {
  in_sync: { word: 'In sync', health: 'ok' },
  drifted: { word: 'Drifted', health: 'error' },
  unknown: { word: 'Unknown', health: 'unknown' },
} as const;

function counts(s: Summary, warningDays: number): Count[] {
  const verdict = VERDICT_WORDS[s.verdict];
  return [
    {
      label: 'Allowlist',
      value: String(s.allowlist),
      health: 'ok',
      meaning: 'providers allowed today',
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
    {
      label: `Drift: ${verdict.word}`,
      value: String(s.drifted),
      health: verdict.health,
      meaning:
        s.verdict === 'unknown'
          ? 'no AWS status to compare with'
          : `of ${s.policies} policies differ from Git`,
    },
  ];
}

/** The page at a glance: each figure a word and a number, the colour only repeating them. */
export function SummaryCounts(props: {
  summary: Summary;
  warningDays: number;
}) {
  return (
    <InfoCard title="Summary" noPadding>
      <Box display="flex" flexWrap="wrap" p={2} gridGap={32} role="list">
        {counts(props.summary, props.warningDays).map(c => (
          <Box
            key={c.label}
            role="listitem"
            aria-label={`${c.label}: ${c.value}`}
          >
            <StatusLabel health={c.health}>
              <Typography component="span" variant="subtitle2">
                {c.label}
              </Typography>
            </StatusLabel>
            <Typography variant="h4" component="p">
              {c.value}
            </Typography>
            <Typography variant="caption" color="textSecondary">
              {c.meaning}
            </Typography>
          </Box>
        ))}
      </Box>
    </InfoCard>
  );
}
