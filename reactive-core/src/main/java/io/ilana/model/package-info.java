/**
 * Active-record models over the query builder.
 *
 * <p>A model class extends {@link io.ilana.model.Model} and declares a {@link
 * io.ilana.model.ModelType} once; the type freezes on first use and holds one small class per
 * concern (mass assignment, visibility, timestamps, soft deletes, casts and mutators, scopes,
 * events). {@link io.ilana.model.ModelQuery} wraps a {@link io.ilana.query.QueryBuilder} and adds
 * the type's global scopes (soft deletes is one) to every read, aggregate, page, chunk, cursor and
 * query-level write.
 *
 * <p>Relations live in this package too, beside the models they join: a model class declares each
 * relation as a method built with {@code Model}'s protected helpers ({@code hasMany}, {@code
 * belongsTo}, …), and those helpers name the concrete relation types, while every relation is a
 * query over {@code ModelQuery}. In two packages the pair would import each other; in one, the
 * hooks relations and eager loading need (storing a loaded relation, refining a query, reading its
 * builder) stay package-private.
 *
 * <pre>{@code
 * static final ModelType<User> TYPE =
 *     ModelType.of(User.class, User::new).table("users").relation("posts", User::posts);
 * public HasMany<Post> posts() { return hasMany(Post.class, "user_id"); }
 * }</pre>
 *
 * <p>Eager loading: {@link io.ilana.model.EagerLoadPlan} is the tree of relations asked for with
 * {@code with(...)}; {@link io.ilana.model.EagerLoader} loads it for a batch of parents with one
 * query per relation ({@code in} on the batch's keys).
 *
 * <p>Batches: {@code get()}, {@code first()}, {@code collect()} and pages load once for all their
 * models; {@code cursor(n)} loads per {@code n} models as they stream; {@code chunk(n)} and {@code
 * lazy(n)} load per key-paged window. One connection, one conversation: relation queries run one
 * after another and only after their batch was read in full. Outside a transaction a streaming
 * cursor keeps its connection while the relation queries take another pooled one; inside a
 * transaction the executor reads each result eagerly, so the one connection is free for them.
 *
 * <p>Decisions worth knowing:
 *
 * <ul>
 *   <li>A model holds attributes in stored form: assigning runs mutator, {@code Cast.coerce},
 *       {@code Cast.set}; reading runs the accessor or {@code Cast.get}. Dirty checks compare
 *       stored forms.
 *   <li>A {@code -ing} listener emitting {@code false} cancels the write: {@code save()} completes
 *       empty, {@code delete()} emits {@code false}. A listener error cancels it too and reaches
 *       the caller. Query-level {@code update}/{@code delete} fire no model events.
 *   <li>Observers returning {@code true} from {@code afterCommit()} get their after-events once the
 *       Context transaction commits ({@link io.ilana.db.DatabaseConnection#afterCommit}), and never
 *       when it rolls back.
 *   <li>{@code chunk} and {@code lazy} page by key ({@code where key > last}), never by OFFSET;
 *       {@code cursor} is one query with a fetch size.
 *   <li>Mass assignment fails closed: only exact fillable names, or plain column names not guarded
 *       (compared without case); anything else is dropped, or refused with {@link
 *       io.ilana.error.MassAssignmentException} when the type is strict.
 *   <li>A relation is a query: {@link io.ilana.model.Relation#query()} is the related type's query
 *       constrained to the parent (global scopes such as soft deletes apply). A parent without a
 *       key matches nothing rather than every orphan row.
 *   <li>Loaded relations live on the model ({@code relation(name)}): a {@code List} for to-many
 *       relations, the model or {@code null} for to-one relations. They are shown in {@code
 *       toMap()} and JSON under the relation's name, subject to hidden/visible.
 *   <li>Keys are matched by value across driver types ({@code Long} and {@code Integer} ids match).
 *   <li>Existence and count sub-queries ({@code has}, {@code whereHas}, {@code withCount})
 *       correlate the related table with the parent table by name, so a relation from a table to
 *       itself is not supported there yet (it needs a table alias).
 *   <li>Polymorphic relations store the parent's or owner's type in a {@code <name>_type} column:
 *       its {@link io.ilana.model.MorphMap} alias, else its class name. {@link
 *       io.ilana.model.MorphTo} reads one table per stored type, so eager loading runs one query
 *       per owner type per batch, and {@code has}/{@code whereHas} on it are refused.
 *   <li>{@link io.ilana.model.BelongsToMany} models carry the pivot's parent key as {@code
 *       pivot_<column>}; pivot rows have no extra columns or timestamps yet.
 *   <li>Through relations ({@link io.ilana.model.HasManyThrough}, {@link
 *       io.ilana.model.HasOneThrough}) join the intermediate table, so columns both tables have
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
package io.ilana.model;
