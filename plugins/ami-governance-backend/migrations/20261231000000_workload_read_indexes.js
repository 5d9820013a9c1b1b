// @ts-check

/**
 * Partial indexes for what a new workload generation's readers need first (WorkloadReads'
 * generation facts): the workloads left out of blocked counts (AMI owner unknown, or the account's
 * own AMI: about 2% of the rows) and the account-regions that refused or were not read. Without them
 * both are scans of the whole generation (200,000 instances: 125 ms of the 1.4 s it took to evaluate
 * one on PostgreSQL); with them, a few thousand index entries. Partial, so the other 98% of the rows
 * a collection writes cost no index upkeep.
 */

/** The rows uncountedByAccount sums (services/workloads/WorkloadQueries.ts), as one predicate. */
const UNCOUNTED =
  '(owner_id is null and image_id is not null) or account_id = owner_id';

/** @param {import('knex').Knex} knex */
exports.up = async function up(knex) {
  for (const [table, name] of [
    [
      'ami_governance_workload_instances',
      'ami_governance_workload_instances_uncounted_idx',
    ],
    [
      'ami_governance_workload_launch_templates',
      'ami_governance_workload_lts_uncounted_idx',
    ],
  ]) {
    await knex.schema.alterTable(table, t => {
      t.index(['collection_id', 'account_id'], name, {
        predicate: knex.whereRaw(UNCOUNTED),
      });
    });
  }
  await knex.schema.alterTable('ami_governance_workload_regions', t => {
    t.index(
      ['collection_id', 'account_id', 'region'],
      'ami_governance_workload_regions_not_visible_idx',
      {
        predicate: knex.whereRaw(
          'error_code is not null or allowed_images_state is null',
        ),
      },
    );
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.alterTable('ami_governance_workload_instances', t => {
    t.dropIndex([], 'ami_governance_workload_instances_uncounted_idx');
  });
  await knex.schema.alterTable(
    'ami_governance_workload_launch_templates',
    t => {
      t.dropIndex([], 'ami_governance_workload_lts_uncounted_idx');
    },
  );
  await knex.schema.alterTable('ami_governance_workload_regions', t => {
    t.dropIndex([], 'ami_governance_workload_regions_not_visible_idx');
  });
};
