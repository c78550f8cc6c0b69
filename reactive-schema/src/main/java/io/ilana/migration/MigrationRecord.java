package io.ilana.migration;

/**
 * A migration the repository says has run.
 *
 * @param migration its name
 * @param batch the batch it ran in; a rollback undoes the last batch
 */
public record MigrationRecord(String migration, int batch) {}
