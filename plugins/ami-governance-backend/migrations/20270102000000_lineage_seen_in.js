// @ts-check

/**
 * Which workload collection last wrote each lineage AMI. A node that 5,000 accounts' chains share
 * (a golden root) was rewritten once per account, every collection; with this, once per collection,
 * and again only when an account tells something new of it (LineageStore.record).
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.alterTable('ami_governance_lineage_images', t => {
    t.integer('seen_in_collection')
      .nullable()
      .comment('The workload collection that last wrote the row');
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.alterTable('ami_governance_lineage_images', t => {
    t.dropColumn('seen_in_collection');
  });
};
