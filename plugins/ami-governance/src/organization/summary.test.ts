import {
  organizationStatus,
  publishersResponse,
  statusResponse,
} from '../__testUtils__/governance';
import { policiesFailingFirst, summarize } from './summary';

describe('summarize', () => {
  it('takes the allowlist and exception counts from the counts over the whole config', () => {
    expect(summarize(publishersResponse().counts, undefined)).toEqual({
      allowlist: 7,
      active: 4,
      expiring: 3,
      expired: 2,
      verdict: 'unknown',
      drifted: 0,
      policies: 0,
    });
  });

  it('counts the policies that differ from Git', () => {
    const { status } = statusResponse();
    expect(summarize(publishersResponse().counts, status)).toMatchObject({
      verdict: 'drifted',
      drifted: 2,
      policies: 2,
    });
  });
});

describe('policiesFailingFirst', () => {
  it('puts a policy missing from AWS before one in sync', () => {
    const org = organizationStatus();
    org.policies.declarativePolicy.drift!.inSync = true;
    org.policies.scp.deployed = false;
    const { status } = statusResponse({ status: org });
    expect(policiesFailingFirst(status!).map(p => p.kind)).toEqual([
      'scp',
      'declarativePolicy',
    ]);
  });
});
