import {
  ExceptionType,
  MergeRequestState,
  ExceptionRequestRecord,
} from '@ami-governance/backstage-plugin-ami-governance-common';

export type { ExceptionRequestRecord, MergeRequestState };
import { ConflictError } from '@backstage/errors';
import { Knex } from 'knex';
import { Clock, systemClock } from '../lib/clock';

const TABLE = 'ami_governance_exception_requests';

type Row = {
  account_id: string;
  ticket: string;
  exception_type: string;
  expires_on: string;
  requested_by: string;
  host: string;
  project_id: string;
  /** Null for a request committed to a local governance repository. */
  merge_request_iid: number | null;
  merge_request_url: string;
  branch_name: string;
  state: string;
  created_at: string;
  updated_at: string;
};

const fromRow = (r: Row): ExceptionRequestRecord => ({
  accountId: r.account_id,
  ticket: r.ticket,
  exceptionType: r.exception_type as ExceptionType,
  expiresOn: r.expires_on,
  requestedBy: r.requested_by,
  host: r.host,
  projectId: r.project_id,
  ...(r.merge_request_iid !== null && {
    mergeRequestIid: Number(r.merge_request_iid),
  }),
  mergeRequestUrl: r.merge_request_url,
  branchName: r.branch_name,
  state: r.state as MergeRequestState,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

/** What a request is (the columns and their names in the API): its state and times change after recording. */
const CONTENT: [keyof Row, keyof ExceptionRequestRecord][] = [
  ['account_id', 'accountId'],
  ['ticket', 'ticket'],
  ['exception_type', 'exceptionType'],
  ['expires_on', 'expiresOn'],
  ['requested_by', 'requestedBy'],
  ['host', 'host'],
  ['project_id', 'projectId'],
  ['merge_request_iid', 'mergeRequestIid'],
  ['branch_name', 'branchName'],
];

const shown = (value: unknown) =>
  value === null || value === undefined ? '(none)' : `"${value}"`;

/** Exception requests recorded by the scaffolder action, one per merge request. */
export class ExceptionRequestStore {
  constructor(
    private readonly knex: Knex,
    private readonly clock: Clock = systemClock,
  ) {}

  /**
   * Records a request once per merge request. The same request reported again (a retried task, two
   * submissions racing) answers the record already there, decided by content; a different request
   * under a recorded merge request is a ConflictError naming what differs. One insert that ignores
   * the conflict, so concurrent callers never fail on the unique key.
   */
  async record(
    request: Omit<ExceptionRequestRecord, 'createdAt' | 'updatedAt'>,
  ): Promise<{ record: ExceptionRequestRecord; created: boolean }> {
    const timestamp = this.clock().toISOString();
    const row: Row = {
      account_id: request.accountId,
      ticket: request.ticket,
      exception_type: request.exceptionType,
      expires_on: request.expiresOn,
      requested_by: request.requestedBy,
      host: request.host,
      project_id: request.projectId,
      merge_request_iid: request.mergeRequestIid ?? null,
      merge_request_url: request.mergeRequestUrl,
      branch_name: request.branchName,
      state: request.state,
      created_at: timestamp,
      updated_at: timestamp,
    };
    const inserted = await this.knex(TABLE)
      .insert(row)
      .onConflict('merge_request_url')
      .ignore()
      .returning('id');
    const stored = (await this.knex<Row>(TABLE)
      .where({ merge_request_url: request.mergeRequestUrl })
      .first())!;
    if (inserted.length > 0) return { record: fromRow(stored), created: true };
    const differing = CONTENT.filter(
      ([column]) => String(stored[column] ?? '') !== String(row[column] ?? ''),
    );
    if (differing.length === 0)
      return { record: fromRow(stored), created: false };
    throw new ConflictError(
      `${
        request.mergeRequestUrl
      } is already recorded for another request (account ${
        stored.account_id
      }, ticket ${stored.ticket}, until ${stored.expires_on}): ${differing
        .map(
          ([column, field]) =>
            `${field} is ${shown(stored[column])} there, ${shown(
              row[column],
            )} here`,
        )
        .join(
          '; ',
        )}. The same request again is answered with the recorded one; a different request needs its own merge request (another ticket or branch).`,
    );
  }

  /** Newest first; optionally only some states. */
  async list(states?: MergeRequestState[]): Promise<ExceptionRequestRecord[]> {
    const query = this.knex<Row>(TABLE).orderBy('id', 'desc');
    if (states) query.whereIn('state', states);
    return (await query).map(fromRow);
  }

  async setState(
    mergeRequestUrl: string,
    state: MergeRequestState,
  ): Promise<void> {
    await this.knex(TABLE)
      .where({ merge_request_url: mergeRequestUrl })
      .update({ state, updated_at: this.clock().toISOString() });
  }
}
