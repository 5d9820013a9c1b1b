import { Table, TableColumn } from '@backstage/core-components';
import { List, ListItem, ListItemText, Typography } from '@material-ui/core';
import type {
  AccountProvenance,
  ImageProvenance,
} from '../../api/lineageTypes';
import { nowrap } from '../../lib/cellStyles';
import { plural } from '../../lib/format';
import { ImageLink } from '../ImageLink';
import { provenanceShares } from '../provenanceShares';
import { PROVENANCE_LABELS, PROVENANCES_RISKY_FIRST } from '../provenanceText';
import { PROVENANCE_PAGE_SIZE, useProvenance } from '../useProvenance';
import { toggleRowDetails } from '../../lib/rowDetails';
import { accountColumn } from '../../lib/tableColumns';

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
  accountColumn<AccountProvenance>(),
  ...PROVENANCES_RISKY_FIRST.map(
    (p): TableColumn<AccountProvenance> => ({
      title: PROVENANCE_LABELS[p],
      cellStyle: nowrap,
      render: a => cell(a, p),
    }),
  ),
  {
    // Short words: the header wraps to fit the card at 1024 px beside the row's open arrow.
    title: 'On failing AMIs',
    tooltip:
      'Workloads on AMIs that fail an image compliance rule of the config',
    cellStyle: nowrap,
    render: a =>
      String(a.onFailingImages.instances + a.onFailingImages.launchTemplates),
  },
];

/** The AMIs an account's workloads use, risky first, each opening the AMI view. */
function AccountImages({ account }: { account: AccountProvenance }) {
  const { images, imageCount } = account;
  return (
    <List
      dense
      aria-label={`AMIs used in ${account.accountId}`}
      style={{ paddingLeft: 56 }}
    >
      {images.map(i => (
        <ListItem key={i.imageId} disableGutters>
          <ListItemText
            primary={<ImageLink imageId={i.imageId} />}
            secondary={`${PROVENANCE_LABELS[i.provenance]} · ${plural(
              i.instances,
              'instance',
            )}, ${plural(i.launchTemplates, 'launch template')}${
              i.failsCompliance ? ' · fails an image compliance rule' : ''
            }`}
          />
        </ListItem>
      ))}
      {imageCount > images.length && (
        <Typography variant="body2">
          {`The ${images.length} shown of ${imageCount} AMIs: the foreign and unknown first, then the most used.`}
        </Typography>
      )}
    </List>
  );
}

const detailPanel = [
  {
    tooltip: 'The AMIs this account runs',
    render: ({ rowData }: { rowData: AccountProvenance }) => (
      <AccountImages account={rowData} />
    ),
  },
];

/**
 * The accounts, those running foreign or unknown images first as the backend orders them; each
 * row opens to the AMIs it runs, every one a link to its lineage.
 */
export function ProvenanceTable(
  props: Pick<ReturnType<typeof useProvenance>, 'data' | 'tableRef'>,
) {
  return (
    <Table<AccountProvenance>
      tableRef={props.tableRef}
      columns={columns}
      data={props.data}
      options={options}
      detailPanel={detailPanel}
      onRowClick={toggleRowDetails}
    />
  );
}
