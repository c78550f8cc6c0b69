/**
 * Migrations: {@link io.ilana.migration.Migration} steps named by a timestamp prefix, found through
 * a {@link io.ilana.migration.MigrationSource} (an explicit list, {@code ServiceLoader}
 * registrations, or every migration class of the package named by {@code
 * MigrationsConfig.packageName}), recorded by a {@link io.ilana.migration.MigrationRepository} (a
 * table, {@code MigrationsConfig.tableName}, created with the schema builder) and run by the {@link
 * io.ilana.migration.Migrator}.
 *
 * <p>Each migration runs in its own transaction with its record where DDL is transactional
 * (PostgreSQL); on MariaDB/MySQL and H2, which commit DDL as it runs, a failure reports which
 * migrations completed and that the failing one may be partly applied. A {@link
 * io.ilana.migration.MigrationLock} serialises migrators: a PostgreSQL advisory lock or a MariaDB
 * {@code GET_LOCK} held on one pinned connection (it dies with its session, so a killed process
 * leaves nothing behind), and a lock table on H2, which {@code unlock} clears.
 */
package io.ilana.migration;
