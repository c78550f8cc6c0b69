package io.ilana.db;

/**
 * A snapshot of one connection pool.
 *
 * @param acquired connections currently lent out
 * @param allocated connections open, lent out or idle
 * @param idle connections open and free
 * @param pending callers waiting for a connection
 * @param maxAllocated the most connections the pool may open
 */
public record PoolStats(int acquired, int allocated, int idle, int pending, int maxAllocated) {}
