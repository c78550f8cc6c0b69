package io.ilana.model;

import io.ilana.db.DatabaseConnection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

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
 * Pivot} serves every pivot table, so {@link #pivotTable()} is the table of the row it holds.
 *
 * @param <P> the pivot class itself
 */
public abstract class PivotModel<P extends PivotModel<P>> extends Model<P> {
  private String pivotTable;

  /** For subclasses; instances come from reading a relation. */
  protected PivotModel() {}

  /** The pivot table this row was read from. */
  public String pivotTable() {
    return pivotTable == null ? type().table() : pivotTable;
  }

  /**
   * Moves the attributes of {@code related} named {@code prefix + column} into a new pivot of
   * {@code pivotClass} (as {@code column}), so they no longer show among the related model's own
   * attributes. The pivot exists (it was read) and knows its table.
   */
  public static <P extends PivotModel<P>> P takeFrom(
      Model<?> related, String prefix, Class<P> pivotClass, String table) {
    Map<String, Object> row = new LinkedHashMap<>();
    Iterator<Map.Entry<String, Object>> attributes =
        related.state().attributes().entrySet().iterator();
    while (attributes.hasNext()) {
      Map.Entry<String, Object> attribute = attributes.next();
      if (attribute.getKey().startsWith(prefix)) {
        row.put(attribute.getKey().substring(prefix.length()), attribute.getValue());
        attributes.remove();
      }
    }
    related.state().syncOriginal();
    DatabaseConnection connection = related.connection();
    P pivot = Hydrator.hydrate(ModelTypes.of(pivotClass), connection, row);
    ((PivotModel<?>) pivot).pivotTable = table;
    return pivot;
  }
}
