package io.ilana.relation;

import static org.assertj.core.api.Assertions.assertThat;

import io.ilana.model.Model;
import io.ilana.model.ModelType;
import io.ilana.model.MorphTo;
import io.ilana.relation.Gallery.Post;
import io.ilana.testkit.DialectTest;
import io.ilana.testkit.TestDatabase;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;

/**
 * A polymorphic id column of text type (it holds keys of several tables): ids read back as text
 * must still find owners with numeric keys, which PostgreSQL and H2 refuse to compare with text.
 */
class MorphToTextIdIntegrationTest {
  static final String TAGS = "m_text_tags";

  static final class Tag extends Model<Tag> {
    static final ModelType<Tag> TYPE =
        ModelType.of(Tag.class, Tag::new)
            .table(TAGS)
            .fillable("label")
            .relation("owner", Tag::owner);

    public MorphTo<?> owner() {
      return morphTo("owner");
    }
  }

  private Gallery gallery;

  @AfterEach
  void close() {
    if (gallery != null) {
      gallery.close();
    }
  }

  private Tag taggedPost(TestDatabase database) {
    gallery = Gallery.open(database);
    String id =
        "postgres".equals(gallery.connection.dialect().name())
            ? "id bigserial primary key"
            : "id bigint auto_increment primary key";
    gallery.connection.statement("drop table if exists " + TAGS).block();
    gallery
        .connection
        .statement(
            "create table "
                + TAGS
                + " ("
                + id
                + ", label varchar(20), owner_type varchar(255), owner_id varchar(40))")
        .block();
    Post post = gallery.posts().create(Map.of("title", "p1")).block();
    Tag tag = Tag.TYPE.query(gallery.manager).make(Map.of("label", "red"));
    tag.owner().associate(post);
    return tag.save().block();
  }

  @DialectTest
  void aTextIdFindsItsOwnerLazily(TestDatabase database) {
    Tag tag = taggedPost(database);
    Tag read = Tag.TYPE.query(gallery.manager).find(tag.getKey()).block();
    assertThat(read.owner().owner().map(owner -> owner.getString("title")).block()).isEqualTo("p1");
  }

  @DialectTest
  void aTextIdFindsItsOwnerWhenEagerLoaded(TestDatabase database) {
    taggedPost(database);
    List<Tag> tags = Tag.TYPE.query(gallery.manager).with("owner").get().collectList().block();
    assertThat(tags)
        .extracting(t -> t.relationModel("owner", Post.class).getString("title"))
        .containsExactly("p1");
  }
}
