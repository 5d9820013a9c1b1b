import { mockServices } from '@backstage/backend-test-utils';
import { writeFileSync } from 'node:fs';
import {
  configAsOfTestDay,
  fixedClock,
  writeTempFile,
} from '../__testUtils__/fixtures';
import { GovernanceConfigSource } from './GovernanceConfigSource';

describe('GovernanceConfigSource', () => {
  const logger = mockServices.logger.mock();
  const urlReader = mockServices.urlReader.mock();

  it('keeps the last good config serving when the file turns into bad JSON or an invalid config', async () => {
    const path = writeTempFile(configAsOfTestDay());
    const source = new GovernanceConfigSource(
      path,
      urlReader,
      logger,
      fixedClock(),
    );
    await source.refresh();
    const good = source.current();
    expect(good.config?.ops_publisher_account.account_id).toBe('123456738923');
    expect(good.configError).toBeNull();

    writeFileSync(path, '{ "ops_publisher_account": ');
    await source.refresh();
    expect(source.current().config).toBe(good.config);
    expect(source.current().configError).toMatchObject({
      location: 'ami_publishers.json',
      path: '(root)',
      message: expect.stringContaining('not valid JSON'),
    });

    writeFileSync(
      path,
      JSON.stringify({
        ...configAsOfTestDay(),
        ops_publisher_account: { account_id: 123 },
      }),
    );
    await source.refresh();
    expect(source.current().config).toBe(good.config);
    expect(source.current().configError).toMatchObject({
      path: 'ops_publisher_account.account_id',
    });
    expect(logger.error).toHaveBeenCalledWith(
      expect.stringContaining('keeping the config read at'),
    );

    writeFileSync(path, JSON.stringify(configAsOfTestDay()));
    await source.refresh();
    expect(source.current().configError).toBeNull();
  });

  it('reports a file that cannot be read, with nothing to fall back on', async () => {
    const source = new GovernanceConfigSource(
      '/nonexistent/ami_publishers.json',
      urlReader,
      logger,
      fixedClock(),
    );
    await source.refresh();
    expect(source.current().config).toBeUndefined();
    // Readers see the file's name; the server's directories are only in the log.
    expect(source.current().source).toBe('ami_publishers.json');
    expect(source.current().configError).toEqual({
      location: 'ami_publishers.json',
      path: '(file)',
      message:
        "cannot read ami_publishers.json: ENOENT: no such file or directory, open 'ami_publishers.json'",
      occurredAt: expect.any(String),
    });
    expect(logger.error).toHaveBeenCalledWith(
      expect.stringContaining(
        "cannot read /nonexistent/ami_publishers.json: ENOENT: no such file or directory, open '/nonexistent/ami_publishers.json'",
      ),
    );
  });

  it('names a local file by its name, however it was configured', async () => {
    const path = writeTempFile(configAsOfTestDay(), 'governance.json');
    const source = new GovernanceConfigSource(
      path,
      urlReader,
      logger,
      fixedClock(),
    );
    await source.refresh();
    expect(path).toMatch(/^\/.+\/governance\.json$/);
    expect(source.current().source).toBe('governance.json');
  });

  it('reads URLs through the UrlReader', async () => {
    const reader = mockServices.urlReader.mock({
      readUrl: async () =>
        ({
          buffer: async () => Buffer.from(JSON.stringify(configAsOfTestDay())),
          etag: 'x',
        } as any),
    });
    const url =
      'https://gitlab.example.com/platform/governance/-/blob/main/config/ami_publishers.json';
    const source = new GovernanceConfigSource(
      url,
      reader,
      logger,
      fixedClock(),
    );
    await source.refresh();
    expect(reader.readUrl).toHaveBeenCalledWith(url);
    expect(source.current().config?.vendor_publisher_accounts).toHaveLength(1);
    expect(source.current().source).toBe(url); // a URL as configured
  });

  it('shows a URL without the user and password written into it', async () => {
    const source = new GovernanceConfigSource(
      'https://bot:glpat-secret@gitlab.example.com/platform/governance/-/raw/main/config/ami_publishers.json',
      urlReader,
      logger,
      fixedClock(),
    );
    expect(source.current().source).toBe(
      'https://gitlab.example.com/platform/governance/-/raw/main/config/ami_publishers.json',
    );
  });
});
