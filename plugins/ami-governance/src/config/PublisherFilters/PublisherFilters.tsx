import { Box, TextField } from '@material-ui/core';
import type { PublisherCounts } from '../../api/types';
import {
  CATEGORY_FILTER_LABELS,
  PublisherFilters as Filters,
  STATE_FILTER_LABELS,
} from '../publisherFilters';

type PublisherFiltersProps = {
  /** Over the whole config: how many publishers each option matches on its own. */
  counts: PublisherCounts;
  value: Filters;
  onChange: (change: Filters) => void;
};

function Select<K extends keyof PublisherCounts>(props: {
  id: string;
  label: string;
  labels: Record<K, string>;
  counts: PublisherCounts;
  value?: K;
  onChange: (value: K | undefined) => void;
}) {
  const { labels, counts } = props;
  return (
    <TextField
      select
      id={props.id}
      label={props.label}
      size="small"
      variant="outlined"
      SelectProps={{ native: true }}
      InputLabelProps={{ shrink: true }}
      value={props.value ?? ''}
      onChange={e =>
        props.onChange((e.target.value || undefined) as K | undefined)
      }
    >
      <option value="">All ({counts.all})</option>
      {(Object.keys(labels) as K[]).map(key => (
        <option key={key} value={key}>
          {labels[key]} ({counts[key]})
        </option>
      ))}
    </TextField>
  );
}

/** Category and status filters, each option with how many publishers of the config it matches. */
export function PublisherFilters(props: PublisherFiltersProps) {
  const { counts, value, onChange } = props;
  return (
    <Box display="flex" gridGap={16} px={2} pt={2}>
      <Select
        id="ami-governance-category-filter"
        label="Category"
        labels={CATEGORY_FILTER_LABELS}
        counts={counts}
        value={value.category}
        onChange={category => onChange({ category })}
      />
      <Select
        id="ami-governance-status-filter"
        label="Status"
        labels={STATE_FILTER_LABELS}
        counts={counts}
        value={value.state}
        onChange={state => onChange({ state })}
      />
    </Box>
  );
}
