// @ts-check

/**
 * Workload collections: what each member account and region enforces (Allowed AMIs, image block public
 * access), its instances and launch template versions with their AMIs, and its public AMIs. Written one
 * account at a time into a generation; the newest complete generation serves while the next is written.
 * Every per-generation table leads with collection_id, so a generation is dropped by its ID.
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('ami_governance_workload_collections', t => {
    t.comment('Workload collections (generations); the newest complete serves');
    t.increments('id').primary();
    t.string('source', 255)
      .notNullable()
      .comment('aws, file:<location> or push:<principal>');
    t.string('status', 16).notNullable().comment('running | complete');
    t.string('started_at', 40).notNullable();
    t.string('completed_at', 40).nullable();
    t.string('collected_at', 40)
      .nullable()
      .comment(
        'ISO 8601: the snapshot collection time, or the end of the AWS collection',
      );
    t.integer('account_count').notNullable().defaultTo(0);
    t.index(['status', 'id'], 'ami_governance_workload_collections_status_idx');
  });

  await knex.schema.createTable('ami_governance_workload_accounts', t => {
    t.comment('Member accounts of a collection; an error means not visible');
    t.integer('collection_id').notNullable();
    t.string('account_id', 12).notNullable();
    t.string('collected_at', 40).notNullable();
    t.string('error_code', 255)
      .nullable()
      .comment('e.g. AccessDenied on AssumeRole');
    t.text('error_message').nullable();
    t.primary(['collection_id', 'account_id']);
  });

  await knex.schema.createTable('ami_governance_workload_regions', t => {
    t.comment('What one account-region enforces, or why it could not be read');
    t.integer('collection_id').notNullable();
    t.string('account_id', 12).notNullable();
    t.string('region', 32).notNullable();
    t.string('allowed_images_state', 32)
      .nullable()
      .comment('EC2 spelling: disabled | audit-mode | enabled');
    t.string('allowed_images_managed_by', 64).nullable();
    t.text('allowed_images_criteria')
      .nullable()
      .comment('ImageCriteria JSON as the EC2 API returned it');
    t.string('public_access_state', 32)
      .nullable()
      .comment('image block public access');
    t.string('public_access_managed_by', 64).nullable();
    t.string('error_code', 255).nullable();
    t.text('error_message').nullable();
    t.primary(['collection_id', 'account_id', 'region']);
    t.index(
      ['collection_id', 'allowed_images_state', 'allowed_images_managed_by'],
      'ami_governance_workload_regions_setting_idx',
    );
  });

  await knex.schema.createTable('ami_governance_workload_images', t => {
    t.comment(
      'Distinct AMIs used by a collection, with what Allowed AMIs judges',
    );
    t.integer('collection_id').notNullable();
    t.string('region', 32).notNullable();
    t.string('image_id', 64).notNullable();
    t.string('owner_id', 12)
      .nullable()
      .comment('null: the AMI could not be described');
    t.string('owner_alias', 64).nullable();
    t.text('name').nullable();
    t.text('product_codes').nullable().comment('JSON array');
    t.string('creation_date', 40).nullable();
    t.string('deprecation_time', 40).nullable();
    t.primary(['collection_id', 'region', 'image_id']);
    t.index(
      ['collection_id', 'owner_id'],
      'ami_governance_workload_images_owner_idx',
    );
  });

  await knex.schema.createTable('ami_governance_workload_instances', t => {
    t.comment('Instances of a collection with the owner of their AMI');
    t.integer('collection_id').notNullable();
    t.string('account_id', 12).notNullable();
    t.string('region', 32).notNullable();
    t.string('instance_id', 64).notNullable();
    t.string('image_id', 64).notNullable();
    t.string('owner_id', 12).nullable();
    t.boolean('image_allowed')
      .nullable()
      .comment("AWS's own verdict under the current setting");
    t.string('state', 32).nullable();
    t.string('launch_time', 40).nullable();
    t.primary(['collection_id', 'account_id', 'region', 'instance_id']);
    // In the order pages are listed, so a page of one publisher's instances needs no sort.
    t.index(
      ['collection_id', 'owner_id', 'account_id', 'region', 'instance_id'],
      'ami_governance_workload_instances_owner_idx',
    );
    t.index(
      ['collection_id', 'region', 'image_id'],
      'ami_governance_workload_instances_image_idx',
    );
  });

  await knex.schema.createTable(
    'ami_governance_workload_launch_templates',
    t => {
      t.comment(
        'Default and latest launch template versions with the owner of their AMI',
      );
      t.integer('collection_id').notNullable();
      t.string('account_id', 12).notNullable();
      t.string('region', 32).notNullable();
      t.string('launch_template_id', 64).notNullable();
      t.text('name').notNullable();
      t.integer('version').notNullable();
      t.string('pointers', 32)
        .notNullable()
        .comment('default, latest or default,latest');
      t.string('image_id', 64)
        .nullable()
        .comment('null: no AMI named (e.g. an SSM parameter)');
      t.string('owner_id', 12).nullable();
      t.primary([
        'collection_id',
        'account_id',
        'region',
        'launch_template_id',
        'version',
      ]);
      t.index(
        [
          'collection_id',
          'owner_id',
          'account_id',
          'region',
          'launch_template_id',
          'version',
        ],
        'ami_governance_workload_lts_owner_idx',
      );
      t.index(
        ['collection_id', 'region', 'image_id'],
        'ami_governance_workload_lts_image_idx',
      );
    },
  );

  await knex.schema.createTable('ami_governance_workload_public_images', t => {
    t.comment('Public AMIs owned by member accounts');
    t.integer('collection_id').notNullable();
    t.string('account_id', 12).notNullable();
    t.string('region', 32).notNullable();
    t.string('image_id', 64).notNullable();
    t.text('name').nullable();
    t.string('creation_date', 40).nullable();
    t.primary(['collection_id', 'account_id', 'region', 'image_id']);
    t.index(
      ['collection_id', 'region'],
      'ami_governance_workload_public_region_idx',
    );
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  for (const table of [
    'public_images',
    'launch_templates',
    'instances',
    'images',
    'regions',
    'accounts',
    'collections',
  ]) {
    await knex.schema.dropTable(`ami_governance_workload_${table}`);
  }
};
