package io.ilana.relation.eager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ilana.model.EagerLoadPlan;
import io.ilana.model.ModelQuery;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class EagerLoadPlanTest {
  @Test
  void aDottedPathBecomesANestedNode() {
    EagerLoadPlan plan = EagerLoadPlan.of("posts.comments");
    assertThat(plan.nodes()).containsOnlyKeys("posts");
    assertThat(plan.nodes().get("posts").children().nodes()).containsOnlyKeys("comments");
  }

  @Test
  void pathsSharingAPrefixShareTheNode() {
    EagerLoadPlan plan = EagerLoadPlan.of("posts.comments", "posts.author", "profile");
    assertThat(plan.nodes()).containsOnlyKeys("posts", "profile");
    assertThat(plan.nodes().get("posts").children().nodes()).containsOnlyKeys("comments", "author");
  }

  @Test
  void aConstraintOnADottedPathAppliesToItsLastRelation() {
    UnaryOperator<ModelQuery<?>> constraint = q -> q.limit(1);
    EagerLoadPlan plan = EagerLoadPlan.of("posts").with("posts.comments", constraint);
    assertThat(plan.nodes().get("posts").children().nodes().get("comments").constraint())
        .isSameAs(constraint);
    assertThat(plan.nodes().get("posts").constraint()).isNotSameAs(constraint);
  }

  @Test
  void mergingKeepsTheRelationsOfBothPlans() {
    EagerLoadPlan plan =
        EagerLoadPlan.of("posts").merge(EagerLoadPlan.of("posts.comments", "roles"));
    assertThat(plan.nodes()).containsOnlyKeys("posts", "roles");
    assertThat(plan.nodes().get("posts").children().nodes()).containsOnlyKeys("comments");
  }

  @Test
  void aMalformedPathIsKeptForTheModelTypeToRefuse() {
    assertThat(EagerLoadPlan.of(" ").nodes()).containsOnlyKeys(" ");
    assertThat(EagerLoadPlan.of(".").nodes().get("").children().nodes()).containsOnlyKeys("");
  }

  @Test
  void aNullPathIsRefused() {
    assertThatThrownBy(() -> EagerLoadPlan.of((String) null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("relation path");
  }
}
