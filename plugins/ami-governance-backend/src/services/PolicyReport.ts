import {
  GovernanceConfig,
  hasErrors,
  IsoDate,
  PolicyDocumentKind,
  validateConfig,
} from 'ami-governance-common';

export type PolicyReportBody = {
  valid: boolean;
  findings: ReturnType<typeof validateConfig>['findings'];
  allowlist: string[];
  policies: {
    kind: PolicyDocumentKind;
    fileName: string;
    document: Record<string, unknown>;
    size: number;
    maxSize: number;
  }[];
};

/** Both generated documents and every finding, computed once per config read and day. */
export class PolicyReport {
  private cache?: { key: string; body: PolicyReportBody };

  report(
    config: GovernanceConfig,
    readAt: string | null,
    today: IsoDate,
  ): PolicyReportBody {
    const key = `${readAt}|${today}`;
    if (this.cache?.key === key) return this.cache.body;
    const result = validateConfig(config, { today });
    const generation = result.generation;
    const body: PolicyReportBody = {
      valid: !hasErrors(result.findings),
      findings: result.findings,
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
