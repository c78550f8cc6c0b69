package io.ilana.model;

import io.ilana.db.DatabaseConnection;
import io.ilana.query.QueryBuilder;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import reactor.core.publisher.Mono;

/**
 * A row of a many-to-many pivot table, as carried by each related model read through a {@code
 * belongsToMany} relation (under {@code "pivot"} or the relation's {@code as(...)} name). Extend it
 * to give a relation's pivot its own casts, accessors or methods, declared like any model:
 *
 * <pre>{@code
 * public class Membership extends PivotModel<Membership> {
 *   static final ModelType<Membership> TYPE = ModelType.of(Membership.class, Membership::new)
 *       .table("role_user").cast("active", Casts.BOOLEAN);
 * }
 * }</pre>
 *
 * <p>A pivot's table belongs to the relation that read it, not to its class: the default {@link
 * Pivot} serves every pivot table, so {@link #pivotTable()} is the table of the row it holds, and
 * {@link #save()} and {@link #delete()} change that row, found by its pivot keys.
 *
 * @param <P> the pivot class itself
 */
public abstract class PivotModel<P extends PivotModel<P>> extends Model<P> {
  private Row row;

  /**
   * Where a pivot read through a relation lives: its table, the columns that identify its row (both
   * pivot keys, and the type column of a polymorphic pivot) and the relation's {@code updated_at}
   * column ({@code null} when the relation keeps no timestamps).
   *
   * @param table the pivot table
   * @param keyColumns the columns whose values identify the row
   * @param updatedAtColumn set to now when the pivot is saved with changes, or {@code null}
   */
  public record Row(String table, List<String> keyColumns, String updatedAtColumn) {
    /** Copies the key columns. */
    public Row {
      keyColumns = List.copyOf(keyColumns);
    }
  }

  /** For subclasses; instances come from reading a relation. */
  protected PivotModel() {}

  /** The pivot table this row was read from (the class's table when not read by a relation). */
  public String pivotTable() {
    return row == null ? type().table() : row.table();
  }

  /**
   * Saves the changed columns of this pivot row, found by its pivot keys as read (and sets the
   * relation's {@code updated_at}); a pivot not read through a relation saves as a model.
   */
  @Override
  public Mono<P> save() {
    if (row == null) {
      return super.save();
    }
    return Mono.defer(
        () -> {
          Map<String, Object> dirty = new LinkedHashMap<>(dirty());
          if (dirty.isEmpty()) {
            return Mono.just(self());
          }
          if (row.updatedAtColumn() != null) {
            setRaw(row.updatedAtColumn(), Timestamps.now());
            dirty.put(row.updatedAtColumn(), state().attributes().get(row.updatedAtColumn()));
          }
          return ownRow()
              .update(dirty)
              .map(
                  count -> {
                    state().syncChanges();
                    state().syncOriginal();
                    return self();
                  });
        });
  }

  /**
   * Deletes this pivot row (found by its pivot keys as read); a pivot not read through a relation
   * deletes as a model.
   */
  @Override
  public Mono<Boolean> delete() {
    if (row == null) {
      return super.delete();
    }
    return Mono.defer(() -> ownRow().delete())
        .map(
            count -> {
              state().exists(false);
              return count > 0;
            });
  }

  private QueryBuilder ownRow() {
    QueryBuilder query = QueryBuilder.on(connection()).from(row.table());
    for (String column : row.keyColumns()) {
      query = query.where(column, original().get(column));
    }
    return query;
  }

  /**
   * Moves the attributes of {@code related} named {@code prefix + column} into a new pivot of
   * {@code pivotClass} (as {@code column}), so they no longer show among the related model's own
   * attributes. The pivot exists (it was read) and knows its row.
   */
  static <P extends PivotModel<P>> P takeFrom(
      Model<?> related, String prefix, Class<P> pivotClass, Row row) {
    Map<String, Object> values = new LinkedHashMap<>();
    Iterator<Map.Entry<String, Object>> attributes =
        related.state().attributes().entrySet().iterator();
    while (attributes.hasNext()) {
      Map.Entry<String, Object> attribute = attributes.next();
      if (attribute.getKey().startsWith(prefix)) {
        values.put(attribute.getKey().substring(prefix.length()), attribute.getValue());
        attributes.remove();
      }
    }
    related.state().syncOriginal();
    DatabaseConnection connection = related.connection();
    P pivot = Hydrator.hydrate(ModelTypes.of(pivotClass), connection, values);
    ((PivotModel<?>) pivot).row = row;
    return pivot;
  }
}
