import type { WorkloadAccountReport } from '@ami-governance/backstage-plugin-ami-governance-common';

/** Gaps listed by name at most; the rest are counted (the snapshot file has every one). */
const LISTED = 20;

/**
 * What `snapshot --workloads` read, counted as the reports stream past: the totals and the parts
 * that were not visible, never the reports themselves.
 */
export class WorkloadsTally {
  accounts = 0;
  instances = 0;
  launchTemplates = 0;
  publicImages = 0;
  notVisible = 0;
  regionsRefused = 0;
  private readonly gaps: string[] = [];

  constructor(readonly roleName: string) {}

  count(report: WorkloadAccountReport): void {
    this.accounts++;
    if (report.error) {
      this.notVisible++;
      this.gap(
        `account ${report.accountId}: ${report.error.code}: ${report.error.message}`,
      );
    }
    for (const r of report.regions) {
      this.instances += r.instances.length;
      this.launchTemplates += r.launchTemplates.length;
      this.publicImages += r.publicImages.length;
      if (r.error) {
        this.regionsRefused++;
        this.gap(
          `account ${report.accountId} ${r.region}: ${r.error.code}: ${r.error.message}`,
        );
      }
    }
  }

  /** Not visible: an account whose role could not be assumed, or a region that refused. */
  get partial(): boolean {
    return this.notVisible + this.regionsRefused > 0;
  }

  lines(): string[] {
    const lines = [
      `Workloads of ${this.accounts} account${
        this.accounts === 1 ? '' : 's'
      } through role ${this.roleName}: ${this.instances} instances, ${
        this.launchTemplates
      } launch template versions, ${
        this.publicImages
      } public AMIs owned by members.`,
    ];
    if (!this.partial) return lines;
    lines.push(
      `Not visible: ${this.notVisible} account${
        this.notVisible === 1 ? '' : 's'
      } (role not assumable or regions not listed) and ${
        this.regionsRefused
      } account-region${this.regionsRefused === 1 ? '' : 's'} that refused:`,
      ...this.gaps.map(g => `  ${g}`),
    );
    const more = this.notVisible + this.regionsRefused - this.gaps.length;
    if (more > 0)
      lines.push(
        `  … and ${more} more (see "error" in the snapshot's workloads).`,
      );
    return lines;
  }

  private gap(line: string): void {
    if (this.gaps.length < LISTED) this.gaps.push(line);
  }
}
