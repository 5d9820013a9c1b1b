import { Box, Typography } from '@material-ui/core';
import type { PublicImageItem } from '../../api/workloadTypes';
import { publicImagesHeadline } from '../accountStandingText';
import { ExpandableList } from '../../components/ExpandableList';
import { StatusLabel } from '../../components/StatusLabel';
import { ImageLink } from '../../lineage/ImageLink';

/** The public AMIs the account owns (the backend sends the first few). */
export function PublicAmis(props: {
  publicImages: { total: number; items: PublicImageItem[] };
}) {
  const { total, items } = props.publicImages;
  return (
    <Box>
      <StatusLabel health={total ? 'warning' : 'ok'}>
        {publicImagesHeadline(total)}
      </StatusLabel>
      {items.length > 0 && (
        <ExpandableList
          aria-label="Public AMIs"
          items={items}
          keyOf={i => `${i.region} ${i.imageId}`}
          render={i => (
            <>
              <ImageLink imageId={i.imageId} />
              {`${i.name ? ` (${i.name})` : ''} in ${i.region}`}
            </>
          )}
          limit={5}
        />
      )}
      {total > items.length && (
        <Typography variant="caption" color="textSecondary" component="p">
          {`The first ${items.length} of ${total} are listed.`}
        </Typography>
      )}
    </Box>
  );
}
