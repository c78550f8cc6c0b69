package io.ilana.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.ilana.error.InvalidValueException;
import io.ilana.testkit.DialectTest;
import io.ilana.testkit.TestDatabase;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import reactor.test.StepVerifier;

class ModelKeysIntegrationTest {

  static class Token extends Model<Token> {
    static final ModelType<Token> TYPE =
        ModelType.of(Token.class, Token::new)
            .table("m_keys_tokens")
            .keyType(KeyType.UUID)
            .fillable("label");
  }

  static class Event extends Model<Event> {
    static final ModelType<Event> TYPE =
        ModelType.of(Event.class, Event::new)
            .table("m_keys_events")
            .keyType(KeyType.ULID)
            .fillable("label");
  }

  static class Country extends Model<Country> {
    static final ModelType<Country> TYPE =
        ModelType.of(Country.class, Country::new)
            .table("m_keys_countries")
            .primaryKey("code", KeyType.STRING)
            .fillable("name");
  }

  static class Ticket extends Model<Ticket> {
    static final ModelType<Ticket> TYPE =
        ModelType.of(Ticket.class, Ticket::new).table("m_keys_tickets").fillable("label");
  }

  private ModelDb db;

  private ModelDb open(TestDatabase database) {
    db = ModelDb.open(database);
    db.recreate("m_keys_tokens", "id varchar(36) primary key, label varchar(20)");
    db.recreate("m_keys_events", "id char(26) primary key, label varchar(20)");
    db.recreate("m_keys_countries", "code varchar(2) primary key, name varchar(40)");
    db.recreate("m_keys_tickets", db.id() + ", label varchar(20)");
    return db;
  }

  @AfterEach
  void close() {
    if (db != null) {
      db.close();
    }
  }

  @DialectTest
  void aUuidKeyIsGeneratedBeforeInsert(TestDatabase database) {
    ModelQuery<Token> tokens = Token.TYPE.query(open(database).manager);
    Token token = tokens.create(Map.of("label", "t")).block();
    assertThat(UUID.fromString(token.getString("id"))).isNotNull();
    assertThat(tokens.find(token.getKey()).block().getString("label")).isEqualTo("t");
  }

  @DialectTest
  void ulidKeysAreGeneratedInCreationOrder(TestDatabase database) {
    ModelQuery<Event> events = Event.TYPE.query(open(database).manager);
    Event first = events.create(Map.of("label", "a")).block();
    Event second = events.create(Map.of("label", "b")).block();
    assertThat(first.getString("id")).hasSize(26);
    assertThat(first.getString("id")).isLessThan(second.getString("id"));
    assertThat(events.orderBy("id").pluck("label").block()).containsExactly("a", "b");
  }

  @DialectTest
  void aStringKeyIsTheApplicationsAndUpdatesAddressIt(TestDatabase database) {
    ModelQuery<Country> countries = Country.TYPE.query(open(database).manager);
    Country nl = Country.TYPE.newInstance().set("code", "NL").fill(Map.of("name", "Holland"));
    nl.setConnection(db.connection).save().block();
    nl.set("name", "Netherlands").save().block();
    assertThat(countries.findOrFail("NL").block().getString("name")).isEqualTo("Netherlands");
  }

  @DialectTest
  void aStringKeyedModelWithoutAKeyIsRefused(TestDatabase database) {
    Country.TYPE
        .query(open(database).manager)
        .create(Map.of("name", "Nowhere"))
        .as(StepVerifier::create)
        .expectErrorMessage("Cannot insert Country without a value for its STRING key [code].")
        .verify();
  }

  @DialectTest
  void textOfDigitsFindsAWholeNumberKey(TestDatabase database) {
    ModelQuery<Ticket> tickets = Ticket.TYPE.query(open(database).manager);
    Ticket saved = tickets.create(Map.of("label", "t")).block();
    String id = String.valueOf(saved.getKey());

    assertThat(tickets.find(id).block().getString("label")).isEqualTo("t");
    assertThat(Ticket.TYPE.query(db.manager).findOrFail(id).block().getKey())
        .isEqualTo(saved.getKey());
    assertThat(Ticket.TYPE.query(db.manager).findMany(List.of(id, "999999")).collectList().block())
        .hasSize(1);
  }

  @DialectTest
  void textThatCannotBeAWholeNumberKeyIsATypedErrorBeforeAnyQuery(TestDatabase database) {
    ModelQuery<Ticket> tickets = Ticket.TYPE.query(open(database).manager);

    StepVerifier.create(tickets.find("abc"))
        .expectErrorSatisfies(
            e ->
                assertThat(e)
                    .isInstanceOf(InvalidValueException.class)
                    .hasMessage("Ticket has a whole-number key [id]; \"abc\" is not one."))
        .verify();
    StepVerifier.create(Ticket.TYPE.query(db.manager).findMany(List.of(1, 3.7)))
        .expectErrorMessage("Ticket has a whole-number key [id]; 3.7 is not one.")
        .verify();
  }
}
