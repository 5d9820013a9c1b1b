// @ts-check

/**
 * Exception requests opened as GitLab merge requests by the scaffolder action, with their merge
 * request state refreshed from GitLab on a schedule.
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('ami_governance_exception_requests', table => {
    table.comment(
      'AMI exception requests and the state of their merge requests',
    );
    table.increments('id').primary();
    table.string('merge_request_url', 1024).notNullable().unique();
    table.string('host', 255).notNullable();
    table
      .string('project_id', 512)
      .notNullable()
      .comment('GitLab project path or numeric ID');
    table.integer('merge_request_iid').notNullable();
    table.string('branch_name', 255).notNullable();
    table.string('account_id', 12).notNullable();
    table.string('ticket', 64).notNullable();
    table.string('exception_type', 32).notNullable();
    table.string('expires_on', 10).notNullable();
    table.string('requested_by', 255).notNullable();
    table
      .string('state', 16)
      .notNullable()
      .comment('opened | merged | closed | locked');
    table.string('created_at', 40).notNullable();
    table.string('updated_at', 40).notNullable();
    table.index(['state'], 'ami_governance_exception_requests_state_idx');
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.dropTable('ami_governance_exception_requests');
};
