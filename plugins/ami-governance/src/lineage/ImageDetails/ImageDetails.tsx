import { InfoCard, StructuredMetadataTable } from '@backstage/core-components';
import { List, ListItem, ListItemText, Typography } from '@material-ui/core';
import type { ImageLineageResponse } from '../../api/lineageTypes';
import { StatusLabel } from '../../components/StatusLabel';
import { plural } from '../../lib/format';
import {
  PROVENANCE_LABELS,
  allowlistText,
  criteriaText,
  provenanceHealth,
  standingHealth,
} from '../provenanceText';
import { imageFactRows } from './imageFacts';

type Answer = ImageLineageResponse;

/** The AMI's facts as last collected, each unknown when not seen. */
export function ImageFacts({ answer }: { answer: Answer }) {
  const rows = imageFactRows(answer.facts, answer.chain);
  const usage = answer.usage
    ? `${plural(answer.usage.instances, 'instance')}, ${plural(
        answer.usage.launchTemplates,
        'launch template',
      )}`
    : 'unknown';
  return (
    <InfoCard title="Facts">
      <StructuredMetadataTable
        dense
        metadata={Object.fromEntries([
          ['Region', answer.region ?? 'unknown'],
          ...rows.map(r => [r.label, r.value]),
          ['Used by (newest collection)', usage],
        ])}
      />
    </InfoCard>
  );
}

/**
 * Provenance beside (never instead of) the owner's allowlist standing and what the config's Allowed
 * AMIs criteria say (an allowlisted owner's AMI can still fail a name or age criterion), each with
 * the backend's why.
 */
export function ProvenanceStanding({ answer }: { answer: Answer }) {
  const p = answer.provenance;
  const standings = [
    {
      health: provenanceHealth(p),
      text: p ? `Provenance: ${PROVENANCE_LABELS[p]}` : 'Provenance unknown',
      why: answer.provenanceReason,
    },
    {
      health: standingHealth(answer.allowlist),
      text: allowlistText(answer.allowlist),
      why: answer.allowlist?.reason,
    },
    {
      health: standingHealth(answer.criteria),
      text: criteriaText(answer.criteria),
      why: answer.criteria?.reason,
    },
  ];
  return (
    <InfoCard title="Provenance and allowlist">
      <List dense aria-label="Provenance and allowlist standing">
        {standings.map(s => (
          <ListItem key={s.text} disableGutters>
            <ListItemText
              primary={<StatusLabel health={s.health}>{s.text}</StatusLabel>}
              secondary={s.why ?? ''}
              // The reasons name AMIs and accounts: long words must wrap inside the card.
              secondaryTypographyProps={{
                style: { whiteSpace: 'normal', overflowWrap: 'anywhere' },
              }}
            />
          </ListItem>
        ))}
      </List>
    </InfoCard>
  );
}

/** The image compliance rules it fails, or cannot be judged on (never a pass when a fact is missing). */
export function ImageCompliance({ answer }: { answer: Answer }) {
  const findings = answer.compliance ?? [];
  return (
    <InfoCard title="Compliance">
      {findings.length === 0 ? (
        <StatusLabel health="ok">
          Fails no image compliance rule of the config.
        </StatusLabel>
      ) : (
        <List dense aria-label="Compliance findings">
          {findings.map(f => (
            <ListItem key={f.rule} disableGutters>
              <StatusLabel health={f.status === 'fail' ? 'error' : 'unknown'}>
                <strong>{f.rule}</strong>
                {` ${f.status === 'fail' ? 'fails' : 'unknown'}: ${f.message}`}
              </StatusLabel>
            </ListItem>
          ))}
        </List>
      )}
    </InfoCard>
  );
}

/** What the collections saw change, oldest first as the backend answers. */
export function ImageTimeline({ answer }: { answer: Answer }) {
  const events = answer.timeline ?? [];
  return (
    <InfoCard title="Timeline">
      {events.length === 0 ? (
        <Typography variant="body2">No change recorded.</Typography>
      ) : (
        <List dense aria-label="Timeline">
          {events.map((e, i) => (
            <ListItem key={`${e.at} ${e.kind} ${i}`} disableGutters>
              <ListItemText
                primary={`${e.at.slice(0, 16).replace('T', ' ')} · ${e.kind}`}
                secondary={e.detail}
              />
            </ListItem>
          ))}
        </List>
      )}
    </InfoCard>
  );
}
