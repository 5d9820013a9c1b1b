import { Table, TableColumn } from '@backstage/core-components';
import type { ScopeWorkload } from '../../api/lineageTypes';
import { nowrap } from '../../lib/cellStyles';
import { ImageLink } from '../ImageLink';
import { SCOPE_PAGE_SIZE, useScopeOfImpact } from '../useScopeOfImpact';

const options = {
  search: false,
  sorting: false,
  paging: true,
  pageSize: SCOPE_PAGE_SIZE,
  pageSizeOptions: [SCOPE_PAGE_SIZE, 50, 100],
  padding: 'dense' as const,
  emptyRowsWhenPaging: false,
  toolbar: false,
};

const columns: TableColumn<ScopeWorkload>[] = [
  {
    title: 'Workload',
    cellStyle: nowrap,
    render: w => (
      <>
        <code>{w.id}</code>{' '}
        {w.kind === 'instance' ? '(instance)' : '(launch template)'}
      </>
    ),
  },
  {
    title: 'Account',
    cellStyle: nowrap,
    render: w => <code>{w.accountId}</code>,
  },
  { title: 'Region', field: 'region', cellStyle: nowrap },
  {
    title: 'AMI',
    cellStyle: nowrap,
    render: w => <ImageLink imageId={w.imageId} />,
  },
  {
    title: 'AMI owner',
    cellStyle: nowrap,
    render: w => w.ownerId ?? 'unknown',
  },
];

/** Every workload on the AMI or one derived from it, a page at a time. */
export function ScopeTable(props: {
  data: ReturnType<typeof useScopeOfImpact>['data'];
}) {
  return (
    <Table<ScopeWorkload>
      columns={columns}
      data={props.data}
      options={options}
    />
  );
}
