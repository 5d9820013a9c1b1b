// @ts-check

/**
 * A workload collection can be partial: a pushed `workloads` section that says `partial: true` covers
 * only some accounts. It is served as such, so readiness never reads its missing accounts as clean.
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.alterTable('ami_governance_workload_collections', t => {
    t.boolean('partial')
      .notNullable()
      .defaultTo(false)
      .comment('true: the collection covers only some accounts, by intent');
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.alterTable('ami_governance_workload_collections', t => {
    t.dropColumn('partial');
  });
};
