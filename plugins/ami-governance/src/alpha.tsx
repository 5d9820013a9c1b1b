/**
 * The AMI Governance plugin for apps on Backstage's new frontend system: the page (with its nav
 * item, which the new system derives from the page's title and icon), the API, the entity card, and
 * the exception request form's field extensions for the scaffolder.
 *
 * @packageDocumentation
 */
import {
  ApiBlueprint,
  createFrontendPlugin,
  discoveryApiRef,
  fetchApiRef,
  PageBlueprint,
} from '@backstage/frontend-plugin-api';
import { EntityCardBlueprint } from '@backstage/plugin-catalog-react/alpha';
import { FormFieldBlueprint } from '@backstage/plugin-scaffolder-react/alpha';
import PolicyIcon from '@material-ui/icons/Policy';
import { amiGovernanceApiRef } from './api/AmiGovernanceApi';
import { AmiGovernanceClient } from './api/AmiGovernanceClient';
import { isAmiGovernanceAvailable } from './constants';
import {
  explainRouteRef,
  imageRouteRef,
  platformRouteRef,
  requestExceptionRouteRef,
  rootRouteRef,
} from './routes';

/** @alpha */
export const amiGovernanceApi = ApiBlueprint.make({
  params: defineParams =>
    defineParams({
      api: amiGovernanceApiRef,
      deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
      factory: ({ discoveryApi, fetchApi }) =>
        new AmiGovernanceClient({ discoveryApi, fetchApi }),
    }),
});

/**
 * The page at `/ami-governance`, with "Can I launch this?" at `/ami-governance/explain`. Its title
 * and icon make the sidebar item: `NavItemBlueprint` was removed in `@backstage/frontend-plugin-api`
 * 0.17.
 * @alpha
 */
export const amiGovernancePage = PageBlueprint.make({
  params: {
    path: '/ami-governance',
    title: 'AMI Governance',
    icon: <PolicyIcon fontSize="inherit" />,
    routeRef: rootRouteRef,
    // The page draws its own header with the enforcement mode and data freshness.
    noHeader: true,
    loader: () =>
      import('./components/AmiGovernanceRouter').then(m => (
        <m.AmiGovernanceRouter />
      )),
  },
});

/** @alpha */
export const amiGovernanceEntityCard = EntityCardBlueprint.make({
  name: 'ami-governance',
  params: {
    filter: isAmiGovernanceAvailable,
    loader: () =>
      import('./organization/EntityAmiGovernanceCard').then(m => (
        <m.EntityAmiGovernanceCard />
      )),
  },
});

/** `ui:field: AwsAccountPicker` of the exception request form. @alpha */
export const awsAccountPickerFormField = FormFieldBlueprint.make({
  name: 'aws-account-picker',
  params: {
    field: () =>
      import('./exceptionRequests/scaffolder/formFields').then(
        m => m.awsAccountPickerFormField,
      ),
  },
});

/** `ui:field: ExceptionExpiryPicker` of the exception request form. @alpha */
export const exceptionExpiryPickerFormField = FormFieldBlueprint.make({
  name: 'exception-expiry-picker',
  params: {
    field: () =>
      import('./exceptionRequests/scaffolder/formFields').then(
        m => m.exceptionExpiryPickerFormField,
      ),
  },
});

/** `ui:field: ExceptionRequestPreview` of the exception request form. @alpha */
export const exceptionRequestPreviewFormField = FormFieldBlueprint.make({
  name: 'exception-request-preview',
  params: {
    field: () =>
      import('./exceptionRequests/scaffolder/formFields').then(
        m => m.exceptionRequestPreviewFormField,
      ),
  },
});

/** @alpha */
export default createFrontendPlugin({
  pluginId: 'ami-governance',
  title: 'AMI Governance',
  icon: <PolicyIcon fontSize="inherit" />,
  info: { packageJson: () => import('../package.json') },
  routes: {
    root: rootRouteRef,
    explain: explainRouteRef,
    platform: platformRouteRef,
    image: imageRouteRef,
  },
  externalRoutes: { requestException: requestExceptionRouteRef },
  extensions: [
    amiGovernanceApi,
    amiGovernancePage,
    amiGovernanceEntityCard,
    awsAccountPickerFormField,
    exceptionExpiryPickerFormField,
    exceptionRequestPreviewFormField,
  ],
});
