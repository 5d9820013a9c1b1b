import { assertError } from '@backstage/errors';
import { ReactNode, useCallback, useEffect, useRef, useState } from 'react';
import { Table, TableColumn } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { Typography } from '@material-ui/core';
import { amiGovernanceApiRef } from '../../api/AmiGovernanceApi';
import type { WorkloadItem } from '../../api/workloadTypes';
import { breakAnywhere, clampLines, nowrap } from '../../lib/cellStyles';
import { publisherName, workloadName } from '../readinessText';
import { ImageLink } from '../../lineage/ImageLink';

const PAGE_SIZE = 20;

const options = {
  search: false,
  sorting: false,
  paging: true,
  pageSize: PAGE_SIZE,
  pageSizeOptions: [20, 50, 100],
  padding: 'dense' as const,
  emptyRowsWhenPaging: false,
  toolbar: false,
};

/**
 * An ID with a caption below it: the ID breaks anywhere rather than widen the table past its card at
 * 1024 px, the caption takes one line.
 */
function TwoLines(props: { main: ReactNode; caption?: string }) {
  return (
    <>
      <div style={breakAnywhere}>{props.main}</div>
      {props.caption && (
        <Typography
          variant="caption"
          component="div"
          style={clampLines(1)}
          title={props.caption}
        >
          {props.caption}
        </Typography>
      )}
    </>
  );
}

const columns: TableColumn<WorkloadItem>[] = [
  {
    title: 'Workload',
    render: w => (
      <TwoLines
        main={<code>{workloadName(w)}</code>}
        caption={w.kind === 'instance' ? 'Instance' : 'Launch template'}
      />
    ),
  },
  {
    title: 'Account and region',
    render: w => (
      <TwoLines main={<code>{w.accountId}</code>} caption={w.region} />
    ),
  },
  {
    title: 'AMI',
    render: w => (
      <TwoLines
        main={<ImageLink imageId={w.imageId} />}
        caption={w.imageName}
      />
    ),
  },
  { title: 'Publisher', cellStyle: nowrap, render: w => publisherName(w) },
];

type PageRequest = { page: number; pageSize: number };

/**
 * The blocked instances and launch template versions, a page at a time from the backend. A new
 * `refreshKey` (a new readiness answer) fetches the page shown again.
 */
export function BlockedWorkloadsTable(props: { refreshKey: unknown }) {
  const api = useApi(amiGovernanceApiRef);
  const tableRef = useRef<{ onQueryChange: () => void }>();
  const [error, setError] = useState<Error>();
  const data = useCallback(
    async ({ page, pageSize }: PageRequest) => {
      try {
        const answer = await api.getReadiness({
          offset: String(page * pageSize),
          limit: String(pageSize),
        });
        setError(undefined);
        if (!answer.available) return { data: [], page: 0, totalCount: 0 };
        const { items, total } = answer.workloads;
        return { data: items, page, totalCount: total };
      } catch (e) {
        assertError(e);
        setError(e);
        return { data: [], page, totalCount: 0 };
      }
    },
    [api],
  );
  const mounted = useRef(false);
  useEffect(() => {
    if (mounted.current) tableRef.current?.onQueryChange();
    mounted.current = true;
  }, [props.refreshKey]);
  return (
    <>
      {error && (
        <Typography variant="body2" color="error">
          {`Could not load the blocked workloads: ${error.message}`}
        </Typography>
      )}
      <Table<WorkloadItem>
        tableRef={tableRef}
        columns={columns}
        data={data}
        options={options}
        localization={{
          body: { emptyDataSourceMessage: 'Nothing is blocked.' },
        }}
      />
    </>
  );
}
