import {
  ExceptionType,
  MergeRequestState,
  ExceptionRequestRecord,
} from '@ami-governance/backstage-plugin-ami-governance-common';

export type { ExceptionRequestRecord, MergeRequestState };
import { Knex } from 'knex';
import { Clock, systemClock } from './clock';

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

/** Exception requests recorded by the scaffolder action, one per merge request. */
export class ExceptionRequestStore {
  constructor(
    private readonly knex: Knex,
    private readonly clock: Clock = systemClock,
  ) {}

  /** Records a request, or updates it when the same merge request is reported again (a retried task). */
  async upsert(
    request: Omit<ExceptionRequestRecord, 'createdAt' | 'updatedAt'>,
  ): Promise<ExceptionRequestRecord> {
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
    const { created_at: _created, ...changes } = row;
    await this.knex(TABLE)
      .insert(row)
      .onConflict('merge_request_url')
      .merge(changes);
    const stored = await this.knex<Row>(TABLE)
      .where({ merge_request_url: request.mergeRequestUrl })
      .first();
    return fromRow(stored!);
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
