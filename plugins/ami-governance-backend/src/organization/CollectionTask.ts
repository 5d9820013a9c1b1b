import { LoggerService, UrlReaderService } from '@backstage/backend-plugin-api';
import { Config } from '@backstage/config';
import { assertError, ConflictError } from '@backstage/errors';
import { OrganizationSnapshot } from '@ami-governance/backstage-plugin-ami-governance-common';
import {
  collectOrganizationSnapshot,
  createOrganizationsClient,
} from '@ami-governance/backstage-plugin-ami-governance-node';
import { AwsCollectionOptions } from '../options';
import { checkSnapshotOffThread } from './checkSnapshotOffThread';
import {
  hideServerPath,
  locationForReaders,
  readLocation,
} from '../config/readLocation';
import { SnapshotIngestor } from './SnapshotIngestor';
import { SnapshotStore } from './SnapshotStore';

type CollectionSource =
  | { kind: 'snapshot'; location?: string }
  | { kind: 'aws'; aws: AwsCollectionOptions; config: Config };

/**
 * The scheduled work behind /status: read the configured snapshot file or URL, or collect from AWS
 * Organizations, and store the result. A failure is logged and kept for /status; the last stored
 * snapshot keeps serving.
 */
export class CollectionTask {
  private failure: string | null = null;

  constructor(
    private readonly source: CollectionSource,
    private readonly ingestor: SnapshotIngestor,
    private readonly store: SnapshotStore,
    private readonly urlReader: UrlReaderService,
    private readonly logger: LoggerService,
  ) {}

  /** The last run's error message, or null when it succeeded (served as /status collectionError). */
  lastError(): string | null {
    return this.failure;
  }

  async run(): Promise<void> {
    try {
      if (this.source.kind === 'snapshot')
        await this.readSnapshot(this.source.location);
      else await this.collect(this.source.aws, this.source.config);
      this.failure = null;
    } catch (e) {
      assertError(e);
      this.failure = e.message;
      this.logger.error(
        `AMI governance collection failed, the last snapshot keeps serving: ${this.failure}`,
        e,
      );
    }
  }

  private async readSnapshot(location: string | undefined) {
    if (!location) return; // Only pushed snapshots.
    const source = `file:${location}`;
    // collectionError is served to readers: it names the file, never the server's path (the log does).
    const shown = locationForReaders(location);
    let json: string;
    try {
      json = await readLocation(location, this.urlReader);
    } catch (e) {
      assertError(e);
      throw new Error(
        `cannot read the snapshot at ${shown}: ${hideServerPath(
          e.message,
          location,
        )}`,
      );
    }
    const snapshot = await checkSnapshotOffThread(
      json,
      `The snapshot at ${shown}`,
      { logger: this.logger },
    );
    if ((await this.store.latestCollectedAt(source)) === snapshot.collectedAt)
      return;
    try {
      await this.save(snapshot, source);
    } catch (e) {
      // A newer snapshot was pushed meanwhile: the file is simply behind, not broken.
      if (!ConflictError.is(e)) throw e;
      this.logger.debug(`Not storing ${location}: ${e.message}`);
    }
  }

  private async collect(aws: AwsCollectionOptions, config: Config) {
    const client = await createOrganizationsClient({ ...aws, config });
    const snapshot = await collectOrganizationSnapshot({
      client,
      policyNames: aws.policyNames,
      concurrency: aws.concurrency,
      logger: this.logger,
    });
    await this.save(snapshot, 'aws');
  }

  private async save(snapshot: OrganizationSnapshot, source: string) {
    const stored = await this.ingestor.ingest(snapshot, source);
    this.logger.info(
      `Stored organization snapshot ${stored.id} from ${source}: ${stored.accountCount} accounts, collected ${stored.collectedAt}, ${stored.verdict}`,
    );
  }
}
