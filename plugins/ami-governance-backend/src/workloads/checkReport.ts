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
  const fail = (path: string, problem: string): never => {
    throw new InputError(`${where}.${path} ${problem}`);
  };
  const width = (path: string, value: string | undefined, max: number) => {
    if (value !== undefined && value.length > max)
      fail(
        path,
        `is ${value.length} characters long; at most ${max} are stored`,
      );
  };
  const once = (seen: Set<string>, key: string, path: string) => {
    if (seen.has(key)) fail(path, `lists ${key} twice`);
    seen.add(key);
  };
  const image = (path: string, i: WorkloadImage) => {
    width(`${path}.imageId`, i.imageId, W.id);
    width(`${path}.ownerAlias`, i.ownerAlias, W.ownerAlias);
    width(`${path}.creationDate`, i.creationDate, W.timestamp);
    width(`${path}.deprecationTime`, i.deprecationTime, W.timestamp);
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
    r.instances.forEach((i, n) => {
      width(`${at}.instances[${n}].instanceId`, i.instanceId, W.id);
      once(instances, i.instanceId, `${at}.instances`);
      width(`${at}.instances[${n}].state`, i.state, W.state);
      width(`${at}.instances[${n}].launchTime`, i.launchTime, W.timestamp);
      image(`${at}.instances[${n}].image`, i.image);
    });
    const versions = new Set<string>();
    r.launchTemplates.forEach((t, n) => {
      width(
        `${at}.launchTemplates[${n}].launchTemplateId`,
        t.launchTemplateId,
        W.id,
      );
      once(
        versions,
        `${t.launchTemplateId} version ${t.version}`,
        `${at}.launchTemplates`,
      );
      if (t.version > MAX_INTEGER)
        fail(
          `${at}.launchTemplates[${n}].version`,
          `is larger than ${MAX_INTEGER}`,
        );
      if (t.image) image(`${at}.launchTemplates[${n}].image`, t.image);
    });
    const publicImages = new Set<string>();
    r.publicImages.forEach((p, n) => {
      width(`${at}.publicImages[${n}].imageId`, p.imageId, W.id);
      once(publicImages, p.imageId, `${at}.publicImages`);
      width(
        `${at}.publicImages[${n}].creationDate`,
        p.creationDate,
        W.timestamp,
      );
    });
  });
}
