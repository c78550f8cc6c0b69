package io.ilana.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.ilana.error.UniqueConstraintViolationException;
import io.ilana.testkit.DialectTest;
import io.ilana.testkit.TestDatabase;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

class SaveManyIntegrationTest {
  static final String TABLE = "m_save_many_people";
  static final List<String> EVENTS = Collections.synchronizedList(new ArrayList<>());

  static class Person extends Model<Person> {
    static final ModelType<Person> TYPE =
        ModelType.of(Person.class, Person::new)
            .table(TABLE)
            .fillable("name", "email")
            .timestamps()
            .on(ModelEvent.SAVING, person -> record("saving", person))
            .on(ModelEvent.CREATING, person -> record("creating", person))
            .on(ModelEvent.CREATED, person -> record("created", person))
            .on(ModelEvent.SAVED, person -> record("saved", person));

    private static Mono<Boolean> record(String event, Person person) {
      EVENTS.add(event + ":" + person.getString("name"));
      // A creating listener can refuse a model, as it can with save().
      return Mono.just(!"refused".equals(person.getString("name")));
    }
  }

  private ModelDb db;

  @AfterEach
  void close() {
    EVENTS.clear();
    if (db != null) {
      db.close();
    }
  }

  private ModelQuery<Person> people(TestDatabase database) {
    db = ModelDb.open(database);
    db.recreate(
        TABLE,
        db.id()
            + ", name varchar(60) not null, email varchar(80) not null unique,"
            + " created_at timestamp null, updated_at timestamp null");
    return Person.TYPE.query(db.manager);
  }

  private static List<Map<String, Object>> rows(int count) {
    return IntStream.range(0, count)
        .mapToObj(i -> Map.<String, Object>of("name", "p" + i, "email", "p" + i + "@example.com"))
        .toList();
  }

  @DialectTest
  void aThousandModelsTakeAtMostFiveInsertsAndEachGetsItsGeneratedKey(TestDatabase database) {
    ModelQuery<Person> people = people(database);

    List<Person> created = people.createMany(rows(1000)).collectList().block();

    assertThat(db.sql().stream().filter(sql -> sql.startsWith("insert")))
        .hasSizeLessThanOrEqualTo(5);
    assertThat(created).hasSize(1000);
    assertThat(created).allMatch(Person::exists).allMatch(Person::wasRecentlyCreated);
    assertThat(new HashSet<>(created.stream().map(Person::getKey).toList())).hasSize(1000);
    for (Person person : List.of(created.get(0), created.get(499), created.get(999))) {
      Person read = people.find(person.getKey()).block();
      assertThat(read.getString("email")).isEqualTo(person.getString("email"));
    }
    assertThat(created.get(0).get("created_at")).isNotNull();
    assertThat(created.get(0).isDirty()).isFalse();
  }

  @DialectTest
  void everyModelGetsItsEventsAndARefusedOneIsLeftOut(TestDatabase database) {
    ModelQuery<Person> people = people(database);
    List<Person> models =
        List.of(
            people.make(Map.of("name", "ann", "email", "ann@example.com")),
            people.make(Map.of("name", "refused", "email", "no@example.com")),
            people.make(Map.of("name", "bob", "email", "bob@example.com")));

    StepVerifier.create(people.saveMany(models).map(person -> person.getString("name")))
        .expectNext("ann", "bob")
        .verifyComplete();

    assertThat(EVENTS)
        .containsExactly(
            "saving:ann",
            "creating:ann",
            "saving:refused",
            "saving:bob",
            "creating:bob",
            "created:ann",
            "saved:ann",
            "created:bob",
            "saved:bob");
    assertThat(people.count().block()).isEqualTo(2L);
    assertThat(models.get(1).exists()).isFalse();
  }

  @DialectTest
  void aFailingStatementLeavesNoneOfTheRows(TestDatabase database) {
    ModelQuery<Person> people = people(database);
    List<Map<String, Object>> rows = new ArrayList<>(rows(1500));
    // The last row repeats the first email: the second statement fails on the unique index.
    rows.add(Map.of("name", "dup", "email", "p0@example.com"));

    StepVerifier.create(people.createMany(rows))
        .expectError(UniqueConstraintViolationException.class)
        .verify();

    assertThat(people.count().block()).isZero();
  }

  @DialectTest
  void existingModelsAreUpdatedAndNewOnesInserted(TestDatabase database) {
    ModelQuery<Person> people = people(database);
    Person saved = people.create(Map.of("name", "old", "email", "old@example.com")).block();
    saved.set("name", "renamed");
    Person fresh = people.make(Map.of("name", "new", "email", "new@example.com"));

    StepVerifier.create(people.saveMany(List.of(saved, fresh)).map(p -> p.getString("name")))
        .expectNext("new", "renamed")
        .verifyComplete();

    assertThat(people.orderBy("name").pluck("name").block()).containsExactly("new", "renamed");
  }
}
