import { InfoCard } from '@backstage/core-components';
import { Box, Typography } from '@material-ui/core';
import type { SummaryFigure } from '../../organization/summaryFigures';
import { StatusLabel } from '../StatusLabel';

type SummaryCountsProps = {
  title: string;
  figures: SummaryFigure[];
};

/** A tab at a glance: each figure a word and a number, the colour only repeating them. */
export function SummaryCounts(props: SummaryCountsProps) {
  return (
    <InfoCard title={props.title} noPadding>
      <Box display="flex" flexWrap="wrap" p={2} gridGap={32} role="list">
        {props.figures.map(c => (
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
