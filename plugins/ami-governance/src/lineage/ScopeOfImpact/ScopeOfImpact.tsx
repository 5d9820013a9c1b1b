import { InfoCard } from '@backstage/core-components';
import { Typography } from '@material-ui/core';
import type { AsyncState } from 'react-use/esm/useAsync';
import type { ImageDescendantsResponse } from '../../api/lineageTypes';
import { StatusLabel } from '../../components/StatusLabel';
import { plural } from '../../lib/format';
import { WorkloadAnswerState } from '../../workloads/WorkloadAnswerState';
import { AnswerSource } from '../AnswerSource';
import type { useScopeOfImpact } from '../useScopeOfImpact';
import { ScopeTable } from './ScopeTable';

/** `3 AMIs · 20 instances and 2 launch templates in 4 accounts and 2 regions`. */
export function scopeHeadline(answer: ImageDescendantsResponse) {
  const t = answer.totals;
  if (!t) return 'Scope unknown';
  const workloads = `${plural(t.instances, 'instance')} and ${plural(
    t.launchTemplates,
    'launch template',
  )}`;
  return `${plural(
    t.images,
    'AMI',
  )} (this one and those derived from it) · ${workloads} in ${plural(
    t.accounts,
    'account',
  )} and ${plural(t.regions, 'region')}`;
}

/** What a compromised AMI reaches: the derived AMIs and every workload on any of them, paged. */
export function ScopeOfImpact(props: {
  scope: ReturnType<typeof useScopeOfImpact>;
}) {
  const { first, data } = props.scope;
  return (
    <InfoCard title="Scope of impact">
      {!first.loading && !first.error && !first.value ? (
        <StatusLabel health="unknown">
          Unknown: no collection met this AMI.
        </StatusLabel>
      ) : (
        <WorkloadAnswerState
          state={first as AsyncState<ImageDescendantsResponse>}
          what="the scope of impact"
        >
          {answer => (
            <>
              <AnswerSource {...answer} />
              <Typography variant="body1" gutterBottom>
                {scopeHeadline(answer)}
              </Typography>
              {answer.total === 0 ? (
                <StatusLabel health="ok">
                  No workload of the newest collection uses it or an AMI derived
                  from it.
                </StatusLabel>
              ) : (
                <ScopeTable data={data} />
              )}
            </>
          )}
        </WorkloadAnswerState>
      )}
    </InfoCard>
  );
}
