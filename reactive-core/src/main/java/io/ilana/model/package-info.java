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
 * </ul>
 */
package io.ilana.model;
