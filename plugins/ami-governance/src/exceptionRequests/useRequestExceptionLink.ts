import { useCallback } from 'react';
import { useRouteRef } from '@backstage/core-plugin-api';
import { REQUEST_EXCEPTION_PATH } from '../constants';
import {
  REQUEST_EXCEPTION_TEMPLATE,
  requestExceptionLink,
} from './exceptionRequestLink';
import { requestExceptionRouteRef } from '../routes';

/** Links to the exception request form, through the app's binding of the external route. */
export function useRequestExceptionLink(): (accountId?: string) => string {
  const templateRoute = useRouteRef(requestExceptionRouteRef);
  const templatePath = templateRoute
    ? templateRoute(REQUEST_EXCEPTION_TEMPLATE)
    : REQUEST_EXCEPTION_PATH;
  return useCallback(
    (accountId?: string) => requestExceptionLink(accountId, templatePath),
    [templatePath],
  );
}
