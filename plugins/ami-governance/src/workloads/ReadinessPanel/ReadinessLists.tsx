import { Box, Typography } from '@material-ui/core';
import type { NotedCounts, NotVisibleList } from '../../api/workloadTypes';
import { plural } from '../../lib/format';
import {
  describeCounts,
  describeNotVisible,
  describeOutsideReach,
  describeRegionsMeasured,
  describeUnmeasured,
} from '../readinessText';
import { describeRegionProblems } from '../../organization/regionProblems';
import { AccountList } from '../../organization/AccountList';
import type { CollectedReadiness } from '../../api/workloadTypes';

/** Shown under a list that holds only its first entries. */
function More(props: { shown: number; total: number }) {
  if (props.total <= props.shown) return null;
  return (
    <Typography variant="caption" color="textSecondary" component="p">
      {`The first ${props.shown} of ${props.total} are listed.`}
    </Typography>
  );
}

/** The accounts with a blocked workload, with what and whose AMIs (the first 20). */
export function AccountsAffected({ answer }: { answer: CollectedReadiness }) {
  const { byAccount } = answer;
  const items = byAccount.items.map(a => ({
    id: a.accountId,
    detail: `${describeCounts(a)} on AMIs of ${a.publishers.join(', ')}`,
  }));
  return (
    <>
      <AccountList
        aria-label="accounts affected"
        items={items}
        empty="No account has a blocked workload."
      />
      <More shown={items.length} total={byAccount.total} />
    </>
  );
}

/**
 * Account-regions whose Allowed AMIs setting is not what their account's effective (deployed)
 * declarative policy sets; those with nothing to be measured against are counted apart.
 */
export function RegionsNotEnforcing({
  answer,
}: {
  answer: CollectedReadiness;
}) {
  const list = answer.regionsNotEnforcing;
  const unmeasured = describeUnmeasured(list, answer.declarativePolicyReach);
  const items = list.items.map(r => ({
    id: `${r.accountId} ${r.region}`,
    detail: `${r.state}: ${describeRegionProblems(r.problems)}`,
  }));
  return (
    <>
      <Typography variant="body2">
        {`${plural(
          list.read,
          'account-region',
        )} read: ${describeRegionsMeasured(list)}.`}
      </Typography>
      {unmeasured && <Typography variant="body2">{unmeasured}</Typography>}
      <AccountList
        aria-label="account-regions not enforcing"
        items={items}
        empty="Every account-region measured applies its account's effective policy."
      />
      <More shown={items.length} total={list.total} />
    </>
  );
}

/**
 * Accounts the declarative policy does not reach, apart: switching it to enabled changes nothing
 * there, and whether the SCP already denies those launches today.
 */
export function OutsideReach({ answer }: { answer: CollectedReadiness }) {
  const reach = answer.declarativePolicyReach;
  if (!reach?.known) {
    return (
      <Typography variant="body2">
        Without an organization snapshot, which accounts the declarative policy
        reaches is not known.
      </Typography>
    );
  }
  const items = reach.notReached.items.map(a => ({
    id: a.accountId,
    name: a.name,
    detail: describeOutsideReach(a),
  }));
  return (
    <>
      <Typography variant="caption" color="textSecondary" component="p">
        {reach.note}
      </Typography>
      <AccountList
        aria-label="accounts outside the declarative policy"
        items={items}
        empty="The declarative policy reaches every account."
      />
      <More shown={items.length} total={reach.notReached.total} />
    </>
  );
}

function NotVisibleEntries(props: { title: string; list: NotVisibleList }) {
  const { title, list } = props;
  const items = list.items.map(e => ({
    id: e.region ? `${e.accountId} ${e.region}` : e.accountId,
    detail: describeNotVisible(e),
  }));
  return (
    <Box mb={1}>
      <Typography variant="body2">{`${title} (${list.total}):`}</Typography>
      <AccountList aria-label={title} items={items} empty="none" />
      <More shown={items.length} total={list.total} />
    </Box>
  );
}

/** Accounts and regions AWS refused to show: their workloads are not counted. */
export function NotVisible(props: {
  notVisible: CollectedReadiness['notVisible'];
}) {
  const { accounts, regions } = props.notVisible;
  if (accounts.total + regions.total === 0) {
    return (
      <Typography variant="body2">
        Every account and region could be read.
      </Typography>
    );
  }
  return (
    <>
      <Typography variant="caption" color="textSecondary" component="p">
        Their workloads are not counted above.
      </Typography>
      <NotVisibleEntries title="Accounts not visible" list={accounts} />
      <NotVisibleEntries title="Regions not visible" list={regions} />
    </>
  );
}

function Noted(props: { label: string; counts: NotedCounts }) {
  return (
    <Box mb={1}>
      <Typography variant="body2">
        {`${props.label}: ${describeCounts(props.counts)}`}
      </Typography>
      <Typography variant="caption" color="textSecondary" component="p">
        {props.counts.note}
      </Typography>
    </Box>
  );
}

/** Workloads left out of the blocked counts, with the backend's reason. */
export function CountedApart({ answer }: { answer: CollectedReadiness }) {
  return (
    <>
      <Noted label="On their own account's AMIs" counts={answer.selfOwned} />
      <Noted label="Publisher unknown" counts={answer.unresolved} />
    </>
  );
}
