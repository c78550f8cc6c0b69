package io.ilana.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.ilana.model.cast.Casts;
import io.ilana.testkit.DialectTest;
import io.ilana.testkit.TestDatabase;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;

class BuiltInCastsIntegrationTest {
  static final String TABLE = "m_casts_profiles";

  static class Profile extends Model<Profile> {
    static final ModelType<Profile> TYPE =
        ModelType.of(Profile.class, Profile::new)
            .table(TABLE)
            .fillable("prefs", "is_active", "born", "price", "seen_at")
            .cast("prefs", Casts.OBJECT)
            .cast("is_active", Casts.BOOLEAN)
            .cast("born", Casts.DATE)
            .cast("price", Casts.decimal(2))
            .cast("seen_at", Casts.DATETIME);
  }

  private ModelDb db;

  @AfterEach
  void close() {
    if (db != null) {
      db.close();
    }
  }

  @DialectTest
  void builtInCastsRoundTripThroughTheDatabase(TestDatabase database) {
    db = ModelDb.open(database);
    db.recreate(
        TABLE,
        db.id()
            + ", prefs varchar(200), is_active boolean, born date, price decimal(10,2),"
            + " seen_at timestamp null");
    ModelQuery<Profile> profiles = Profile.TYPE.query(db.manager);
    Instant seen = Instant.parse("2024-05-06T07:08:09Z");
    Profile saved =
        profiles
            .create(
                Map.of(
                    "prefs",
                    Map.of("theme", "dark"),
                    "is_active",
                    true,
                    "born",
                    LocalDate.of(1990, 2, 3),
                    "price",
                    new BigDecimal("12.50"),
                    "seen_at",
                    seen))
            .block();
    Profile read = profiles.find(saved.getKey()).block();
    assertThat(read.get("prefs")).isEqualTo(Map.of("theme", "dark"));
    assertThat(read.get("is_active")).isEqualTo(true);
    assertThat(read.get("born")).isEqualTo(LocalDate.of(1990, 2, 3));
    assertThat((BigDecimal) read.get("price")).isEqualByComparingTo("12.50");
    assertThat(read.get("seen_at")).isEqualTo(seen);
    assertThat(read.isDirty()).isFalse();
  }
}
