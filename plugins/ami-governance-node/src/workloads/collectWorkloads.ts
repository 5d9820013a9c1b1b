import {
  isAwsRegion,
  isIamRoleName,
  type WorkloadAccountReport,
} from '@ami-governance/backstage-plugin-ami-governance-common';
import { Retrier } from '../aws/retry';
import {
  CollectWorkloadsOptions,
  defaultEc2Client,
  defaultStsClient,
  partitionOf,
} from './options';
import { AccountReadContext, readAccount } from './readAccount';

const DEFAULT_STS_REGION = 'us-east-1';

/** Reports of finished accounts, in the order they finish; `take` waits for the next one. */
class Finished<T> {
  private readonly done: T[] = [];
  private failure: { error: unknown } | undefined;
  private wake: (() => void) | undefined;

  add(work: Promise<T>): void {
    work.then(
      value => {
        this.done.push(value);
        this.wake?.();
      },
      error => {
        this.failure ??= { error };
        this.wake?.();
      },
    );
  }

  async take(): Promise<T> {
    for (;;) {
      if (this.failure) throw this.failure.error;
      const next = this.done.shift();
      if (next !== undefined) return next;
      await new Promise<void>(resolve => {
        this.wake = resolve;
      });
      this.wake = undefined;
    }
  }
}

/** What the collection read, for its closing log lines; a few examples, never every report. */
class Tally {
  instances = 0;
  launchTemplates = 0;
  regionsRefused = 0;
  notVisible = 0;
  readonly examples: string[] = [];

  count(report: WorkloadAccountReport): void {
    if (report.error) {
      this.notVisible++;
      if (this.examples.length < 5)
        this.examples.push(`${report.accountId}: ${report.error.code}`);
    }
    for (const region of report.regions) {
      if (region.error) this.regionsRefused++;
      this.instances += region.instances.length;
      this.launchTemplates += region.launchTemplates.length;
    }
  }
}

/**
 * Reads what each member account runs and enforces, region by region, through a role assumed in it,
 * and yields one report per account as soon as it is read (in the order accounts finish). At most
 * `concurrency` accounts are held at once, counting the finished ones the consumer has not taken
 * yet: memory stays bounded by a few accounts' inventories, whatever the size of the organization,
 * and a slow consumer (the store) slows the reading instead of piling reports up.
 *
 * AWS failures never throw: an account whose role cannot be assumed is reported with `error` and no
 * regions (not visible), a region that refuses with its own `error`; throttling backs off and retries.
 * Stopping early (`break`) lets the accounts in flight finish in the background, unread.
 * @public
 */
export async function* collectWorkloads(
  options: CollectWorkloadsOptions,
): AsyncGenerator<WorkloadAccountReport> {
  const { accounts, concurrency, logger } = options;
  if (!(Number.isInteger(concurrency) && concurrency >= 1))
    throw new RangeError(
      `concurrency must be a whole number of 1 or more, got ${concurrency}`,
    );
  if (!options.roleName || !isIamRoleName(options.roleName))
    throw new RangeError(
      `roleName must be an IAM role name (optionally after its path) to assume in each account, e.g. AmiGovernanceReadOnly, not "${options.roleName}"`,
    );
  const badRegion = options.regions?.find(r => !isAwsRegion(r));
  if (badRegion !== undefined || options.regions?.length === 0)
    throw new RangeError(
      `regions must be AWS region names such as eu-west-1 (or omitted: every enabled region), not ${JSON.stringify(
        options.regions,
      )}`,
    );
  const stsRegion = options.stsRegion ?? DEFAULT_STS_REGION;
  const ctx: AccountReadContext = {
    sts: (options.createStsClient ?? defaultStsClient)(
      stsRegion,
      options.credentials,
    ),
    stsRetrier: new Retrier(options.retry),
    roleName: options.roleName,
    partition: options.partition ?? partitionOf(stsRegion),
    regions: options.regions,
    homeRegion: stsRegion,
    retry: options.retry,
    now: options.now ?? (() => new Date()),
    createEc2Client: options.createEc2Client ?? defaultEc2Client,
    retried: { throttled: 0, transient: 0 },
  };
  const started = Date.now();
  logger?.info(
    `Collecting workloads from ${accounts.length} accounts through role ${
      options.roleName
    } in ${
      options.regions?.join(', ') ?? 'every enabled region'
    } (concurrency ${concurrency})`,
  );

  const finished = new Finished<WorkloadAccountReport>();
  let next = 0;
  let held = 0;
  const startNext = () => {
    held++;
    finished.add(readAccount(ctx, accounts[next++].id));
  };
  const tally = new Tally();
  try {
    while (held < concurrency && next < accounts.length) startNext();
    while (held > 0) {
      const report = await finished.take();
      tally.count(report);
      yield report;
      // The slot is free once the consumer has taken the report.
      held--;
      if (next < accounts.length) startNext();
    }
  } finally {
    ctx.sts.destroy();
  }

  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const { throttled, transient } = ctx.retried;
  logger?.info(
    `Collected workloads of ${accounts.length} accounts in ${seconds} s: ${
      tally.instances
    } instances, ${tally.launchTemplates} launch template versions; ${
      throttled + ctx.stsRetrier.throttled
    } throttled and ${
      transient + ctx.stsRetrier.transient
    } failed calls retried`,
  );
  if (tally.notVisible > 0 || tally.regionsRefused > 0)
    logger?.warn(
      `Not visible: ${tally.notVisible} account(s)${
        tally.examples.length > 0
          ? ` (${tally.examples.join('; ')}${
              tally.notVisible > tally.examples.length ? '; …' : ''
            })`
          : ''
      } and ${tally.regionsRefused} account-region(s) that refused`,
    );
}
