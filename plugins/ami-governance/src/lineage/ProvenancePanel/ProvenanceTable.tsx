import { Table, TableColumn } from '@backstage/core-components';
import type {
  AccountProvenance,
  ImageProvenance,
} from '../../api/lineageTypes';
import { nowrap } from '../../lib/cellStyles';
import { provenanceShares } from '../provenanceShares';
import { PROVENANCE_LABELS, PROVENANCES_RISKY_FIRST } from '../provenanceText';
import { PROVENANCE_PAGE_SIZE, useProvenance } from '../useProvenance';

const options = {
  search: false,
  sorting: false,
  paging: true,
  pageSize: PROVENANCE_PAGE_SIZE,
  pageSizeOptions: [PROVENANCE_PAGE_SIZE, 50, 100],
  padding: 'dense' as const,
  emptyRowsWhenPaging: false,
  toolbar: false,
};

/** `3 (60%)`: an account's workloads on one provenance and their share of its workloads. */
function cell(a: AccountProvenance, p: ImageProvenance) {
  const { shares } = provenanceShares(a.byProvenance);
  const s = shares.find(x => x.provenance === p)!;
  return s.workloads ? `${s.workloads} (${s.percent}%)` : '0';
}

const columns: TableColumn<AccountProvenance>[] = [
  {
    title: 'Account',
    cellStyle: nowrap,
    render: a => <code>{a.accountId}</code>,
  },
  ...PROVENANCES_RISKY_FIRST.map(
    (p): TableColumn<AccountProvenance> => ({
      title: PROVENANCE_LABELS[p],
      cellStyle: nowrap,
      render: a => cell(a, p),
    }),
  ),
  {
    title: 'On AMIs failing compliance',
    cellStyle: nowrap,
    render: a =>
      String(a.onFailingImages.instances + a.onFailingImages.launchTemplates),
  },
];

/** The accounts, those running foreign or unknown images first as the backend orders them. */
export function ProvenanceTable(
  props: Pick<ReturnType<typeof useProvenance>, 'data' | 'tableRef'>,
) {
  return (
    <Table<AccountProvenance>
      tableRef={props.tableRef}
      columns={columns}
      data={props.data}
      options={options}
    />
  );
}
