import type { ExceptionRequestPreview } from '@ami-governance/backstage-plugin-ami-governance-common';
import { Box, Typography } from '@material-ui/core';
import { Alert } from '@material-ui/lab';
import { LapsedRemoved } from './LapsedRemoved';
import { PolicySizes } from './PolicySizes';

type Accepted = Extract<ExceptionRequestPreview, { ok: true }>;

function Section(props: { title: string; children: React.ReactNode }) {
  return (
    <Box component="section" marginTop={2} aria-label={props.title}>
      <Typography variant="subtitle2" component="h3">
        {props.title}
      </Typography>
      {props.children}
    </Box>
  );
}

/**
 * The merge request a request opens: names, entry, approvers, allowlist, sizes, effect, the lapsed
 * exceptions it removes, and what else is reported to the reviewers.
 */
export function PlannedChange(props: { preview: Accepted }) {
  const p = props.preview;
  const { allowlist } = p;
  return (
    <>
      <Typography variant="h6" component="h2">
        {p.title}
      </Typography>
      <Typography variant="body2">
        {p.kind === 'extension'
          ? `Extension of the exception ending ${p.previousExpiresOn}`
          : 'A new exception'}
        , {p.typeTitle.toLowerCase()}, {p.durationDays} days ({p.capRule}).
        Branch <code>{p.branchName}</code>.
      </Typography>
      <Section title="Approvals">
        <Typography variant="body2">
          Needs the approval of the {p.approvers.join(' and ')} in the merge
          request before it is merged.
        </Typography>
      </Section>
      <Section title="What it allows">
        {p.effect.map(sentence => (
          <Typography key={sentence} variant="body2">
            {sentence}
          </Typography>
        ))}
      </Section>
      <Section title="Allowlist">
        <Typography variant="body2">
          {allowlist.before} providers before, {allowlist.after} after
          {allowlist.added.length
            ? `; added: ${allowlist.added.join(', ')}`
            : '; none added'}
          {allowlist.removed.length
            ? `; removed: ${allowlist.removed.join(', ')}`
            : ''}
          .
        </Typography>
      </Section>
      <Section title="Generated policies">
        <PolicySizes policies={p.policies} />
      </Section>
      <Section title="The entry written to the config">
        <pre style={{ whiteSpace: 'pre-wrap', margin: 0 }}>
          {JSON.stringify(p.entry, null, 2)}
        </pre>
      </Section>
      {p.lapsedRemoved.length > 0 && (
        <Section title="Housekeeping: lapsed exceptions removed">
          <LapsedRemoved entries={p.lapsedRemoved} />
        </Section>
      )}
      {p.remaining.length > 0 && (
        <Section title="Reported to the reviewers">
          {p.remaining.map(f => (
            <Alert
              key={f.message}
              severity={f.severity === 'error' ? 'warning' : 'info'}
            >
              {f.message}
            </Alert>
          ))}
        </Section>
      )}
    </>
  );
}
