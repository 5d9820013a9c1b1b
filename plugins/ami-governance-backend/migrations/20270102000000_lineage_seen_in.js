// @ts-check

/**
 * Which workload collection last wrote each lineage AMI. A node that 5,000 accounts' chains share
 * (a golden root) was rewritten once per account, every collection; with this, once per collection,
 * and again only when an account tells something new of it (LineageStore.record). And an index for
 * the golden AMIs an account owns, which each account's report checks against its catalog (without
 * it, a scan of the graph per account).
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.alterTable('ami_governance_lineage_images', t => {
    t.integer('seen_in_collection')
      .nullable()
      .comment('The workload collection that last wrote the row');
    t.index(
      ['owner_id', 'golden_catalog'],
      'ami_governance_lineage_images_owner_idx',
    );
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.alterTable('ami_governance_lineage_images', t => {
    t.dropIndex([], 'ami_governance_lineage_images_owner_idx');
    t.dropColumn('seen_in_collection');
  });
};
