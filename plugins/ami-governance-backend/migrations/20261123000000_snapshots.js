// @ts-check

/**
 * Organization snapshots, newest last, with the drift summary computed when each was stored so the
 * portal can say since when a drift has existed.
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('ami_governance_snapshots', table => {
    table.comment(
      'Organization snapshots collected from AWS, read from a file or pushed',
    );
    table.increments('id').primary();
    table
      .string('collected_at', 40)
      .notNullable()
      .comment('ISO 8601, from the snapshot');
    table
      .string('received_at', 40)
      .notNullable()
      .comment('ISO 8601, when stored');
    table
      .string('source', 255)
      .notNullable()
      .comment('aws, file:<location> or push:<principal>');
    table.integer('account_count').notNullable();
    table
      .string('verdict', 16)
      .notNullable()
      .comment('in_sync | drifted | unknown when stored');
    table
      .string('drift_fingerprint', 64)
      .notNullable()
      .comment('hash of the drift details when stored');
    table
      .text('content', 'longtext')
      .notNullable()
      .comment('the snapshot JSON');
    table.index(['collected_at'], 'ami_governance_snapshots_collected_at_idx');
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.dropTable('ami_governance_snapshots');
};
