import type { ExceptionEntry } from '@ami-governance/backstage-plugin-ami-governance-common';
import { Typography } from '@material-ui/core';

/**
 * The housekeeping the merge request carries: other accounts' lapsed exceptions it removes. Shown
 * as what the change does (reviewers see the same list apart in its description), not as a problem.
 */
export function LapsedRemoved(props: { entries: ExceptionEntry[] }) {
  const { entries } = props;
  return (
    <>
      <Typography variant="body2">
        The merge request also removes {entries.length} lapsed exception
        {entries.length === 1 ? '' : 's'} of other accounts. Their expiry has
        passed, so they are already out of the allowlist and the policies; left
        in, they would fail the merge request&apos;s validation. The description
        lists them apart for the reviewers.
      </Typography>
      <ul style={{ margin: 0 }}>
        {entries.map(e => (
          <li key={e.account_id}>
            <Typography variant="body2" component="span">
              <code>{e.account_id}</code>, expired {e.expires_on}
              {e.ticket ? `, ${e.ticket}` : ''}
              {e.requested_by ? `, requested by ${e.requested_by}` : ''}
            </Typography>
          </li>
        ))}
      </ul>
    </>
  );
}
