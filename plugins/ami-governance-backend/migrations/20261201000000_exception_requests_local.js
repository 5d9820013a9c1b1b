// @ts-check

/**
 * Requests committed to a local governance repository (no GitLab) have a branch but no merge
 * request number.
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.alterTable('ami_governance_exception_requests', table => {
    table.integer('merge_request_iid').nullable().alter();
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex('ami_governance_exception_requests')
    .whereNull('merge_request_iid')
    .delete();
  await knex.schema.alterTable('ami_governance_exception_requests', table => {
    table.integer('merge_request_iid').notNullable().alter();
  });
};
