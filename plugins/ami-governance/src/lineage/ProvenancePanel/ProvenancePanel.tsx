import { useState } from 'react';
import { InfoCard } from '@backstage/core-components';
import { Typography } from '@material-ui/core';
import type { ImageProvenance } from '../../api/lineageTypes';
import { plural } from '../../lib/format';
import { WorkloadAnswerState } from '../../workloads/WorkloadAnswerState';
import { AnswerSource } from '../AnswerSource';
import { provenanceShares } from '../provenanceShares';
import { PROVENANCE_LABELS } from '../provenanceText';
import { useProvenance } from '../useProvenance';
import { ProvenanceBar } from './ProvenanceBar';
import { ProvenanceTable } from './ProvenanceTable';

const TITLE = 'Where do running images come from?';

/**
 * The share of workloads on golden, golden-derived, foreign and unknown images, for the
 * organization and per account (foreign and unknown first); a provenance's accounts a click away.
 */
export function ProvenancePanel() {
  const [chosen, setChosen] = useState<ImageProvenance>();
  const { first, data, tableRef } = useProvenance(chosen);
  return (
    <InfoCard title={TITLE}>
      <WorkloadAnswerState state={first} what="the provenance of the workloads">
        {answer => {
          const { total, shares } = provenanceShares(answer.organization!);
          return (
            <>
              <AnswerSource {...answer} />
              <Typography variant="body1" gutterBottom>
                {`${plural(
                  total,
                  'workload',
                )} (instances and launch template versions) in the organization, by the provenance of their AMI:`}
              </Typography>
              <ProvenanceBar
                shares={shares}
                chosen={chosen}
                onChoose={setChosen}
              />
              <Typography variant="subtitle2" style={{ marginTop: 16 }}>
                {chosen
                  ? `Accounts running ${PROVENANCE_LABELS[
                      chosen
                    ].toLowerCase()} images`
                  : 'Every account, those running foreign or unknown images first'}
              </Typography>
              <ProvenanceTable data={data} tableRef={tableRef} />
            </>
          );
        }}
      </WorkloadAnswerState>
    </InfoCard>
  );
}
