import { Box, Button, Typography } from '@material-ui/core';
import type { ImageProvenance } from '../../api/lineageTypes';
import { plural } from '../../lib/format';
import type { ProvenanceShare } from '../provenanceShares';
import { PROVENANCE_LABELS } from '../provenanceText';

/** Colours of the bar: the risky provenances stand out. */
export const PROVENANCE_COLOURS: Record<ImageProvenance, string> = {
  foreign: '#e65100',
  unknown: '#757575',
  'golden-derived': '#66bb6a',
  golden: '#2e7d32',
};

type ProvenanceBarProps = {
  shares: ProvenanceShare[];
  chosen: ImageProvenance | undefined;
  /** Keeps the accounts running images of one provenance; the chosen one again shows them all. */
  onChoose: (p: ImageProvenance | undefined) => void;
};

/** The organization's workloads by provenance as one bar, and a button per provenance for its list. */
export function ProvenanceBar({
  shares,
  chosen,
  onChoose,
}: ProvenanceBarProps) {
  return (
    <Box>
      <Box
        display="flex"
        height={16}
        borderRadius={4}
        overflow="hidden"
        aria-hidden
      >
        {shares.map(s => (
          <Box
            key={s.provenance}
            width={`${s.percent}%`}
            bgcolor={PROVENANCE_COLOURS[s.provenance]}
          />
        ))}
      </Box>
      <Box display="flex" flexWrap="wrap" mt={1} style={{ gap: 8 }}>
        {shares.map(s => (
          <Button
            key={s.provenance}
            size="small"
            variant={chosen === s.provenance ? 'contained' : 'outlined'}
            aria-pressed={chosen === s.provenance}
            onClick={() =>
              onChoose(chosen === s.provenance ? undefined : s.provenance)
            }
            startIcon={
              <Box
                width={10}
                height={10}
                bgcolor={PROVENANCE_COLOURS[s.provenance]}
              />
            }
          >
            <Typography variant="body2" component="span">
              {`${PROVENANCE_LABELS[s.provenance]}: ${plural(
                s.workloads,
                'workload',
              )} (${s.percent}%)`}
            </Typography>
          </Button>
        ))}
      </Box>
    </Box>
  );
}
