// @ts-check

/**
 * The expiry notices already sent: one row per exception, expiry date and stage, so a stage is sent
 * once however many times the daily job runs and on however many replicas.
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('ami_governance_expiry_notices', table => {
    table.comment('Exception expiry notifications sent, one per stage');
    table.string('account_id', 12).notNullable();
    table.string('expires_on', 10).notNullable();
    table
      .string('stage', 16)
      .notNullable()
      .comment('days left at a threshold (e.g. 14) or lapsed');
    table.string('sent_at', 40).notNullable().comment('ISO 8601');
    table.primary(['account_id', 'expires_on', 'stage']);
  });
  await knex.schema.createTable('ami_governance_platform_notices', table => {
    table.comment(
      'What platform engineers were last told, per kind, so each change is told once',
    );
    table.string('kind', 32).primary().comment('drift | readiness');
    table
      .string('value', 255)
      .notNullable()
      .comment('the drift fingerprint, or the blocked launch count');
    table.string('told_at', 40).notNullable().comment('ISO 8601');
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.dropTable('ami_governance_platform_notices');
  await knex.schema.dropTable('ami_governance_expiry_notices');
};
