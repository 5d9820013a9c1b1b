import { InputError } from '@backstage/errors';
import {
  WorkloadAccountReport,
  WorkloadImage,
} from '@ami-governance/backstage-plugin-ami-governance-common';
import { COLUMN_WIDTHS as W } from './tables';

// The largest value of an integer column on every database.
const MAX_INTEGER = 2_147_483_647;

/**
 * Refuses (400, naming the field) what the schema lets through but the tables cannot hold: a value
 * wider than its column, or the same instance, launch template version, public AMI or region twice in
 * one account. Reports are untrusted when pushed; the check is linear in the report's size.
 */
export function checkReport(report: WorkloadAccountReport, where: string) {
  // Paths are spelled only for an error: a report holds hundreds of thousands of fields.
  type Path = string | (() => string);
  const fail = (path: Path, problem: string): never => {
    throw new InputError(
      `${where}.${typeof path === 'string' ? path : path()} ${problem}`,
    );
  };
  const width = (path: Path, value: string | undefined, max: number) => {
    if (value !== undefined && value.length > max)
      fail(
        path,
        `is ${value.length} characters long; at most ${max} are stored`,
      );
  };
  const once = (seen: Set<string>, key: string, path: Path) => {
    if (seen.has(key)) fail(path, `lists ${key} twice`);
    seen.add(key);
  };
  const image = (path: () => string, i: WorkloadImage) => {
    width(() => `${path()}.imageId`, i.imageId, W.id);
    width(() => `${path()}.ownerAlias`, i.ownerAlias, W.ownerAlias);
    width(() => `${path()}.creationDate`, i.creationDate, W.timestamp);
    width(() => `${path()}.deprecationTime`, i.deprecationTime, W.timestamp);
  };
  width('collectedAt', report.collectedAt, W.timestamp);
  width('error.code', report.error?.code, W.errorCode);
  const regions = new Set<string>();
  report.regions.forEach((r, ri) => {
    const at = `regions[${ri}]`;
    width(`${at}.region`, r.region, W.region);
    once(regions, r.region, `${at}.region`);
    width(`${at}.allowedImages.state`, r.allowedImages?.state, W.state);
    width(
      `${at}.allowedImages.managedBy`,
      r.allowedImages?.managedBy,
      W.managedBy,
    );
    width(
      `${at}.imageBlockPublicAccess.state`,
      r.imageBlockPublicAccess?.state,
      W.state,
    );
    width(
      `${at}.imageBlockPublicAccess.managedBy`,
      r.imageBlockPublicAccess?.managedBy,
      W.managedBy,
    );
    width(`${at}.error.code`, r.error?.code, W.errorCode);
    const instances = new Set<string>();
    const instancesPath = `${at}.instances`;
    r.instances.forEach((i, n) => {
      const item = () => `${at}.instances[${n}]`;
      width(() => `${item()}.instanceId`, i.instanceId, W.id);
      once(instances, i.instanceId, instancesPath);
      width(() => `${item()}.state`, i.state, W.state);
      width(() => `${item()}.launchTime`, i.launchTime, W.timestamp);
      image(() => `${item()}.image`, i.image);
    });
    const versions = new Set<string>();
    r.launchTemplates.forEach((t, n) => {
      const item = () => `${at}.launchTemplates[${n}]`;
      width(() => `${item()}.launchTemplateId`, t.launchTemplateId, W.id);
      once(
        versions,
        `${t.launchTemplateId} version ${t.version}`,
        `${at}.launchTemplates`,
      );
      if (t.version > MAX_INTEGER)
        fail(() => `${item()}.version`, `is larger than ${MAX_INTEGER}`);
      if (t.image) image(() => `${item()}.image`, t.image);
    });
    const publicImages = new Set<string>();
    r.publicImages.forEach((p, n) => {
      const item = () => `${at}.publicImages[${n}]`;
      width(() => `${item()}.imageId`, p.imageId, W.id);
      once(publicImages, p.imageId, `${at}.publicImages`);
      width(() => `${item()}.creationDate`, p.creationDate, W.timestamp);
    });
  });
}
