package io.vivier.prospect;

import static org.assertj.core.api.Assertions.assertThat;

import io.vivier.storage.Database;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** people.free_mail is written with every person, and computed at start-up for those stored before the column. */
abstract class FreeMailBackfillContract {

  @Autowired People people;
  @Autowired Database db;
  @Autowired JdbcFreeMailBackfill backfill;

  @Test
  void marksFreeMailAddressesOnWriteAndForEarlierPeople() {
    String marker = UUID.randomUUID().toString().substring(0, 8);
    long gmail = insert("a." + marker + "@gmail.com");
    long company = insert("b." + marker + "@exemple.fr");
    long none = insert(null);
    assertThat(freeMail(gmail)).isEqualTo(1);
    assertThat(freeMail(company)).isZero();
    assertThat(freeMail(none)).isZero();

    db.sql().sql("UPDATE people SET free_mail = NULL WHERE id IN (?, ?, ?)").params(gmail, company, none).update();
    backfill.fill();

    assertThat(List.of(freeMail(gmail), freeMail(company), freeMail(none))).containsExactly(1, 0, 0);
  }

  private long insert(String email) {
    Map<PersonField, Object> values = new EnumMap<>(PersonField.class);
    values.put(PersonField.LAST_NAME, "Test");
    values.put(PersonField.STAGE, "LEAD");
    if (email != null) {
      values.put(PersonField.EMAIL, email);
    }
    return people.insert(values, Instant.now()).id();
  }

  private Integer freeMail(long id) {
    return db.sql().sql("SELECT free_mail FROM people WHERE id = ?").param(id).query(Integer.class).single();
  }
}
