package io.ilana.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code isDirty(key)} answers for one attribute what {@code dirty()} answers for all of them,
 * whether the original was already asked for (a map) or not (the flat snapshot).
 */
class DirtyAttributeTest {
  static final class Note extends Model<Note> {
    static final ModelType<Note> TYPE = ModelType.of(Note.class, Note::new).table("m_dirty_notes");
  }

  private static Note synced() {
    Note note = Note.TYPE.newInstance().forceFill(Map.of("title", "a", "views", 1));
    note.state().syncOriginal();
    return note;
  }

  @Test
  void anAttributeUnchangedSinceTheSyncIsClean() {
    assertThat(synced().isDirty("title")).isFalse();
  }

  @Test
  void anAttributeChangedSinceTheSyncIsDirty() {
    assertThat(synced().set("title", "b").isDirty("title")).isTrue();
  }

  @Test
  void anAttributeSetBackToItsOriginalValueIsClean() {
    assertThat(synced().set("title", "b").set("title", "a").isDirty("title")).isFalse();
  }

  @Test
  void anAttributeAddedSinceTheSyncIsDirty() {
    assertThat(synced().set("body", "x").isDirty("body")).isTrue();
  }

  @Test
  void anAttributeTheModelDoesNotHaveIsNotDirty() {
    assertThat(synced().isDirty("missing")).isFalse();
  }

  @Test
  void theAnswerIsTheSameOnceTheOriginalHasBeenRead() {
    Note note = synced();
    assertThat(note.original()).containsEntry("title", "a");
    note.set("views", 2);
    assertThat(note.isDirty("views")).isTrue();
    assertThat(note.isDirty("title")).isFalse();
    assertThat(note.isDirty("title", "views")).isTrue();
  }
}
