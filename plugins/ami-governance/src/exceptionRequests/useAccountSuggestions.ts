import { useApi } from '@backstage/core-plugin-api';
import {
  catalogApiRef,
  CATALOG_FILTER_EXISTS,
} from '@backstage/plugin-catalog-react';
import useAsync from 'react-use/esm/useAsync';
import useDebounce from 'react-use/esm/useDebounce';
import { useState } from 'react';
import { amiGovernanceApiRef } from '../api/AmiGovernanceApi';
import {
  AWS_ACCOUNT_ID_ANNOTATION,
  LEGACY_AWS_ACCOUNT_ID_ANNOTATION,
} from '../constants';
import { catalogAccounts, mergeSuggestions } from './accountSuggestions';

/**
 * Accounts to suggest for what was typed: the newest organization snapshot's (searched by the
 * backend, 250 ms after typing stops) and the catalog's entities annotated with an account ID (read
 * once). Either source may be missing; the other still suggests.
 */
export function useAccountSuggestions(typed: string) {
  const api = useApi(amiGovernanceApiRef);
  const catalogApi = useApi(catalogApiRef);
  const [query, setQuery] = useState(typed);
  useDebounce(() => setQuery(typed), 250, [typed]);

  const catalog = useAsync(async () => {
    const { items } = await catalogApi.getEntities({
      // Either annotation (filters in a list are alternatives).
      filter: [AWS_ACCOUNT_ID_ANNOTATION, LEGACY_AWS_ACCOUNT_ID_ANNOTATION].map(
        annotation => ({
          [`metadata.annotations.${annotation}`]: CATALOG_FILTER_EXISTS,
        }),
      ),
      fields: [
        'kind',
        'metadata.name',
        'metadata.namespace',
        'metadata.title',
        'metadata.annotations',
      ],
    });
    return catalogAccounts(items);
  }, [catalogApi]);
  const organization = useAsync(
    () => api.getOrganizationAccounts({ q: query.trim(), limit: 20 }),
    [api, query],
  );

  let organizationNote: string | undefined;
  if (organization.error) {
    organizationNote =
      'The organization snapshot could not be read: suggestions come from the catalog only.';
  } else if (organization.value?.available === false) {
    organizationNote =
      'No organization snapshot yet: suggestions come from the catalog only.';
  }
  return {
    loading: catalog.loading || organization.loading,
    suggestions: mergeSuggestions(
      organization.value?.items ?? [],
      catalog.value ?? [],
      query,
    ),
    /** Why the organization suggests nothing, when it cannot. */
    organizationNote,
  };
}
