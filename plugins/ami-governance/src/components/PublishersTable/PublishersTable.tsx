import { useMemo, useState } from 'react';
import { Table } from '@backstage/core-components';
import { Box, Typography } from '@material-ui/core';
import { filterRows, PublisherRow, RowFilters } from '../../lib/publisherRows';
import { PublisherFilters } from '../PublisherFilters';
import { publisherColumns } from './columns';

export type PublishersTableProps = {
  /** Already sorted by soonest expiry. */
  rows: PublisherRow[];
  loading?: boolean;
};

const options = {
  search: true,
  paging: true,
  pageSize: 20,
  pageSizeOptions: [20, 50, 100],
  padding: 'dense' as const,
  emptyRowsWhenPaging: false,
  headerStyle: { whiteSpace: 'nowrap' as const },
};

/** Every publisher with its live countdown: searchable, filterable by category and status. */
export function PublishersTable(props: PublishersTableProps) {
  const { rows, loading } = props;
  const [filters, setFilters] = useState<RowFilters>({});
  const shown = useMemo(() => filterRows(rows, filters), [rows, filters]);
  return (
    <Box component="section" aria-label="Publishers">
      <PublisherFilters rows={rows} value={filters} onChange={setFilters} />
      <Table<PublisherRow>
        title="Publishers"
        subtitle={`${shown.length} of ${rows.length} shown, soonest expiry first`}
        columns={publisherColumns}
        data={shown}
        isLoading={loading}
        options={options}
        emptyContent={
          <Box p={2}>
            <Typography variant="body2">
              {rows.length
                ? 'No publisher matches these filters.'
                : 'No publishers: the governance config has not been read.'}
            </Typography>
          </Box>
        }
      />
    </Box>
  );
}
