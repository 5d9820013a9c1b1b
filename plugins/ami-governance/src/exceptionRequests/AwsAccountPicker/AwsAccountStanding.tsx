import type { AccountRequestStanding } from '@ami-governance/backstage-plugin-ami-governance-common';
import { Alert } from '@material-ui/lab';

const SEVERITY = {
  ops: 'error',
  vendor: 'error',
  'active-exception': 'info',
  'expired-exception': 'warning',
  new: 'success',
} as const;

const HEADLINE = {
  ops: 'No exception needed',
  vendor: 'No exception needed',
  'active-exception': 'This request extends an active exception',
  'expired-exception': 'This request renews an expired exception',
  new: 'A new exception',
} as const;

/** What a request for the typed account would be, said as soon as the ID is complete. */
export function AwsAccountStanding(props: {
  standing: AccountRequestStanding;
  /** The account's name and OUs, when a suggestion source knows it. */
  known?: string;
}) {
  const { standing, known } = props;
  return (
    <Alert severity={SEVERITY[standing.kind]} role="status">
      <strong>{HEADLINE[standing.kind]}.</strong> {standing.message}
      {known && ` (${known})`}
    </Alert>
  );
}
