package io.ilana.model;

/**
 * The pivot row of a many-to-many relation that declared no pivot class of its own; its table is
 * whichever pivot table the relation reads ({@link #pivotTable()}).
 */
public final class Pivot extends PivotModel<Pivot> {
  static final ModelType<Pivot> TYPE = ModelType.of(Pivot.class, Pivot::new).table("pivot");

  private Pivot() {}
}
