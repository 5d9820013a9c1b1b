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
      location: path,
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
    expect(source.current().configError).toMatchObject({
      path: '(file)',
      message: expect.stringContaining('ENOENT'),
    });
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
  });
});
