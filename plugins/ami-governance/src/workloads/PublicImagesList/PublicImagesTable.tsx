import { useMemo } from 'react';
import { Table, TableColumn } from '@backstage/core-components';
import type { PublicImageItem } from '../../api/workloadTypes';
import { PUBLIC_IMAGES_PAGE_SIZE, PublicImages } from '../usePublicImages';
import { clampLines, nowrap } from '../../lib/cellStyles';
import { formatAge } from '../../lib/format';
import { ImageLink } from '../../lineage/ImageLink';
import { accountColumn, regionColumn } from '../../lib/tableColumns';

const options = {
  search: false,
  sorting: false,
  paging: true,
  pageSize: PUBLIC_IMAGES_PAGE_SIZE,
  pageSizeOptions: [PUBLIC_IMAGES_PAGE_SIZE, 50, 100],
  padding: 'dense' as const,
  emptyRowsWhenPaging: false,
  toolbar: false,
};

function columnsAt(now: Date): TableColumn<PublicImageItem>[] {
  return [
    accountColumn<PublicImageItem>(),
    regionColumn<PublicImageItem>(),
    {
      title: 'AMI',
      cellStyle: nowrap,
      render: i => <ImageLink imageId={i.imageId} />,
    },
    {
      title: 'Name',
      // At most two lines: the whole name in its title.
      render: i => (
        <div style={clampLines(2)} title={i.name ?? ''}>
          {i.name ?? ''}
        </div>
      ),
    },
    {
      title: 'Age',
      cellStyle: nowrap,
      render: i => formatAge(i.creationDate, now).replace(/ ago$/, ''),
    },
  ];
}

type PublicImagesTableProps = Pick<PublicImages, 'tableRef' | 'data'> & {
  now: Date;
};

/** The public AMIs, a page at a time from the backend. */
export function PublicImagesTable(props: PublicImagesTableProps) {
  const { tableRef, data, now } = props;
  const columns = useMemo(() => columnsAt(now), [now]);
  return (
    <Table<PublicImageItem>
      tableRef={tableRef}
      columns={columns}
      data={data}
      options={options}
    />
  );
}
