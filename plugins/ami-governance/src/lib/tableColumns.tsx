import type { TableColumn } from '@backstage/core-components';
import { nowrap } from './cellStyles';

/** The account ID column every workload table starts with: one line, in code type. */
export function accountColumn<
  Row extends { accountId: string },
>(): TableColumn<Row> {
  return {
    title: 'Account',
    cellStyle: nowrap,
    render: row => <code>{row.accountId}</code>,
  };
}

/** The AWS region column, one line. */
export function regionColumn<
  Row extends { region: string },
>(): TableColumn<Row> {
  return { title: 'Region', field: 'region', cellStyle: nowrap };
}
