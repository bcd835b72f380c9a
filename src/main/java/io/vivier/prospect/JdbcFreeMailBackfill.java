package io.vivier.prospect;

import io.vivier.quality.EmailFlags;
import io.vivier.storage.Database;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Computes {@code people.free_mail} for the people stored before the column existed (every write
 * since sets it, see {@link JdbcPeople}): once, when the application starts, by batches. A partial
 * index on the rows still to do makes the check free afterwards.
 */
@Component
class JdbcFreeMailBackfill {

  private static final Logger log = LoggerFactory.getLogger(JdbcFreeMailBackfill.class);
  private static final int BATCH = 5_000;

  private final Database db;
  private final boolean migrated;

  JdbcFreeMailBackfill(Database db, @org.springframework.beans.factory.annotation.Value("${vivier.db.migrate-on-start:true}") boolean migrated) {
    this.db = db;
    this.migrated = migrated;
  }

  @EventListener(ApplicationReadyEvent.class)
  void onStart() {
    // without the migrations (vivier db info, db migrate) the column may not exist yet: next start
    if (migrated) {
      fill();
    }
  }

  void fill() {
    long done = 0;
    while (true) {
      List<Object[]> rows = new ArrayList<>();
      db.sql()
          .sql("SELECT id, email FROM people WHERE free_mail IS NULL ORDER BY id LIMIT ?")
          .param(BATCH)
          .query((rs, n) -> rows.add(new Object[] {freeMail(rs.getString(2)), rs.getLong(1)}))
          .list();
      if (rows.isEmpty()) {
        break;
      }
      db.batch("UPDATE people SET free_mail = ? WHERE id = ?", rows);
      done += rows.size();
    }
    if (done > 0) {
      log.info("Marked the free-mail addresses of {} people stored before the free_mail column", done);
    }
  }

  private static int freeMail(String email) {
    return email != null && EmailFlags.of(email).freeMail() ? 1 : 0;
  }
}
