import {
  CONFIG_PATH,
  CONFIG_TEXT,
  DECLARATIVE_PATH,
  policiesFor,
  SCP_PATH,
  TODAY,
} from '../__testUtils__/governanceRepo';
import { requestToPlan as request } from '../__testUtils__/requests';
import { planExceptionChange } from './planChange';

const paths = { configPath: CONFIG_PATH };

describe('planExceptionChange', () => {
  it('plans the files, branch, title and texts of a new exception, without I/O', () => {
    const change = planExceptionChange(CONFIG_TEXT, request(), TODAY, paths);
    if (!change.ok) throw new Error(JSON.stringify(change.findings));

    expect(change.branchName).toBe('exception/CLOUD-1400-999900001111');
    expect(change.title).toBe(
      'AMI exception: 999900001111 until 2027-01-31 (CLOUD-1400)',
    );
    expect(change.message.split('\n')[0]).toBe(
      'Add AMI exception for 999900001111 until 2027-01-31 (CLOUD-1400)',
    );
    expect(change.message).toContain(
      `Regenerated ${DECLARATIVE_PATH} and ${SCP_PATH}.`,
    );
    expect(change.files.map(f => f.path)).toEqual([
      CONFIG_PATH,
      DECLARATIVE_PATH,
      SCP_PATH,
    ]);
    const [config, declarative, scp] = change.files;
    expect(config.content).toContain('"account_id": "999900001111"');
    const policies = policiesFor(config.content);
    expect(declarative.content).toBe(policies.declarative);
    expect(scp.content).toBe(policies.scp);
    expect(change.allowlistSizeAfter).toBe(change.allowlistSizeBefore + 1);
    expect(change.description).toContain(
      'Before: 5 providers. After: 6 providers.',
    );
    expect(change.plan.kind).toBe('new');
  });

  it('extends an existing exception on the same branch name scheme', () => {
    const change = planExceptionChange(
      CONFIG_TEXT,
      request({ accountId: '777788889999', expiresOn: '2027-02-15' }),
      TODAY,
      paths,
    );
    if (!change.ok) throw new Error(JSON.stringify(change.findings));
    expect(change.plan.kind).toBe('extension');
    expect(change.message).toMatch(/^Extend AMI exception for 777788889999/);
    expect(change.allowlistSizeAfter).toBe(change.allowlistSizeBefore);
  });

  it('puts the policies next to a config that is not under config/', () => {
    const change = planExceptionChange(CONFIG_TEXT, request(), TODAY, {
      configPath: 'governance/publishers.json',
    });
    if (!change.ok) throw new Error(JSON.stringify(change.findings));
    expect(change.files.map(f => f.path)).toEqual([
      'governance/publishers.json',
      'governance/dist/declarative-policy-ec2.json',
      'governance/dist/scp-ami-guardrail.json',
    ]);
  });

  it('returns the refusal of a request the rules refuse', () => {
    const change = planExceptionChange(
      CONFIG_TEXT,
      request({ expiresOn: '2030-01-01' }),
      TODAY,
      paths,
    );
    expect(change).toMatchObject({ ok: false, stage: 'request' });
  });

  it('returns the refusal of a config that cannot be read', () => {
    const change = planExceptionChange('{ not json', request(), TODAY, paths);
    expect(change).toMatchObject({ ok: false, stage: 'config' });
  });
});
