import { useState } from 'react';
import { Box, Tab, Tabs } from '@material-ui/core';
import type { CollectedReadiness } from '../../api/workloadTypes';
import { BlockedWorkloadsTable } from './BlockedWorkloadsTable';
import {
  AccountsAffected,
  CountedApart,
  NotVisible,
  OutsideReach,
  RegionsNotEnforcing,
} from './ReadinessLists';

type TabKey =
  | 'workloads'
  | 'accounts'
  | 'regions'
  | 'outside'
  | 'not-visible'
  | 'apart';

const count = (n: number) => n.toLocaleString('en-US');

/**
 * The lists behind the headline, one tab each. None is open at first: the workloads table fetches
 * its pages only once someone asks for it.
 */
export function ReadinessTabs({ answer }: { answer: CollectedReadiness }) {
  const [open, setOpen] = useState<TabKey | false>(false);
  const { blocked, notVisible } = answer;
  const apart =
    answer.selfOwned.instances +
    answer.selfOwned.launchTemplates +
    answer.unresolved.instances +
    answer.unresolved.launchTemplates;
  const tabs: [TabKey, string][] = [
    [
      'workloads',
      `Blocked workloads (${count(
        blocked.instances + blocked.launchTemplates,
      )})`,
    ],
    ['accounts', `Accounts affected (${count(answer.byAccount.total)})`],
    [
      'regions',
      `Regions not enforcing (${count(answer.regionsNotEnforcing.total)})`,
    ],
    [
      'outside',
      `Outside the declarative policy (${count(
        answer.declarativePolicyReach?.notReached.total ?? 0,
      )})`,
    ],
    [
      'not-visible',
      `Not visible (${count(
        notVisible.accounts.total + notVisible.regions.total,
      )})`,
    ],
    ['apart', `Counted apart (${count(apart)})`],
  ];
  return (
    <Box mt={2}>
      <Tabs
        value={open}
        onChange={(_, key: TabKey) => setOpen(key === open ? false : key)}
        variant="scrollable"
        indicatorColor="primary"
        aria-label="What the readiness counts"
      >
        {tabs.map(([key, label]) => (
          <Tab key={key} value={key} label={label} />
        ))}
      </Tabs>
      <Box mt={1}>
        {open === 'workloads' && <BlockedWorkloadsTable refreshKey={answer} />}
        {open === 'accounts' && <AccountsAffected answer={answer} />}
        {open === 'regions' && <RegionsNotEnforcing answer={answer} />}
        {open === 'outside' && <OutsideReach answer={answer} />}
        {open === 'not-visible' && <NotVisible notVisible={notVisible} />}
        {open === 'apart' && <CountedApart answer={answer} />}
      </Box>
    </Box>
  );
}
