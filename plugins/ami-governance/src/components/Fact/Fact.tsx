import { ReactNode } from 'react';
import { Box, Typography } from '@material-ui/core';

/** One labelled fact of a card: the label muted on the left, the value beside it. */
export function Fact(props: { label: string; children: ReactNode }) {
  return (
    <Box display="flex" gridGap={8} py={0.25}>
      <Typography
        variant="body2"
        color="textSecondary"
        style={{ minWidth: 110 }}
      >
        {props.label}
      </Typography>
      <Typography variant="body2" component="div">
        {props.children}
      </Typography>
    </Box>
  );
}
