import { NotificationService } from '@backstage/plugin-notifications-node';
import type {
  ExceptionRequestRecord,
  MergeRequestState,
} from './ExceptionRequestStore';
import type { ResolveRecipient } from '../notifications/catalogRecipient';
import type { MergeRequestStateListener } from './MergeRequestRefresher';

const OUTCOMES: Partial<
  Record<MergeRequestState, (r: ExceptionRequestRecord) => string>
> = {
  merged: r =>
    `Your AMI exception for ${r.accountId} was merged: it takes effect when the policies are applied, until ${r.expiresOn}.`,
  closed: r =>
    `Your AMI exception request for ${r.accountId} (${r.ticket}) was closed without merging.`,
};

/**
 * Tells an exception request's requester when its merge request is merged or closed, in one notification
 * per request (a stable scope).
 */
export function mergeRequestNotice(
  notifications: NotificationService,
  resolveRecipient: ResolveRecipient,
): MergeRequestStateListener {
  return async (request, state) => {
    const title = OUTCOMES[state]?.(request);
    if (!title) return;
    const recipient = await resolveRecipient(request.requestedBy);
    if (!recipient) return;
    await notifications.send({
      recipients: { type: 'entity', entityRef: recipient.entityRef },
      payload: {
        title,
        link: request.mergeRequestUrl,
        severity: state === 'closed' ? 'high' : 'normal',
        topic: 'AMI exception request',
        scope: `ami-governance:exception-request:${request.mergeRequestUrl}`,
      },
    });
  };
}
