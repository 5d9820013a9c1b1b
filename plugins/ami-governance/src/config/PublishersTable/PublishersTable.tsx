import { useMemo, useState } from 'react';
import { Table } from '@backstage/core-components';
import { Box } from '@material-ui/core';
import { utcDateOf } from '@ami-governance/backstage-plugin-ami-governance-common';
import type { PublishersResponse } from '../../api/types';
import { usePublisherFilters } from '../usePublisherFilters';
import { usePublisherPages } from '../usePublisherPages';
import type { PublisherRow } from '../publisherRows';
import { PublisherDetails } from '../PublisherDetails';
import { PublisherFilters } from '../PublisherFilters';
import { publisherColumns } from './columns';
import { toggleRowDetails } from '../../lib/rowDetails';

type PublishersTableProps = {
  /** The first, unfiltered page: counts over the config; a new one makes the table fetch again. */
  config: PublishersResponse;
  now: Date;
};

const baseOptions = {
  search: true,
  sorting: false,
  paging: true,
  pageSize: 20,
  pageSizeOptions: [20, 50, 100],
  padding: 'dense' as const,
  emptyRowsWhenPaging: false,
  debounceInterval: 300,
  headerStyle: { whiteSpace: 'nowrap' as const },
};

const detailPanel = [
  {
    tooltip: 'What uses it, reason, ticket, approvals and notes',
    render: ({ rowData }: { rowData: PublisherRow }) => (
      <PublisherDetails row={rowData} />
    ),
  },
];

/**
 * The publishers, a page at a time from the backend: searchable, filterable by category and
 * status (the filters live in the URL), each row expandable to what uses it, its reason, ticket
 * and approvals.
 */
export function PublishersTable(props: PublishersTableProps) {
  const { config, now } = props;
  const [filters, setFilters] = usePublisherFilters();
  const { tableRef, data, total } = usePublisherPages({
    filters,
    onFiltersChange: setFilters,
    today: utcDateOf(now),
    refreshKey: config,
  });
  // The search box starts from the URL; after that the box drives the URL.
  const [searchText] = useState(filters.q ?? '');
  const options = useMemo(() => ({ ...baseOptions, searchText }), [searchText]);
  const all = config.counts.all;
  return (
    <Box component="section" aria-label="Publishers">
      <PublisherFilters
        counts={config.counts}
        value={filters}
        onChange={setFilters}
      />
      <Table<PublisherRow>
        tableRef={tableRef}
        title="Publishers"
        subtitle={
          total === undefined
            ? `${all} in the config`
            : `${total} of ${all} shown, soonest expiry first`
        }
        columns={publisherColumns}
        data={data}
        options={options}
        detailPanel={detailPanel}
        onRowClick={toggleRowDetails}
        localization={{
          toolbar: {
            searchPlaceholder: 'Search account, name, ticket, reason',
            searchTooltip: 'Search account, name, ticket, reason',
            searchAriaLabel: 'Search publishers',
          },
          body: {
            emptyDataSourceMessage: all
              ? 'No publisher matches this search and these filters.'
              : 'No publishers: the governance config has not been read.',
          },
        }}
      />
    </Box>
  );
}
