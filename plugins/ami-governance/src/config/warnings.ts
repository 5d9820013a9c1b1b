import { ResponseError } from '@backstage/errors';
import { sortFindings } from '@ami-governance/backstage-plugin-ami-governance-common';
import type { GovernanceData } from '../hooks/useGovernanceData';
import { formatInstant, plural } from '../lib/format';

/** One problem the page reports: what is wrong, then what to do about it. */
export type PageWarning = {
  id: string;
  severity: 'error' | 'warning';
  title: string;
  message: string;
  /** Extra lines, e.g. each failing finding. */
  details?: string[];
};

function statusCodeOf(error: Error): number | undefined {
  return ResponseError.is(error) ? error.statusCode : undefined;
}

/** The backend's own message for a failed request (a ResponseError's message is only the status line). */
export function errorMessage(error: Error): string {
  if (ResponseError.is(error)) {
    return `${error.cause.message} (HTTP ${error.statusCode})`;
  }
  return error.message;
}

/** What to do about a failed request, by its HTTP status. */
export function whatToDo(error: Error): string {
  switch (statusCodeOf(error)) {
    case 401:
    case 403:
      return 'You need the ami-governance.status.read permission: ask your Backstage administrators for it.';
    case 404:
      return "The ami-governance backend plugin does not answer: check it is installed in packages/backend (backend.add(import('@ami-governance/backstage-plugin-ami-governance-backend'))).";
    case 503:
      return 'Check amiGovernance.config.location in app-config and that the backend can read that file or URL; it retries on its schedule (every 5 minutes by default), so reload the page once it has.';
    default:
      return 'Reload the page; if this persists, check that the backend is running and look at its logs.';
  }
}

function loadFailure(id: string, what: string, error: Error): PageWarning {
  return {
    id,
    severity: 'error',
    title: `Could not load ${what}`,
    message: `${errorMessage(error)}. What to do: ${whatToDo(error)}`,
  };
}

/** The warnings that are errors. */
export function errorsOf(warnings: PageWarning[]): PageWarning[] {
  return warnings.filter(w => w.severity === 'error');
}

/** Every warning the page shows, errors first. */
export function collectWarnings(data: GovernanceData): PageWarning[] {
  const out: PageWarning[] = [];
  const { publishers, policies, status, requests } = data;
  if (publishers.error) {
    out.push(loadFailure('publishers', 'the publishers', publishers.error));
  }

  const configError =
    publishers.value?.configError ??
    policies.value?.configError ??
    status.value?.configError;
  if (configError) {
    const readAt = publishers.value?.readAt ?? policies.value?.readAt;
    out.push({
      id: 'config-error',
      severity: 'error',
      title: 'The governance config is invalid',
      message: `Reading ${configError.location} failed at ${formatInstant(
        configError.occurredAt,
      )}: ${configError.path}: ${configError.message}. ${
        readAt
          ? `The page shows the last good config, read ${formatInstant(
              readAt,
            )}.`
          : 'No good config has been read yet.'
      } What to do: fix ${
        configError.path
      } in config/ami_publishers.json through a merge request; the portal reads it again within minutes.`,
    });
  }

  // With no config at all both config endpoints answer 503: say it once.
  const sameOutage =
    statusCodeOf(policies.error ?? Error()) === 503 &&
    statusCodeOf(publishers.error ?? Error()) === 503;
  if (policies.error && !sameOutage) {
    out.push(loadFailure('policies', 'the generated policies', policies.error));
  } else if (policies.value?.findings.length) {
    const findings = sortFindings(policies.value.findings);
    const errors = findings.filter(f => f.severity === 'error').length;
    out.push({
      id: 'findings',
      severity: errors > 0 ? 'error' : 'warning',
      title: errors
        ? `Validation fails: ${plural(errors, 'error')}`
        : `Validation passes with ${plural(findings.length, 'warning')}`,
      message: errors
        ? 'The config in Git does not validate, so its policies cannot be merged or applied. What to do: fix each error below in the governance repository (ami-governance validate shows the same list).'
        : 'What to do: act before these become errors, e.g. renew or remove exceptions that are about to expire.',
      details: findings.map(f => `${f.severity}: ${f.path}: ${f.message}`),
    });
  }

  if (status.error) {
    out.push({
      ...loadFailure('status', 'the AWS status', status.error),
      title: 'AWS status unavailable',
    });
  } else if (status.value && !status.value.available) {
    out.push({
      id: 'status-unavailable',
      severity: 'warning',
      title: 'AWS status unavailable',
      message: `${
        status.value.reason ?? 'No organization snapshot.'
      } Publishers and exceptions below come from Git and are current; attachment, coverage, compliance and drift need a snapshot. What to do: set amiGovernance.organization.source to aws (with a role that can read AWS Organizations) or to snapshot with a snapshot file, or push one to POST /api/ami-governance/snapshots.`,
    });
  }
  if (status.value?.degraded) {
    out.push({
      id: 'status-degraded',
      severity: 'warning',
      title: 'AWS status may be out of date',
      message: `${status.value.degraded}. The page shows the last status the backend computed before its database became unreachable. What to do: check the backend's database connection; the page updates by itself once the backend stores a new status.`,
    });
  }
  if (status.value?.collectionError) {
    out.push({
      id: 'collection-error',
      severity: 'warning',
      title: 'The latest collection from AWS failed',
      message: `${status.value.collectionError}. The page shows the last stored snapshot. What to do: check the backend's AWS credentials and role, then wait for the next scheduled collection.`,
    });
  }
  const gaps = status.value?.status?.collectionErrors ?? [];
  if (gaps.length > 0) {
    out.push({
      id: 'snapshot-gaps',
      severity: 'warning',
      title: `The snapshot has ${plural(gaps.length, 'gap')}`,
      message:
        'Some of the organization could not be read, so coverage and compliance may be incomplete. What to do: grant the collector role the permissions named below.',
      details: gaps.map(
        g => `${g.scope}: ${g.code ? `${g.code}: ` : ''}${g.message}`,
      ),
    });
  }
  if (requests.error) {
    out.push({
      ...loadFailure('requests', 'the exception requests', requests.error),
      severity: 'warning',
    });
  }
  return [...errorsOf(out), ...out.filter(w => w.severity === 'warning')];
}
