import { Box, Typography } from '@material-ui/core';
import type { AccountStandingResponse } from '../../api/workloadTypes';
import { NOT_VISIBLE_WHAT_TO_DO, notVisibleText } from '../accountStandingText';
import { StatusLabel } from '../../components/StatusLabel';

type Visibility = NonNullable<AccountStandingResponse['visibility']>;

/** The role could not be assumed: nothing of the account was read, and how to fix it. */
export function NotVisible(props: { visibility: Visibility }) {
  const { visibility } = props;
  return (
    <Box>
      <StatusLabel health="error">
        {notVisibleText(visibility.error)}
      </StatusLabel>
      <Typography variant="body2">{NOT_VISIBLE_WHAT_TO_DO}</Typography>
    </Box>
  );
}
