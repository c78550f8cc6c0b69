package io.ilana.cli;

import io.ilana.config.SeedsConfig;
import io.ilana.db.DatabaseManager;
import java.io.PrintWriter;

/**
 * What to seed.
 *
 * @param manager the open manager
 * @param connection the connection to seed
 * @param seeder the seeder class ({@code --class}: simple or qualified), or {@code null} for the
 *     default {@code DatabaseSeeder}
 * @param seeds the configured seed settings (the package seeders live in)
 * @param classLoader where the project's seeders are loaded from
 * @param environment the environment's name ({@code ILANA_ENV})
 * @param out where the seeders' lines ({@code Seeded: …}, progress) go
 * @param terminal whether {@code out} is a terminal (progress is then a bar)
 */
public record SeedRequest(
    DatabaseManager manager,
    String connection,
    String seeder,
    SeedsConfig seeds,
    ClassLoader classLoader,
    String environment,
    PrintWriter out,
    boolean terminal) {}
