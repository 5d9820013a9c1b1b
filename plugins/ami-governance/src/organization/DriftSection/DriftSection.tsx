import { Box, Typography } from '@material-ui/core';
import {
  criteriaChangeWords,
  type PolicyDrift,
  type SettingDrift,
} from '@ami-governance/backstage-plugin-ami-governance-common';
import { AccountList } from '../AccountList';
import { StatusLabel } from '../../components/StatusLabel';

type DriftSectionProps = {
  drift: PolicyDrift;
  /** Who each publisher is, from the config, e.g. `expired exception (payments-team)`. */
  describePublisher?: (publisher: string) => string | undefined;
};

/** A setting's value in words: `not set`, `none`, or the value (lists joined). */
function show(value: unknown): string {
  if (value === undefined) return 'not set';
  if (value === null) return 'none';
  if (Array.isArray(value)) return value.join(', ') || 'none';
  return String(value);
}

function Setting(props: { label: string; setting?: SettingDrift<unknown> }) {
  const { label, setting } = props;
  if (!setting) return null;
  const text = `${label}: Git ${show(setting.expected)}, AWS ${show(
    setting.deployed,
  )}`;
  return (
    <Box>
      <StatusLabel health={setting.matches ? 'ok' : 'error'}>
        {`${text} (${setting.matches ? 'matches' : 'differs'})`}
      </StatusLabel>
    </Box>
  );
}

function Problems(props: { title: string; lines?: string[] }) {
  if (!props.lines?.length) return null;
  return (
    <>
      <StatusLabel health="error">{props.title}</StatusLabel>
      <AccountList items={props.lines.map(id => ({ id }))} empty="" />
    </>
  );
}

/** The deployed policy against Git: publishers missing from AWS and publishers AWS still allows. */
export function DriftSection(props: DriftSectionProps) {
  const { drift, describePublisher } = props;
  const items = (publishers: string[]) =>
    publishers.map(id => ({ id, detail: describePublisher?.(id) }));
  return (
    <Box mt={2}>
      <Typography variant="subtitle2">Drift</Typography>
      {drift.readError ? (
        <StatusLabel health="error">
          {`The deployed policy could not be read: ${drift.readError}`}
        </StatusLabel>
      ) : (
        <StatusLabel health={drift.inSync ? 'ok' : 'error'}>
          {drift.inSync ? 'In sync with Git' : 'Differs from Git'}
        </StatusLabel>
      )}
      {drift.launchGuardMissing && (
        <StatusLabel health="error">
          No launch guard: this SCP lets every publisher through
        </StatusLabel>
      )}
      <Typography variant="body2">
        {`Missing from AWS (${drift.missing.length}): Git allows them, AWS does not yet`}
      </Typography>
      <AccountList
        aria-label="publishers missing from AWS"
        items={items(drift.missing)}
        empty="none"
      />
      <Typography variant="body2">
        {`Extra in AWS (${drift.extra.length}): AWS still allows them, Git does not`}
      </Typography>
      <AccountList
        aria-label="publishers extra in AWS"
        items={items(drift.extra)}
        empty="none"
      />
      <Setting label="Public AMI sharing" setting={drift.publicSharing} />
      <Setting
        label="AMI creation guard, exempt accounts"
        setting={drift.creationGuard}
      />
      <Problems
        title="Criteria that allow any publisher"
        lines={drift.unrestrictedCriteria}
      />
      <Problems
        title="Image criteria that differ from Git (names, product codes, ages)"
        lines={drift.criteriaChanges?.map(criteriaChangeWords)}
      />
      <Problems
        title="Statements that can never take effect"
        lines={drift.ineffectiveStatements}
      />
    </Box>
  );
}
