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
import { Health, StatusLabel } from '../StatusLabel';

/** How the page says each state; their order and which are open are the core's. */
const STATES: Record<ExceptionRequestState, { word: string; health: Health }> =
  {
    opened: { word: 'Open, awaiting review', health: 'pending' },
    locked: { word: 'Locked', health: 'warning' },
    merged: { word: 'Merged', health: 'ok' },
    closed: { word: 'Closed without merge', health: 'unknown' },
  };

const columns: TableColumn<ExceptionRequestRecord>[] = [
  {
    title: 'Account',
    field: 'accountId',
    render: r => <code>{r.accountId}</code>,
  },
  { title: 'Ticket', field: 'ticket' },
  {
    title: 'Type',
    field: 'exceptionType',
    render: r => EXCEPTION_TYPES[r.exceptionType]?.title ?? r.exceptionType,
  },
  { title: 'Expires on', field: 'expiresOn' },
  { title: 'Requested by', field: 'requestedBy' },
  {
    title: 'State',
    field: 'state',
    render: r => {
      const s = STATES[r.state] ?? { word: r.state, health: 'unknown' };
      return <StatusLabel health={s.health}>{s.word}</StatusLabel>;
    },
  },
  {
    title: 'Merge request',
    field: 'mergeRequestUrl',
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
  {
    title: 'Updated',
    field: 'updatedAt',
    render: r => formatInstant(r.updatedAt),
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
