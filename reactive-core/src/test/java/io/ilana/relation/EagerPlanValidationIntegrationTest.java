package io.ilana.relation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ilana.db.DatabaseManager;
import io.ilana.db.QueryEvent;
import io.ilana.db.TestManagers;
import io.ilana.error.RelationNotFoundException;
import io.ilana.model.BelongsTo;
import io.ilana.model.HasMany;
import io.ilana.model.Model;
import io.ilana.model.ModelQuery;
import io.ilana.model.ModelType;
import io.ilana.testkit.DialectTest;
import io.ilana.testkit.TestDatabase;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.reactivestreams.Publisher;
import reactor.test.StepVerifier;

/**
 * The whole eager-load plan is checked against the declared relations before any statement: an
 * unknown, nested-unknown or malformed relation name fails without running the parent query.
 */
class EagerPlanValidationIntegrationTest {
  static final String AUTHORS = "s11c_authors";
  static final String BOOKS = "s11c_books";
  static final String AUTHOR = "io.ilana.relation.EagerPlanValidationIntegrationTest$Author";
  static final String BOOK = "io.ilana.relation.EagerPlanValidationIntegrationTest$Book";

  static final class Author extends Model<Author> {
    static final ModelType<Author> TYPE =
        ModelType.of(Author.class, Author::new)
            .table(AUTHORS)
            .fillable("name")
            .relation("books", Author::books);

    public HasMany<Book> books() {
      return hasMany(Book.class, "author_id");
    }
  }

  static final class Book extends Model<Book> {
    static final ModelType<Book> TYPE =
        ModelType.of(Book.class, Book::new)
            .table(BOOKS)
            .fillable("title", "author_id")
            .relation("author", Book::author);

    public BelongsTo<Author> author() {
      return belongsTo(Author.class, "author_id");
    }
  }

  private DatabaseManager manager;
  private final List<QueryEvent> sent = Collections.synchronizedList(new ArrayList<>());

  @AfterEach
  void close() {
    if (manager != null) {
      manager.close().block();
    }
  }

  private ModelQuery<Author> authors(TestDatabase database) {
    manager = TestManagers.open(database);
    String id =
        "postgres".equals(manager.connection().dialect().name())
            ? "id bigserial primary key"
            : "id bigint auto_increment primary key";
    manager.statement("drop table if exists " + BOOKS).block();
    manager.statement("drop table if exists " + AUTHORS).block();
    manager.statement("create table " + AUTHORS + " (" + id + ", name varchar(50))").block();
    manager
        .statement(
            "create table " + BOOKS + " (" + id + ", title varchar(50), author_id bigint null)")
        .block();
    ModelQuery<Author> authors = Author.TYPE.query(manager);
    Author ann = authors.create(Map.of("name", "Ann")).block();
    Book.TYPE.query(manager).create(Map.of("title", "One", "author_id", ann.getKey())).block();
    manager.listen(sent::add);
    return authors;
  }

  private void assertRefusedUnsent(Publisher<?> read, String message) {
    StepVerifier.create(read)
        .expectErrorSatisfies(
            e ->
                assertThat(e)
                    .isExactlyInstanceOf(RelationNotFoundException.class)
                    .hasMessage(message))
        .verify();
    assertThat(sent).isEmpty();
  }

  @DialectTest
  void anUnknownRelationFailsBeforeTheParentQuery(TestDatabase database) {
    assertRefusedUnsent(
        authors(database).with("unknown").get(),
        "Call to undefined relationship [unknown] on model [" + AUTHOR + "].");
  }

  @DialectTest
  void anUnknownNestedRelationFailsBeforeTheParentQueryNamingThePath(TestDatabase database) {
    assertRefusedUnsent(
        authors(database).with("books.author.unknown").first(),
        "Call to undefined relationship [unknown] on model ["
            + AUTHOR
            + "] in the relation path [books.author.unknown] of model ["
            + AUTHOR
            + "].");
  }

  @DialectTest
  void aDotAloneIsAnUndefinedRelationNamingThePath(TestDatabase database) {
    assertRefusedUnsent(
        authors(database).with(".").get(),
        "Call to undefined relationship [] on model ["
            + AUTHOR
            + "] in the relation path [.] of model ["
            + AUTHOR
            + "].");
  }

  @DialectTest
  void aBlankNameIsAnUndefinedRelation(TestDatabase database) {
    assertRefusedUnsent(
        authors(database).with("  ").get(),
        "Call to undefined relationship [  ] on model [" + AUTHOR + "].");
  }

  @DialectTest
  void aTrailingDotFailsOnTheRelatedModel(TestDatabase database) {
    assertRefusedUnsent(
        authors(database).with("books.").cursor(10),
        "Call to undefined relationship [] on model ["
            + BOOK
            + "] in the relation path [books.] of model ["
            + AUTHOR
            + "].");
  }

  @DialectTest
  void aPageFailsBeforeItsCount(TestDatabase database) {
    assertRefusedUnsent(
        authors(database).with("unknown").paginate(1, 10),
        "Call to undefined relationship [unknown] on model [" + AUTHOR + "].");
  }

  @DialectTest
  void loadingOntoAModelFailsBeforeTheFirstRelationQuery(TestDatabase database) {
    Author ann = authors(database).first().block();
    sent.clear();
    assertRefusedUnsent(
        ann.load("books.unknown"),
        "Call to undefined relationship [unknown] on model ["
            + BOOK
            + "] in the relation path [books.unknown] of model ["
            + AUTHOR
            + "].");
  }

  @DialectTest
  void withCountAndHasRefuseAnUnknownRelationBeforeSending(TestDatabase database) {
    ModelQuery<Author> authors = authors(database);
    assertThatThrownBy(() -> authors.withCount("unknown"))
        .isExactlyInstanceOf(RelationNotFoundException.class)
        .hasMessage("Call to undefined relationship [unknown] on model [" + AUTHOR + "].");
    assertThatThrownBy(() -> authors.has("unknown"))
        .isExactlyInstanceOf(RelationNotFoundException.class)
        .hasMessage("Call to undefined relationship [unknown] on model [" + AUTHOR + "].");
    assertThat(sent).isEmpty();
  }

  @DialectTest
  void declaredNestedRelationsStillLoad(TestDatabase database) {
    Author ann = authors(database).with("books.author").first().block();
    Book book = (Book) ((List<?>) ann.relation("books")).get(0);
    assertThat(((Author) book.relation("author")).getString("name")).isEqualTo("Ann");
  }
}
