import plugin from './alpha';
import { amiGovernancePlugin } from './plugin';
import { explainRouteRef, platformRouteRef, rootRouteRef } from './routes';
import {
  awsAccountPickerFormField,
  exceptionExpiryPickerFormField,
  exceptionRequestPreviewFormField,
} from './exceptionRequests/scaffolder/formFields';

describe('the plugin for both frontend systems', () => {
  it('has the same ID in the legacy and the new frontend system', () => {
    expect(plugin.id).toBe('ami-governance');
    expect(amiGovernancePlugin.getId()).toBe('ami-governance');
  });

  it('offers the page, its platform tab and the explainer below it as routes in both systems', () => {
    const routes = {
      root: rootRouteRef,
      explain: explainRouteRef,
      platform: platformRouteRef,
    };
    expect(plugin.routes).toEqual(routes);
    expect(amiGovernancePlugin.routes).toEqual(routes);
    expect(explainRouteRef.path).toBe('/explain');
    expect(platformRouteRef.path).toBe('/platform');
  });

  it('offers the API, the page (with the nav item it implies) and the entity card', () => {
    expect(plugin.getExtension('api:ami-governance')).toBeDefined();
    expect(plugin.getExtension('page:ami-governance')).toBeDefined();
    expect(
      plugin.getExtension('entity-card:ami-governance/ami-governance'),
    ).toBeDefined();
  });

  it('offers the exception request form fields to the scaffolder', () => {
    for (const id of [
      'scaffolder-form-field:ami-governance/aws-account-picker',
      'scaffolder-form-field:ami-governance/exception-expiry-picker',
      'scaffolder-form-field:ami-governance/exception-request-preview',
    ] as const) {
      expect(plugin.getExtension(id)).toBeDefined();
    }
    expect(
      [
        awsAccountPickerFormField,
        exceptionExpiryPickerFormField,
        exceptionRequestPreviewFormField,
      ].map(f => f.$$type),
    ).toEqual(Array(3).fill('@backstage/scaffolder/FormField'));
  });
});
