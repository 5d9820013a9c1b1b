import { Link, Table, TableColumn } from '@backstage/core-components';
import { Typography } from '@material-ui/core';
import { useEffect, useRef } from 'react';
import { useSearchParams } from 'react-router-dom';
import {
  compareMergeRequestStates,
  EXCEPTION_TYPES,
  isOpenMergeRequestState,
} from '@ami-governance/backstage-plugin-ami-governance-common';
import type {
  ExceptionRequestRecord,
  ExceptionRequestState,
} from '../../api/types';
import { formatInstant } from '../../lib/format';
import { Health, StatusLabel } from '../../components/StatusLabel';

/** How the page says each state; their order and which are open are the core's. */
const STATES: Record<ExceptionRequestState, { word: string; health: Health }> =
  {
    opened: { word: 'Open, awaiting review', health: 'pending' },
    locked: { word: 'Locked', health: 'warning' },
    merged: { word: 'Merged', health: 'ok' },
    closed: { word: 'Closed without merge', health: 'unknown' },
  };

/** Short values stay on one line; a branch name or a requester breaks anywhere rather than widen the table. */
const nowrap = { whiteSpace: 'nowrap' as const };
const breakAnywhere = { overflowWrap: 'anywhere' as const };

/** Four columns, each at most a few lines, so the table fits a 1024 px screen. */
const columns: TableColumn<ExceptionRequestRecord>[] = [
  {
    title: 'Publisher and ticket',
    field: 'accountId',
    cellStyle: nowrap,
    render: r => (
      <>
        <code>{r.accountId}</code>
        <Typography variant="caption" component="div">
          {`${r.ticket} · ${
            EXCEPTION_TYPES[r.exceptionType]?.title ?? r.exceptionType
          } until ${r.expiresOn}`}
        </Typography>
      </>
    ),
  },
  {
    title: 'Requested by',
    field: 'requestedBy',
    cellStyle: breakAnywhere,
  },
  {
    title: 'State',
    field: 'state',
    cellStyle: nowrap,
    render: r => {
      const s = STATES[r.state] ?? { word: r.state, health: 'unknown' };
      return (
        <>
          <StatusLabel health={s.health}>{s.word}</StatusLabel>
          <Typography variant="caption" component="div">
            {`updated ${formatInstant(r.updatedAt)}`}
          </Typography>
        </>
      );
    },
  },
  {
    title: 'Merge request',
    field: 'mergeRequestUrl',
    cellStyle: breakAnywhere,
    render: r =>
      r.mergeRequestIid === undefined ? (
        // Committed to a local governance repository: a branch, no merge request to link to.
        <span>
          branch <code>{r.branchName}</code> in the local repository
        </span>
      ) : (
        <Link to={r.mergeRequestUrl}>{`!${r.mergeRequestIid}`}</Link>
      ),
  },
];

/** Open requests first, then the rest, newest first within each state. */
export function orderRequests(
  items: ExceptionRequestRecord[],
): ExceptionRequestRecord[] {
  return [...items].sort(
    (a, b) =>
      compareMergeRequestStates(a.state, b.state) ||
      b.updatedAt.localeCompare(a.updatedAt),
  );
}

type ExceptionRequestsProps = {
  /** Undefined when the backend does not offer exception requests: then nothing is shown. */
  items?: ExceptionRequestRecord[];
};

/** The `?request=<branch>` the template's output links to: that row is marked and scrolled to. */
function useLinkedRequest(loaded: boolean) {
  const [params] = useSearchParams();
  const branch = params.get('request') ?? undefined;
  const section = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (branch && loaded) section.current?.scrollIntoView?.();
  }, [branch, loaded]);
  return { branch, section };
}

/** Exception requests opened through the scaffolder template, with their merge request state. */
export function ExceptionRequests(props: ExceptionRequestsProps) {
  const linked = useLinkedRequest(Boolean(props.items));
  // Optional section: nothing while loading or when the backend does not offer it.
  if (!props.items) return null;
  const open = props.items.filter(r => isOpenMergeRequestState(r.state)).length;
  return (
    <div ref={linked.section} id="exception-requests">
      <Table<ExceptionRequestRecord>
        title="Exception requests"
        subtitle={`${open} open, ${props.items.length - open} merged or closed`}
        columns={columns}
        data={orderRequests(props.items)}
        options={{
          paging: props.items.length > 10,
          pageSize: 10,
          search: false,
          padding: 'dense',
          rowStyle: (r: ExceptionRequestRecord) =>
            r.branchName === linked.branch
              ? { backgroundColor: 'rgba(33, 150, 243, 0.12)' }
              : {},
        }}
        emptyContent={
          <Typography variant="body2" style={{ padding: 16 }}>
            No exception requests. Use Request an exception to open one.
          </Typography>
        }
      />
    </div>
  );
}
