import {
  ApiComponents,
  ApiResponse,
  Finding,
  GovernanceConfig,
  sortFindings,
  hasErrors,
  IsoDate,
  validateConfig,
} from '@ami-governance/backstage-plugin-ami-governance-common';

/** GET /policies' answer but for the config's metadata, which the route adds. */
type PolicyReportBody = Omit<
  ApiResponse<'GetPolicies'>,
  keyof ApiComponents['schemas']['ConfigMeta']
>;

/** Both generated documents and every finding, computed once per config read and day. */
export class PolicyReport {
  private cache?: { key: string; body: PolicyReportBody };

  /**
   * `text` (the config as written) is validated when given, so findings about the file itself (unknown
   * keys) are reported too; `extra` are findings of another kind, such as what the last change did.
   */
  report(
    config: GovernanceConfig,
    readAt: string | null,
    today: IsoDate,
    options: { text?: string; extra?: Finding[] } = {},
  ): PolicyReportBody {
    const key = `${readAt}|${today}`;
    if (this.cache?.key === key) return this.cache.body;
    const result = validateConfig(options.text ?? config, { today });
    const generation = result.generation;
    const findings = sortFindings([
      ...result.findings,
      ...(options.extra ?? []),
    ]);
    const body: PolicyReportBody = {
      valid: !hasErrors(findings),
      findings,
      allowlist: generation?.allowlist ?? [],
      policies: generation?.ok
        ? [generation.declarativePolicy, generation.scp].map(
            ({ kind, fileName, document, size, maxSize }) => ({
              kind,
              fileName,
              document: document as Record<string, unknown>,
              size,
              maxSize,
            }),
          )
        : [],
    };
    this.cache = { key, body };
    return body;
  }
}
