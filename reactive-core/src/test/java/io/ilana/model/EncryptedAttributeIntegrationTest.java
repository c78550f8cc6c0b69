package io.ilana.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ilana.error.DecryptionException;
import io.ilana.model.cast.EncryptedCast;
import io.ilana.model.cast.EncryptionKey;
import io.ilana.model.cast.Keyring;
import io.ilana.query.QueryBuilder;
import io.ilana.testkit.DialectTest;
import io.ilana.testkit.TestDatabase;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;

class EncryptedAttributeIntegrationTest {
  static final String TABLE = "m_enc_secrets";

  static class Secret extends Model<Secret> {
    static final ModelType<Secret> TYPE =
        ModelType.of(Secret.class, Secret::new)
            .table(TABLE)
            .keyType(KeyType.UUID)
            .fillable("ssn")
            .cast("ssn", EncryptedCast.of(Keyring.of(EncryptionKey.generate("k1"))).boundToRow());
  }

  private ModelDb db;

  private ModelQuery<Secret> secrets(TestDatabase database) {
    db = ModelDb.open(database);
    db.recreate(TABLE, "id varchar(36) primary key, ssn varchar(400)");
    return Secret.TYPE.query(db.manager);
  }

  @AfterEach
  void close() {
    if (db != null) {
      db.close();
    }
  }

  @DialectTest
  void aRowBoundEncryptedAttributeIsStoredEncryptedAndReadBackPlain(TestDatabase database) {
    ModelQuery<Secret> secrets = secrets(database);
    Secret saved = secrets.create(Map.of("ssn", "123-45-6789")).block();
    Object stored =
        QueryBuilder.on(db.connection).from(TABLE).where("id", saved.getKey()).value("ssn").block();
    assertThat(stored.toString()).doesNotContain("123-45-6789");
    assertThat(secrets.find(saved.getKey()).block().getString("ssn")).isEqualTo("123-45-6789");
  }

  @DialectTest
  void aCiphertextCopiedToAnotherRowDoesNotDecrypt(TestDatabase database) {
    ModelQuery<Secret> secrets = secrets(database);
    Secret a = secrets.create(Map.of("ssn", "111")).block();
    Secret b = secrets.create(Map.of("ssn", "222")).block();
    QueryBuilder table = QueryBuilder.on(db.connection).from(TABLE);
    table.where("id", b.getKey()).update(Map.of("ssn", a.attributes().get("ssn"))).block();
    assertThatThrownBy(() -> secrets.find(b.getKey()).block())
        .isInstanceOf(DecryptionException.class);
  }
}
