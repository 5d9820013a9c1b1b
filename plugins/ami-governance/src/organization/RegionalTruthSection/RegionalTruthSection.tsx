import { Box, Typography } from '@material-ui/core';
import type { ReadinessResponse } from '../../api/workloadTypes';
import { formatInstantWithAge, plural } from '../../lib/format';
import {
  describeRegionsMeasured,
  describeUnmeasured,
} from '../../workloads/readinessText';
import { describeRegionProblems } from '../regionProblems';
import { ExpandableList } from '../../components/ExpandableList';
import { StatusLabel } from '../../components/StatusLabel';

type RegionalTruthSectionProps = {
  readiness?: ReadinessResponse;
  now: Date;
};

const count = (n: number) => n.toLocaleString('en-US');

/**
 * What the member accounts' regions report against their account's effective (deployed) declarative
 * policy: how many of those measured report what it sets, managed by it, which do not, how many
 * could not be measured (no declarative policy reaches their account) and which could not be read.
 * A policy attached is not a policy in force: an account can set its own state in a region.
 */
export function RegionalTruthSection(props: RegionalTruthSectionProps) {
  const { readiness, now } = props;
  if (!readiness) return null;
  if (!readiness.available) {
    return (
      <Box mt={2}>
        <Typography variant="subtitle2">In the regions</Typography>
        <Typography variant="body2" color="textSecondary">
          {`What each account-region enforces shows once workloads are collected. ${readiness.reason}`}
        </Typography>
      </Box>
    );
  }
  const { regionsNotEnforcing: wrong, notVisible } = readiness;
  const { byProblem } = wrong;
  const unmeasured = describeUnmeasured(
    wrong,
    readiness.declarativePolicyReach,
  );
  const reasons = [
    byProblem.notManagedByPolicy &&
      `${count(byProblem.notManagedByPolicy)} set by the account`,
    byProblem.otherState && `${count(byProblem.otherState)} in another state`,
    byProblem.otherCriteria &&
      `${count(byProblem.otherCriteria)} with other criteria`,
  ].filter(Boolean);
  return (
    <Box mt={2}>
      <Typography variant="subtitle2">In the regions</Typography>
      <StatusLabel health={wrong.total === 0 ? 'ok' : 'warning'}>
        {describeRegionsMeasured(wrong, reasons.join(', '))}
      </StatusLabel>
      {unmeasured && <StatusLabel health="unknown">{unmeasured}</StatusLabel>}
      {wrong.total > 0 && (
        <ExpandableList
          aria-label="account-regions not enforcing the policy"
          items={wrong.items}
          keyOf={r => `${r.accountId}|${r.region}`}
          render={r => (
            <>
              <code>{r.accountId}</code>
              {` ${r.region}: ${r.state}, ${describeRegionProblems(
                r.problems,
              )}`}
            </>
          )}
        />
      )}
      {wrong.total > wrong.items.length && (
        <Typography variant="caption" color="textSecondary">
          {`The first ${count(wrong.items.length)} of ${count(
            wrong.total,
          )}; the readiness panel below lists them all.`}
        </Typography>
      )}
      {(notVisible.accounts.total > 0 || notVisible.regions.total > 0) && (
        <Typography variant="body2" color="textSecondary">
          {`Not visible: ${plural(
            notVisible.accounts.total,
            'account',
          )} whose member role could not be assumed, ${plural(
            notVisible.regions.total,
            'account-region',
          )} that refused or were not read.`}
        </Typography>
      )}
      <Typography variant="caption" color="textSecondary" component="p">
        {`From the workload collection of ${formatInstantWithAge(
          readiness.collectedAt,
          now,
        )}.`}
      </Typography>
    </Box>
  );
}
