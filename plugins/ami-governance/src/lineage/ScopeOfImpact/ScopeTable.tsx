import { Table, TableColumn } from '@backstage/core-components';
import { Typography } from '@material-ui/core';
import type { ScopeWorkload } from '../../api/lineageTypes';
import { nowrap } from '../../lib/cellStyles';
import { ImageLink } from '../ImageLink';
import { SCOPE_PAGE_SIZE, useScopeOfImpact } from '../useScopeOfImpact';
import { accountColumn, regionColumn } from '../../lib/tableColumns';

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

/** A second, quieter line under a cell's value: keeps the table within its card at 1024 px. */
const below = (text: string) => (
  <Typography variant="caption" color="textSecondary" component="div">
    {text}
  </Typography>
);

const columns: TableColumn<ScopeWorkload>[] = [
  {
    title: 'Workload',
    cellStyle: nowrap,
    render: w => (
      <>
        <code>{w.id}</code>
        {below(w.kind === 'instance' ? '(instance)' : '(launch template)')}
      </>
    ),
  },
  accountColumn<ScopeWorkload>(),
  regionColumn<ScopeWorkload>(),
  {
    title: 'AMI and its owner',
    cellStyle: nowrap,
    render: w => (
      <>
        <ImageLink imageId={w.imageId} />
        {below(w.ownerId ? `owner ${w.ownerId}` : 'owner unknown')}
      </>
    ),
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
