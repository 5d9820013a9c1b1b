import { InfoCard } from '@backstage/core-components';
import { Typography } from '@material-ui/core';
import { usePublicImages } from '../usePublicImages';
import { StatusLabel } from '../../components/StatusLabel';
import { WorkloadAnswerState } from '../WorkloadAnswerState';
import { PublicImagesTable } from './PublicImagesTable';

type PublicImagesListProps = {
  /** Ages are counted to this instant (see useNow), so tests never read the clock. */
  now: Date;
};

const TITLE = 'Public AMIs published by member accounts';

function Body({ now }: PublicImagesListProps) {
  const { first, tableRef, data } = usePublicImages();
  return (
    <WorkloadAnswerState state={first} what="the public AMIs">
      {value => (
        <>
          {value.note && (
            <Typography variant="caption" color="textSecondary" component="p">
              {value.note}
            </Typography>
          )}
          {value.collectionError && (
            <StatusLabel health="warning">
              {`The last workload collection failed (${value.collectionError}): this list is from an older one.`}
            </StatusLabel>
          )}
          {value.total === 0 ? (
            <StatusLabel health="ok">
              No member account shares an AMI publicly.
            </StatusLabel>
          ) : (
            <PublicImagesTable tableRef={tableRef} data={data} now={now} />
          )}
        </>
      )}
    </WorkloadAnswerState>
  );
}

/** Member-owned AMIs anyone can launch: blocking new public sharing leaves these public. */
export function PublicImagesList(props: PublicImagesListProps) {
  return (
    <InfoCard title={TITLE}>
      <Body now={props.now} />
    </InfoCard>
  );
}
