import plugin from './alpha';
import { amiGovernancePlugin } from './plugin';

describe('the plugin for both frontend systems', () => {
  it('has the same ID in the legacy and the new frontend system', () => {
    expect(plugin.id).toBe('ami-governance');
    expect(amiGovernancePlugin.getId()).toBe('ami-governance');
  });

  it('offers the API, the page (with the nav item it implies) and the entity card', () => {
    expect(plugin.getExtension('api:ami-governance')).toBeDefined();
    expect(plugin.getExtension('page:ami-governance')).toBeDefined();
    expect(
      plugin.getExtension('entity-card:ami-governance/ami-governance'),
    ).toBeDefined();
  });
});
