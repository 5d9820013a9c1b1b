import { assertError } from '@backstage/errors';
import { LoggerService, UrlReaderService } from '@backstage/backend-plugin-api';
import {
  ConfigError,
  configChangeFindings,
  Finding,
  GovernanceConfig,
  parseGovernanceConfig,
} from '@ami-governance/backstage-plugin-ami-governance-common';
import { Clock, systemClock } from '../lib/clock';
import {
  hideServerPath,
  locationForReaders,
  readLocationWithDate,
} from './readLocation';

interface ConfigState {
  /** The last config that parsed, if any ever did. */
  config?: GovernanceConfig;
  /** Its text, for validation with every finding (unknown keys included). */
  text?: string;
  /** What the last change of content did that no single-file rule sees (e.g. vendors and exceptions emptied). */
  changeFindings: Finding[];
  /**
   * When the content last changed: the source's modification time when it gives one, else when this
   * process first read the new content; null when unknown (a first read without a modification time).
   */
  changedAt: string | null;
  /** The config before the last change this process saw, for telling "not applied yet" from drift. */
  previousConfig?: GovernanceConfig;
  /** Where the config is read from, as readers are shown it (locationForReaders). */
  source: string;
  readAt: string | null;
  configError: ConfigError | null;
}

/**
 * Holds the governance config read from a file or URL. A read or parse failure is recorded and logged
 * but never replaces the last good config: the portal must not serve an empty allowlist because
 * GitLab was unreachable for a minute.
 */
export class GovernanceConfigSource {
  private state: ConfigState;
  private readonly listeners: (() => void)[] = [];
  /** The location in answers: never the server's filesystem path. */
  private readonly shown: string;

  constructor(
    private readonly location: string,
    private readonly urlReader: UrlReaderService,
    private readonly logger: LoggerService,
    private readonly clock: Clock = systemClock,
  ) {
    this.shown = locationForReaders(location);
    this.state = {
      source: this.shown,
      readAt: null,
      configError: null,
      changeFindings: [],
      changedAt: null,
    };
  }

  current(): ConfigState {
    return this.state;
  }

  /** Called when what the config says changes: new content, a new error, or an error gone. */
  onChange(listener: () => void) {
    this.listeners.push(listener);
  }

  private changed() {
    for (const listener of this.listeners) listener();
  }

  async refresh(): Promise<void> {
    let text: string;
    let lastModifiedAt: Date | undefined;
    try {
      ({ text, lastModifiedAt } = await readLocationWithDate(
        this.location,
        this.urlReader,
      ));
    } catch (e) {
      assertError(e);
      this.fail(
        '(file)',
        `cannot read ${this.shown}: ${hideServerPath(
          e.message,
          this.location,
        )}`,
        `cannot read ${this.location}: ${e.message}`,
      );
      return;
    }
    const parsed = parseGovernanceConfig(text, this.shown);
    if (!parsed.ok) {
      const errors = parsed.findings.filter(f => f.severity === 'error');
      this.fail(errors[0].path, errors.map(f => f.message).join('; '));
      return;
    }
    const wasFailing = this.state.configError !== null;
    if (wasFailing)
      this.logger.info(
        `Governance config at ${this.location} is readable again`,
      );
    const changed = wasFailing || text !== this.state.text;
    const contentChanged = text !== this.state.text;
    const previous = this.state.config;
    const now = this.clock();
    // A modification time after now is a clock problem at the source: never show it.
    const modified =
      lastModifiedAt && lastModifiedAt.getTime() <= now.getTime()
        ? lastModifiedAt.toISOString()
        : undefined;
    this.state = {
      text,
      changedAt: contentChanged
        ? modified ?? (previous ? now.toISOString() : null)
        : this.state.changedAt,
      previousConfig:
        contentChanged && previous ? previous : this.state.previousConfig,
      changeFindings:
        previous && text !== this.state.text
          ? configChangeFindings(previous, parsed.config)
          : this.state.changeFindings,
      config: parsed.config,
      source: this.shown,
      readAt: this.clock().toISOString(),
      configError: null,
    };
    if (changed) this.changed();
  }

  /** Records the error readers see (`message`); the log gets `detail`, which may name server paths. */
  private fail(path: string, message: string, detail = message) {
    const keeping = this.state.config
      ? `keeping the config read at ${this.state.readAt}`
      : 'no good config has been read yet';
    this.logger.error(
      `Governance config error at ${path}: ${detail} (${keeping})`,
    );
    this.state = {
      ...this.state,
      configError: {
        location: this.shown,
        path,
        message,
        occurredAt: this.clock().toISOString(),
      },
    };
    this.changed();
  }
}
