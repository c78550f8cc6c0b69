package io.ilana.error;

/**
 * A Galera cluster (MariaDB Galera, Percona XtraDB Cluster) aborted the transaction because a write
 * set from another node conflicted with it: a certification failure or a brute-force abort. The
 * server reports it as a deadlock (error 1213, "WSREP detected deadlock/conflict and aborted the
 * transaction. Try restarting the transaction"), so it is a {@link DeadlockException}; running the
 * whole transaction again may succeed.
 */
public class ClusterConflictException extends DeadlockException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param failure what is known about the failed statement
   * @param cause the driver's exception
   */
  public ClusterConflictException(QueryFailure failure, Throwable cause) {
    super(failure, cause);
  }
}
