import { ReactNode, useState } from 'react';
import { Box, Button, Typography } from '@material-ui/core';

export type ExpandableListProps<T> = {
  items: T[];
  /** A stable key for each item. */
  keyOf: (item: T, index: number) => string;
  render: (item: T) => ReactNode;
  /** Items shown before "Show all": organizations list thousands of accounts or findings. */
  limit?: number;
  'aria-label'?: string;
};

/** A bulleted list cut at `limit`, with a button to show the rest. */
export function ExpandableList<T>(props: ExpandableListProps<T>) {
  const { items, limit = 10, keyOf, render } = props;
  const [expanded, setExpanded] = useState(false);
  const shown = expanded ? items : items.slice(0, limit);
  return (
    <Box>
      <Box component="ul" m={0} pl={3} aria-label={props['aria-label']}>
        {shown.map((item, i) => (
          <Typography key={keyOf(item, i)} component="li" variant="body2">
            {render(item)}
          </Typography>
        ))}
      </Box>
      {items.length > limit && (
        <Button size="small" onClick={() => setExpanded(e => !e)}>
          {expanded
            ? 'Show fewer'
            : `Show all ${items.length.toLocaleString('en-US')}`}
        </Button>
      )}
    </Box>
  );
}
