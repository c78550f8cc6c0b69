package io.ilana.error;

/**
 * The database refused to create a foreign key (SQLSTATE 42830): the referenced columns are not a
 * primary or unique key, or the two columns' types differ (MySQL's errno 150, "Foreign key
 * constraint is incorrectly formed").
 */
public class ForeignKeyDefinitionException extends QueryException {
  private static final long serialVersionUID = 1L;

  public ForeignKeyDefinitionException(QueryFailure failure, Throwable cause) {
    super(failure, cause);
  }
}
