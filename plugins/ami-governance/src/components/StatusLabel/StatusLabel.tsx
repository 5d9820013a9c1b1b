import { PropsWithChildren } from 'react';
import {
  StatusAborted,
  StatusError,
  StatusOK,
  StatusPending,
  StatusWarning,
} from '@backstage/core-components';

import type { Health } from '../../organization/health';

export type { Health };

const ICONS = {
  ok: StatusOK,
  warning: StatusWarning,
  error: StatusError,
  pending: StatusPending,
  unknown: StatusAborted,
};

/** A status in words with a coloured mark before it. */
export function StatusLabel(props: PropsWithChildren<{ health: Health }>) {
  const Icon = ICONS[props.health];
  return <Icon>{props.children}</Icon>;
}
