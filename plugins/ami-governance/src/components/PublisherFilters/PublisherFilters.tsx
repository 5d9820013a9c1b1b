import { Box, TextField } from '@material-ui/core';
import type { PublisherCategory } from 'ami-governance-common';
import {
  CATEGORY_LABELS,
  PublisherRow,
  PublisherStanding,
  RowFilters,
  STANDING_LABELS,
} from '../../lib/publisherRows';

export type PublisherFiltersProps = {
  rows: PublisherRow[];
  value: RowFilters;
  onChange: (value: RowFilters) => void;
};

function countBy<K extends string>(
  rows: PublisherRow[],
  key: (r: PublisherRow) => K,
) {
  const counts = new Map<K, number>();
  for (const r of rows) counts.set(key(r), (counts.get(key(r)) ?? 0) + 1);
  return counts;
}

/** Category and status filters, each option with how many publishers it matches. */
export function PublisherFilters(props: PublisherFiltersProps) {
  const { rows, value, onChange } = props;
  const categories = countBy(rows, r => r.category);
  const standings = countBy(rows, r => r.standing);
  return (
    <Box display="flex" gridGap={16} px={2} pt={2}>
      <TextField
        select
        id="ami-governance-category-filter"
        label="Category"
        size="small"
        variant="outlined"
        SelectProps={{ native: true }}
        InputLabelProps={{ shrink: true }}
        value={value.category ?? ''}
        onChange={e =>
          onChange({
            ...value,
            category: (e.target.value || undefined) as
              | PublisherCategory
              | undefined,
          })
        }
      >
        <option value="">All ({rows.length})</option>
        {(Object.keys(CATEGORY_LABELS) as PublisherCategory[]).map(c => (
          <option key={c} value={c}>
            {CATEGORY_LABELS[c]} ({categories.get(c) ?? 0})
          </option>
        ))}
      </TextField>
      <TextField
        select
        id="ami-governance-status-filter"
        label="Status"
        size="small"
        variant="outlined"
        SelectProps={{ native: true }}
        InputLabelProps={{ shrink: true }}
        value={value.standing ?? ''}
        onChange={e =>
          onChange({
            ...value,
            standing: (e.target.value || undefined) as
              | PublisherStanding
              | undefined,
          })
        }
      >
        <option value="">All ({rows.length})</option>
        {(Object.keys(STANDING_LABELS) as PublisherStanding[]).map(s => (
          <option key={s} value={s}>
            {STANDING_LABELS[s]} ({standings.get(s) ?? 0})
          </option>
        ))}
      </TextField>
    </Box>
  );
}
