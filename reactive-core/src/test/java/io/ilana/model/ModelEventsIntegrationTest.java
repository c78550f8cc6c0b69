package io.ilana.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.ilana.testkit.DialectTest;
import io.ilana.testkit.TestDatabase;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

class ModelEventsIntegrationTest {
  static final String TABLE = "m_event_notes";
  static final List<String> LOG = Collections.synchronizedList(new ArrayList<>());
  static final List<String> COMMITTED = Collections.synchronizedList(new ArrayList<>());
  static volatile String cancel;
  static volatile String fail;

  private static ModelListener<Note> record(String name) {
    return note -> {
      LOG.add(name);
      if (name.equals(fail)) {
        return Mono.error(new IllegalStateException("refused by " + name));
      }
      return Mono.just(!name.equals(cancel));
    };
  }

  /** Records created and deleted models, but only once their transaction committed. */
  static class CommitObserver implements ModelObserver<Note> {
    @Override
    public boolean afterCommit() {
      return true;
    }

    @Override
    public Mono<Void> created(Note note) {
      return Mono.fromRunnable(() -> COMMITTED.add("created " + note.getString("body")));
    }
  }

  static class Note extends Model<Note> {
    static final ModelType<Note> TYPE =
        ModelType.of(Note.class, Note::new)
            .table(TABLE)
            .fillable("body")
            .softDeletes()
            .on(ModelEvent.RETRIEVED, record("retrieved"))
            .on(ModelEvent.SAVING, record("saving"))
            .on(ModelEvent.CREATING, record("creating"))
            .on(ModelEvent.CREATED, record("created"))
            .on(ModelEvent.UPDATING, record("updating"))
            .on(ModelEvent.UPDATED, record("updated"))
            .on(ModelEvent.SAVED, record("saved"))
            .on(ModelEvent.DELETING, record("deleting"))
            .on(ModelEvent.DELETED, record("deleted"))
            .on(ModelEvent.RESTORING, record("restoring"))
            .on(ModelEvent.RESTORED, record("restored"))
            .observe(CommitObserver.class);
  }

  private ModelDb db;

  private ModelQuery<Note> notes(TestDatabase database) {
    db = ModelDb.open(database);
    db.recreate(TABLE, db.id() + ", body varchar(50), deleted_at timestamp null");
    LOG.clear();
    COMMITTED.clear();
    cancel = null;
    fail = null;
    return Note.TYPE.query(db.manager);
  }

  @AfterEach
  void close() {
    if (db != null) {
      db.close();
    }
  }

  private Note created(ModelQuery<Note> notes) {
    Note note = notes.create(Map.of("body", "x")).block();
    LOG.clear();
    return note;
  }

  @DialectTest
  void createFiresSavingCreatingCreatedSavedInOrder(TestDatabase database) {
    notes(database).create(Map.of("body", "x")).block();
    assertThat(LOG).containsExactly("saving", "creating", "created", "saved");
  }

  @DialectTest
  void updateFiresSavingUpdatingUpdatedSavedInOrder(TestDatabase database) {
    Note note = created(notes(database));
    note.set("body", "y").save().block();
    assertThat(LOG).containsExactly("saving", "updating", "updated", "saved");
  }

  @DialectTest
  void deleteAndRestoreFireTheirEvents(TestDatabase database) {
    Note note = created(notes(database));
    note.delete().block();
    note.restore().block();
    assertThat(LOG)
        .containsExactly(
            "deleting",
            "deleted",
            "restoring",
            "saving",
            "updating",
            "updated",
            "saved",
            "restored");
  }

  @DialectTest
  void readingFiresRetrievedForEachModel(TestDatabase database) {
    ModelQuery<Note> notes = notes(database);
    created(notes);
    created(notes);
    notes.get().blockLast();
    assertThat(LOG).containsExactly("retrieved", "retrieved");
  }

  @DialectTest
  void falseFromCreatingCancelsTheInsertAndSaveCompletesEmpty(TestDatabase database) {
    ModelQuery<Note> notes = notes(database);
    cancel = "creating";
    notes.create(Map.of("body", "x")).as(StepVerifier::create).verifyComplete();
    assertThat(LOG).containsExactly("saving", "creating");
    assertThat(notes.count().block()).isZero();
  }

  @DialectTest
  void anErrorFromSavingCancelsTheWriteAndReachesTheCaller(TestDatabase database) {
    ModelQuery<Note> notes = notes(database);
    fail = "saving";
    notes
        .create(Map.of("body", "x"))
        .as(StepVerifier::create)
        .expectErrorMessage("refused by saving")
        .verify();
    assertThat(notes.count().block()).isZero();
  }

  @DialectTest
  void falseFromUpdatingLeavesTheRowAndTheModelDirty(TestDatabase database) {
    ModelQuery<Note> notes = notes(database);
    Note note = created(notes);
    cancel = "updating";
    note.set("body", "y").save().as(StepVerifier::create).verifyComplete();
    assertThat(note.isDirty("body")).isTrue();
    assertThat(notes.value("body").block()).isEqualTo("x");
  }

  @DialectTest
  void falseFromDeletingKeepsTheRowAndDeleteEmitsFalse(TestDatabase database) {
    ModelQuery<Note> notes = notes(database);
    Note note = created(notes);
    cancel = "deleting";
    note.delete().as(StepVerifier::create).expectNext(false).verifyComplete();
    assertThat(notes.count().block()).isEqualTo(1L);
  }

  @DialectTest
  void withoutEventsMutesEveryListener(TestDatabase database) {
    ModelQuery<Note> notes = notes(database);
    cancel = "creating";
    ModelType.withoutEvents(notes.create(Map.of("body", "x"))).block();
    assertThat(LOG).isEmpty();
    assertThat(notes.count().block()).isEqualTo(1L);
  }

  @DialectTest
  void anAfterCommitObserverWaitsForTheTransactionToCommit(TestDatabase database) {
    ModelQuery<Note> notes = notes(database);
    AtomicInteger seenInside = new AtomicInteger(-1);
    db.connection
        .transaction(
            trx ->
                notes
                    .create(Map.of("body", "x"))
                    .doOnNext(note -> seenInside.set(COMMITTED.size())))
        .block();
    assertThat(seenInside.get()).isZero();
    assertThat(COMMITTED).containsExactly("created x");
  }

  @DialectTest
  void anAfterCommitObserverNeverRunsWhenTheTransactionRollsBack(TestDatabase database) {
    ModelQuery<Note> notes = notes(database);
    db.connection
        .transaction(
            trx ->
                notes
                    .create(Map.of("body", "x"))
                    .then(Mono.error(new IllegalStateException("boom"))))
        .as(StepVerifier::create)
        .expectErrorMessage("boom")
        .verify();
    assertThat(COMMITTED).isEmpty();
    assertThat(notes.count().block()).isZero();
  }

  @DialectTest
  void anAfterCommitObserverRunsAtOnceOutsideATransaction(TestDatabase database) {
    notes(database).create(Map.of("body", "x")).block();
    assertThat(COMMITTED).containsExactly("created x");
  }
}
