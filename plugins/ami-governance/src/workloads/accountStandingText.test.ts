import {
  impactAnswer,
  accountWorkloads,
} from '../__testUtils__/accountStandingWorld';
import {
  blockedHeadline,
  describeGovernance,
  describeNode,
  lapseSentence,
  publicImagesHeadline,
  regionCells,
} from './accountStandingText';

type CollectedImpact = Extract<
  ReturnType<typeof impactAnswer>,
  { available: true }
>;
const collected = (workloads = accountWorkloads(2)) =>
  impactAnswer(workloads) as CollectedImpact;

describe('accountStandingText', () => {
  it('names attachments by their kind', () => {
    expect(describeNode({ id: 'r-1', name: 'Root', type: 'ROOT' })).toBe(
      'the root Root',
    );
    expect(
      describeNode({ id: 'ou-1', name: 'Prod', type: 'ORGANIZATIONAL_UNIT' }),
    ).toBe('OU Prod');
  });

  it('words governance with its note, once ending in a period', () => {
    expect(
      describeGovernance({
        id: 'p',
        name: 'scp',
        governs: false,
        via: [],
        note: 'Never the management account.',
      }),
    ).toBe('scp does not govern it: Never the management account.');
  });

  it('names every lapsing exception and the counts, singular or plural', () => {
    const two = collected(accountWorkloads(3));
    two.lapsing = [
      { provider: '111', expiresOn: '2026-12-01' },
      { provider: '222', expiresOn: '2026-12-01' },
    ];
    expect(lapseSentence(two)).toBe(
      'On 2026-12-02, when the exceptions for 111 and 222 lapse: 2 instances and 1 launch template stop being allowed',
    );
    expect(lapseSentence(collected(accountWorkloads(1)))).toMatch(
      /: 1 instance stops being allowed$/,
    );
  });

  it('says nothing lapses without a next expiry', () => {
    const none = collected();
    none.nextExpiry = null;
    none.lapsing = [];
    expect(lapseSentence(none)).toBeUndefined();
  });

  it('fills a region that was not read', () => {
    expect(regionCells({ region: 'eu-west-1' })).toEqual({
      state: 'not read',
      managedBy: '—',
      problems: '—',
      publicAccess: 'not read',
    });
  });

  it('words counts and public AMIs', () => {
    expect(blockedHeadline({ instances: 0, launchTemplates: 0 })).toMatch(
      /^Enabled would block nothing here/,
    );
    expect(publicImagesHeadline(1)).toBe(
      'It shares 1 AMI publicly: anyone can launch them.',
    );
  });
});
