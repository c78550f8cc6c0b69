/**
 * Eager loading: {@link io.ilana.relation.eager.EagerLoadPlan} is the tree of relations asked for
 * with {@code with(...)}; {@link io.ilana.relation.eager.EagerLoader} loads it for a batch of
 * parents with one query per relation ({@code in} on the batch's keys).
 *
 * <p>Batches: {@code get()}, {@code first()}, {@code collect()} and pages load once for all their
 * models; {@code cursor(n)} loads per {@code n} models as they stream; {@code chunk(n)} and {@code
 * lazy(n)} load per key-paged window. One connection, one conversation: relation queries run one
 * after another and only after their batch was read in full. Outside a transaction a streaming
 * cursor keeps its connection while the relation queries take another pooled one; inside a
 * transaction the executor reads each result eagerly, so the one connection is free for them.
 */
package io.ilana.relation.eager;
