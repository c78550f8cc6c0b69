package io.ilana.migration;

/**
 * One line of {@code migrate:status}.
 *
 * @param migration the name
 * @param ran whether it has run
 * @param batch the batch it ran in, or {@code null} when pending
 * @param missing whether it ran but no longer exists among the known migrations
 */
public record MigrationStatus(String migration, boolean ran, Integer batch, boolean missing) {}
