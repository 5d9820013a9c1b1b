import { Box, Typography } from '@material-ui/core';
import type {
  WorkloadCounts,
  WorkloadItem,
  WorkloadPublisherImpact,
} from '../../api/workloadTypes';
import type { AccountWorkloads } from '../useAccountStanding';
import { blockedHeadline } from '../accountStandingText';
import { describeCounts, publisherName, workloadName } from '../readinessText';
import { ExpandableList } from '../../components/ExpandableList';
import { StatusLabel } from '../../components/StatusLabel';
import { ImageLink } from '../../lineage/ImageLink';

/** "i-0abc in us-east-1 on ami-… (image-name) of amazon". */
export function WorkloadLine(props: { workload: WorkloadItem }) {
  const w = props.workload;
  return (
    <>
      <code>{workloadName(w)}</code>
      {` in ${w.region} on `}
      <ImageLink imageId={w.imageId} />
      {w.imageName ? ` (${w.imageName})` : ''}
      {` of ${publisherName(w)}`}
    </>
  );
}

type BlockedWorkloadsProps = {
  blocked: WorkloadCounts;
  byPublisher: WorkloadPublisherImpact[];
  workloads: AccountWorkloads;
};

/** What `enabled` would block in this account today, by publisher, with its workloads page by page. */
export function BlockedWorkloads(props: BlockedWorkloadsProps) {
  const { blocked, byPublisher, workloads } = props;
  const none = blocked.instances + blocked.launchTemplates === 0;
  return (
    <Box>
      <StatusLabel health={none ? 'ok' : 'warning'}>
        {blockedHeadline(blocked)}
      </StatusLabel>
      {byPublisher.length > 0 && (
        <Typography variant="body2">
          {`On AMIs of ${byPublisher
            .map(p => `${publisherName(p)} (${describeCounts(p)})`)
            .join(', ')}.`}
        </Typography>
      )}
      {workloads.items.length > 0 && (
        <ExpandableList
          aria-label="Blocked workloads"
          items={workloads.items}
          keyOf={w => w.id}
          render={w => <WorkloadLine workload={w} />}
          paging={workloads.paging}
        />
      )}
    </Box>
  );
}
