// @ts-check

/**
 * AMI lineage (issue 24): every AMI the workload collections met (used, in the golden catalog, or an
 * ancestor of one) as a node, an edge from each AMI to its source, and a timeline of what the
 * collections saw change. Kept across collections (not per generation): a chain never changes.
 * Keyed by AMI ID alone: an ID names one image, the region is kept with it.
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('ami_governance_lineage_images', t => {
    t.comment('AMIs of the lineage graph with their last facts');
    t.string('image_id', 64).primary();
    t.string('region', 32).nullable();
    t.boolean('visible').notNullable();
    t.string('parent', 16)
      .notNullable()
      .comment('source | root | not-visible | not-read');
    t.string('owner_id', 12).nullable();
    t.string('owner_alias', 64).nullable();
    t.text('name').nullable();
    t.string('state', 32).nullable();
    t.string('creation_date', 40).nullable();
    t.string('deprecation_time', 40).nullable();
    t.boolean('is_public').nullable();
    t.boolean('snapshots_encrypted').nullable();
    t.text('tags').nullable().comment('JSON object; null: not seen');
    t.boolean('golden_catalog').notNullable().defaultTo(false);
    t.string('chain_end', 200)
      .nullable()
      .comment(
        'How the chain ended when last seen, to spot a provenance change',
      );
    t.string('first_seen_at', 40).notNullable();
    t.string('last_seen_at', 40).notNullable();
  });
  await knex.schema.createTable('ami_governance_lineage_edges', t => {
    t.comment('AMI -> the AMI it was made from');
    t.string('image_id', 64).primary();
    t.string('source_image_id', 64).notNullable();
    t.string('source_region', 32).nullable();
    t.index(['source_image_id'], 'ami_governance_lineage_edges_source_idx');
  });
  await knex.schema.createTable('ami_governance_lineage_events', t => {
    t.comment('What the collections saw change, per AMI');
    t.increments('id').primary();
    t.string('image_id', 64).notNullable();
    t.string('at', 40).notNullable();
    t.string('kind', 32)
      .notNullable()
      .comment(
        'first-seen | deprecated | disabled | deregistered | made-public | provenance-changed',
      );
    t.text('detail').nullable();
    t.index(['image_id', 'id'], 'ami_governance_lineage_events_image_idx');
  });
  // The scope of impact joins a generation's workloads by AMI ID alone (an ID names one image).
  await knex.schema.alterTable('ami_governance_workload_instances', t => {
    t.index(
      ['collection_id', 'image_id'],
      'ami_governance_workload_instances_ami_idx',
    );
  });
  await knex.schema.alterTable(
    'ami_governance_workload_launch_templates',
    t => {
      t.index(
        ['collection_id', 'image_id'],
        'ami_governance_workload_lts_ami_idx',
      );
    },
  );
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.alterTable(
    'ami_governance_workload_launch_templates',
    t => {
      t.dropIndex([], 'ami_governance_workload_lts_ami_idx');
    },
  );
  await knex.schema.alterTable('ami_governance_workload_instances', t => {
    t.dropIndex([], 'ami_governance_workload_instances_ami_idx');
  });
  for (const table of ['events', 'edges', 'images'])
    await knex.schema.dropTable(`ami_governance_lineage_${table}`);
};
