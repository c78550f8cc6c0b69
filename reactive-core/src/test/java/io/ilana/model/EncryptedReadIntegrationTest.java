package io.ilana.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ilana.error.DecryptionException;
import io.ilana.error.InvalidCastException;
import io.ilana.model.cast.EncryptedCast;
import io.ilana.model.cast.EncryptionKey;
import io.ilana.model.cast.Keyring;
import io.ilana.query.QueryBuilder;
import io.ilana.testkit.DialectTest;
import io.ilana.testkit.TestDatabase;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

/**
 * Row-bound encryption needs a key that exists before the insert, and an encrypted value that does
 * not decrypt fails the read that brings it, naming the model and column.
 */
class EncryptedReadIntegrationTest {
  static final String PATIENTS = "s11c_enc_patients";
  static final String NOTES = "s11c_enc_notes";
  static final Keyring KEYS = Keyring.of(EncryptionKey.generate("k1"));

  /** The README's row-bound example: a UUID key, made before the insert. */
  static class Patient extends Model<Patient> {
    static final ModelType<Patient> TYPE =
        ModelType.of(Patient.class, Patient::new)
            .table(PATIENTS)
            .keyType(KeyType.UUID)
            .fillable("ssn")
            .cast("ssn", EncryptedCast.of(KEYS).boundToRow());
  }

  /** The README's auto-increment example: bound to table and column only. */
  static class Note extends Model<Note> {
    static final ModelType<Note> TYPE =
        ModelType.of(Note.class, Note::new)
            .table(NOTES)
            .fillable("body")
            .cast("body", EncryptedCast.of(KEYS));
  }

  static class Account extends Model<Account> {
    static final ModelType<Account> TYPE =
        ModelType.of(Account.class, Account::new)
            .table("s11c_enc_accounts")
            .cast("iban", EncryptedCast.of(KEYS).boundToRow());
  }

  private ModelDb db;

  private void open(TestDatabase database) {
    db = ModelDb.open(database);
    db.recreate(PATIENTS, "id varchar(36) primary key, ssn varchar(400)");
    db.recreate(NOTES, db.id() + ", body varchar(400)");
  }

  @AfterEach
  void close() {
    if (db != null) {
      db.close();
    }
  }

  private void overwrite(String table, Object key, String column, Object stored) {
    QueryBuilder.on(db.connection)
        .from(table)
        .where("id", key)
        .update(Map.of(column, stored))
        .block();
  }

  @Test
  void rowBoundEncryptionOnAnAutoIncrementKeyIsRefusedOnFirstUse() {
    assertThatThrownBy(() -> Account.TYPE.make(Map.of()))
        .isExactlyInstanceOf(InvalidCastException.class)
        .hasMessage(
            "Account (s11c_enc_accounts.iban): EncryptedCast.boundToRow() binds a value to its"
                + " row's key when the value is assigned, before the insert, but"
                + " s11c_enc_accounts.id is auto-incremented and so has no value until the"
                + " database inserts the row. Give the model a key it makes itself"
                + " (keyType(KeyType.UUID), KeyType.ULID or an assigned KeyType.STRING key), or"
                + " drop boundToRow() to bind the value to its table and column only.");
  }

  @DialectTest
  void theReadmeRowBoundExampleCreatesAndReadsBack(TestDatabase database) {
    open(database);
    ModelQuery<Patient> patients = Patient.TYPE.query(db.manager);
    Patient saved = patients.create(Map.of("ssn", "123-45-6789")).block();
    assertThat(patients.find(saved.getKey()).block().getString("ssn")).isEqualTo("123-45-6789");
  }

  @DialectTest
  void theReadmeAutoIncrementExampleCreatesAndReadsBack(TestDatabase database) {
    open(database);
    ModelQuery<Note> notes = Note.TYPE.query(db.manager);
    Note saved = notes.create(Map.of("body", "hello")).block();
    assertThat(notes.find(saved.getKey()).block().getString("body")).isEqualTo("hello");
  }

  @DialectTest
  void aCiphertextMovedToAnotherRowFailsTheRead(TestDatabase database) {
    open(database);
    ModelQuery<Patient> patients = Patient.TYPE.query(db.manager);
    Patient a = patients.create(Map.of("ssn", "111")).block();
    Patient b = patients.create(Map.of("ssn", "222")).block();
    overwrite(PATIENTS, b.getKey(), "ssn", a.attributes().get("ssn"));
    patients
        .find(b.getKey())
        .as(StepVerifier::create)
        .expectErrorSatisfies(
            e ->
                assertThat(e)
                    .isExactlyInstanceOf(DecryptionException.class)
                    .hasMessage(
                        "The encrypted value of Patient.ssn (table s11c_enc_patients) could not"
                            + " be decrypted.")
                    .hasNoCause())
        .verify();
  }

  @DialectTest
  void anAlteredCiphertextFailsTheReadOfEveryRow(TestDatabase database) {
    open(database);
    ModelQuery<Note> notes = Note.TYPE.query(db.manager);
    Note saved = notes.create(Map.of("body", "hello")).block();
    String stored = saved.attributes().get("body").toString();
    String altered =
        stored.substring(0, stored.length() - 2) + (stored.endsWith("A") ? "BB" : "AA");
    overwrite(NOTES, saved.getKey(), "body", altered);
    notes
        .get()
        .as(StepVerifier::create)
        .expectErrorSatisfies(
            e ->
                assertThat(e)
                    .isExactlyInstanceOf(DecryptionException.class)
                    .hasMessage(
                        "The encrypted value of Note.body (table s11c_enc_notes) could not be"
                            + " decrypted."))
        .verify();
  }

  @DialectTest
  void refreshFailsWhenTheValueNoLongerDecrypts(TestDatabase database) {
    open(database);
    ModelQuery<Note> notes = Note.TYPE.query(db.manager);
    Note saved = notes.create(Map.of("body", "hello")).block();
    overwrite(NOTES, saved.getKey(), "body", "v1:garbage");
    saved
        .refresh()
        .as(StepVerifier::create)
        .expectErrorSatisfies(
            e ->
                assertThat(e)
                    .isExactlyInstanceOf(DecryptionException.class)
                    .hasMessage(
                        "The encrypted value of Note.body (table s11c_enc_notes) could not be"
                            + " decrypted."))
        .verify();
  }
}
