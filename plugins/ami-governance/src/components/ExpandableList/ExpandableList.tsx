import { ReactNode, useState } from 'react';
import { Box, Button, Typography } from '@material-ui/core';
import type { ListPaging } from '../../lib/listPaging';

type ExpandableListProps<T> = {
  items: T[];
  /** A stable key for each item. */
  keyOf: (item: T, index: number) => string;
  render: (item: T) => ReactNode;
  /** Items shown before "Show all": organizations list thousands of accounts or findings. */
  limit?: number;
  /** Set when `items` is only the start of a longer list: then further pages are fetched on demand. */
  paging?: ListPaging;
  'aria-label'?: string;
};

const count = (n: number) => n.toLocaleString('en-US');

function PagingButtons(props: { shown: number; paging: ListPaging }) {
  const { shown, paging } = props;
  const next = Math.min(paging.pageSize, paging.total - shown);
  return (
    <Box display="flex" alignItems="center" gridGap={8}>
      {next > 0 && (
        <Button size="small" disabled={paging.loading} onClick={paging.onMore}>
          {paging.loading
            ? 'Loading…'
            : `Show ${count(next)} more (${count(shown)} of ${count(
                paging.total,
              )} shown)`}
        </Button>
      )}
      {paging.onFewer && (
        <Button size="small" onClick={paging.onFewer}>
          Show fewer
        </Button>
      )}
      {paging.error && (
        <Typography variant="caption" color="error">
          {`Could not load more: ${paging.error.message}`}
        </Typography>
      )}
    </Box>
  );
}

/**
 * A bulleted list. Cut at `limit` with a button to show the rest when all items are at hand; with
 * `paging`, every fetched item shows and a button fetches the next page.
 */
export function ExpandableList<T>(props: ExpandableListProps<T>) {
  const { items, limit = 10, keyOf, render, paging } = props;
  const [expanded, setExpanded] = useState(false);
  const shown = paging || expanded ? items : items.slice(0, limit);
  return (
    <Box>
      <Box component="ul" m={0} pl={3} aria-label={props['aria-label']}>
        {shown.map((item, i) => (
          <Typography key={keyOf(item, i)} component="li" variant="body2">
            {render(item)}
          </Typography>
        ))}
      </Box>
      {paging && <PagingButtons shown={items.length} paging={paging} />}
      {!paging && items.length > limit && (
        <Button size="small" onClick={() => setExpanded(e => !e)}>
          {expanded ? 'Show fewer' : `Show all ${count(items.length)}`}
        </Button>
      )}
    </Box>
  );
}
