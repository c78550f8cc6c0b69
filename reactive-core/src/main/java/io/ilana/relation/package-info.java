/**
 * Relations between models.
 *
 * <p>A model declares each relation as a method built with {@code Model}'s protected helpers, and
 * registers it by name on its type so eager loading can find it without reflection:
 *
 * <pre>{@code
 * static final ModelType<User> TYPE =
 *     ModelType.of(User.class, User::new).table("users").relation("posts", User::posts);
 * public HasMany<Post> posts() { return hasMany(Post.class, "user_id"); }
 * }</pre>
 *
 * <p>Decisions worth knowing:
 *
 * <ul>
 *   <li>A relation is a query: {@link io.ilana.relation.Relation#query()} is the related type's
 *       query constrained to the parent (global scopes such as soft deletes apply). A parent
 *       without a key matches nothing rather than every orphan row.
 *   <li>Loaded relations live on the model ({@code relation(name)}): a {@code List} for to-many
 *       relations, the model or {@code null} for to-one relations. They are shown in {@code
 *       toMap()} and JSON under the relation's name, subject to hidden/visible.
 *   <li>Keys are matched by value across driver types ({@code Long} and {@code Integer} ids match).
 *   <li>Existence and count sub-queries ({@code has}, {@code whereHas}, {@code withCount})
 *       correlate the related table with the parent table by name, so a relation from a table to
 *       itself is not supported there yet (it needs a table alias).
 *   <li>Polymorphic relations store the parent's or owner's type in a {@code <name>_type} column:
 *       its {@link io.ilana.relation.MorphMap} alias, else its class name. {@link
 *       io.ilana.relation.MorphTo} reads one table per stored type, so eager loading runs one query
 *       per owner type per batch, and {@code has}/{@code whereHas} on it are refused.
 *   <li>{@link io.ilana.relation.BelongsToMany} models carry the pivot's parent key as {@code
 *       pivot_<column>}; pivot rows have no extra columns or timestamps yet.
 *   <li>Through relations ({@link io.ilana.relation.HasManyThrough}, {@link
 *       io.ilana.relation.HasOneThrough}) join the intermediate table, so columns both tables have
 *       must be qualified in conditions; eager results carry the parent key only while they are
 *       matched. Trashed intermediate rows connect nothing.
 *   <li>A relation reads the related model on the connection its type declares ({@code
 *       ModelType.connection(name)}, looked up in the parent's manager), else on the parent's;
 *       pivot and through tables follow the related model's connection, because they are joined
 *       into its query. Sub-queries and joins across two databases are refused with {@link
 *       io.ilana.error.CrossConnectionRelationException}.
 *   <li>{@code hasOne(...).latestOfMany()} and its kin pick one row per parent with a join against
 *       a grouped sub-query, so eager loading stays one statement; ties go to the highest key.
 * </ul>
 */
package io.ilana.relation;
