import path from 'node:path';
import {
  filesIn,
  fixture,
  hasStackTrace,
  runCli,
  TODAY,
  useTempDirs,
} from './__testUtils__/runCli';

describe('ami-governance usage errors', () => {
  const tempDir = useTempDirs();
  const valid = fixture('valid.json');

  it.each([
    {
      what: 'an unknown flag',
      args: (out: string) => [
        'generate',
        '--config',
        valid,
        '--out',
        out,
        '--today',
        TODAY,
        '--bogus',
      ],
      mentions: '--bogus',
    },
    {
      what: 'a missing required option',
      args: () => ['generate', '--config', valid, '--today', TODAY],
      mentions: '--out',
    },
    {
      what: 'a --today that is not a real date',
      args: () => ['validate', '--config', valid, '--today', '2026-02-30'],
      mentions: '2026-02-30',
    },
    {
      what: 'a --mode outside the choices',
      args: (out: string) => [
        'generate',
        '--config',
        valid,
        '--out',
        out,
        '--today',
        TODAY,
        '--mode',
        'block',
      ],
      mentions: 'audit_mode, enabled',
    },
    {
      what: 'a config file that does not exist',
      args: (out: string) => [
        'check-expiry',
        '--config',
        path.join(out, 'no-such-config.json'),
        '--today',
        TODAY,
      ],
      mentions: 'no-such-config.json',
    },
  ])('exits 2 with a short message on $what', ({ args, mentions }) => {
    const out = tempDir();
    const result = runCli(args(out));

    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(hasStackTrace(result.stderr)).toBe(false);
    const lines = result.stderr.trim().split('\n');
    expect(lines.length).toBeLessThanOrEqual(2);
    expect(lines[0]).toMatch(/^(error|ami-governance): /);
    expect(lines[0]).toContain(mentions);
    expect(filesIn(out)).toEqual([]);
  });
});
