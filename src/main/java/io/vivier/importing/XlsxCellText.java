package io.vivier.importing;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import org.dhatim.fastexcel.reader.Cell;

/**
 * A spreadsheet cell as the text a user would type in a CSV: strings as they are; numbers with 15
 * significant digits like Excel shows them, without ".0" and without exponent (a SIRET stored as a
 * number reads 73282932000074); numbers under a date or time format as ISO 8601 (2024-03-15,
 * 2024-03-15T09:30:00, 09:30:00); booleans TRUE / FALSE; formulas as their cached value; errors as
 * Excel shows them (#N/A). Display formats other than dates (percent, currency, decimals) are not
 * applied: the pipeline receives the stored value.
 */
final class XlsxCellText {

  private static final MathContext EXCEL_PRECISION = new MathContext(15, RoundingMode.HALF_EVEN);
  /** 9999-12-31, the last day Excel can show. */
  private static final long MAX_SERIAL = 2_958_465;
  private static final LocalDate EPOCH_1900 = LocalDate.of(1899, 12, 30);
  private static final LocalDate EPOCH_1904 = LocalDate.of(1904, 1, 1);
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");
  private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");

  enum DateKind { NONE, DATE, TIME, DATE_TIME }

  private XlsxCellText() {}

  static String of(Cell cell, boolean date1904) {
    if (cell == null) {
      return "";
    }
    Object value = cell.getValue();
    switch (cell.getType()) {
      case EMPTY:
        return "";
      case ERROR:
        return cell.getRawValue() == null ? "" : cell.getRawValue();
      default:
        break;
    }
    if (value == null) {
      return "";
    }
    if (value instanceof BigDecimal number) {
      return number(number, dateKind(cell.getDataFormatId(), cell.getDataFormatString()), date1904);
    }
    if (value instanceof Boolean bool) {
      return bool ? "TRUE" : "FALSE";
    }
    return value.toString();
  }

  static String number(BigDecimal value, DateKind kind, boolean date1904) {
    if (kind != DateKind.NONE && value.signum() >= 0 && value.compareTo(BigDecimal.valueOf(MAX_SERIAL + 1)) < 0) {
      String date = date(value, kind, date1904);
      if (date != null) {
        return date;
      }
    }
    BigDecimal shown = value.round(EXCEL_PRECISION).stripTrailingZeros();
    return shown.signum() == 0 ? "0" : shown.toPlainString();
  }

  private static String date(BigDecimal serial, DateKind kind, boolean date1904) {
    long days = serial.longValue();
    long seconds = serial.subtract(BigDecimal.valueOf(days)).multiply(BigDecimal.valueOf(86_400))
        .setScale(0, RoundingMode.HALF_UP).longValue();
    if (seconds == 86_400) {
      days++;
      seconds = 0;
    }
    LocalTime time = LocalTime.ofSecondOfDay(seconds);
    if (kind == DateKind.TIME && days == 0) {
      return TIME.format(time);
    }
    LocalDate day;
    if (date1904) {
      day = EPOCH_1904.plusDays(days);
    } else if (days >= 61) {
      day = EPOCH_1900.plusDays(days);
    } else if (days >= 1 && days < 60) {
      // Excel counts a 29 February 1900 that never was: serials before it are one day off
      day = EPOCH_1900.plusDays(days + 1);
    } else {
      return null;
    }
    return kind == DateKind.DATE ? day.toString() : DATE_TIME.format(LocalDateTime.of(day, time));
  }

  /**
   * Whether a number format shows a date, a time or both: Excel's built-in formats 14-22 and 45-47,
   * the locale ones 27-36 and 50-58, or a custom format with y, d, m, h or s outside quoted text,
   * escapes and brackets ([Red], [$€-40C]).
   */
  static DateKind dateKind(Integer id, String format) {
    if (id != null && format == null) {
      int n = id;
      if (n >= 14 && n <= 17 || n >= 27 && n <= 31 || n >= 34 && n <= 36 || n >= 50 && n <= 58) {
        return DateKind.DATE;
      }
      if (n >= 18 && n <= 21 || n >= 45 && n <= 47 || n == 32 || n == 33) {
        return DateKind.TIME;
      }
      return n == 22 ? DateKind.DATE_TIME : DateKind.NONE;
    }
    if (format == null) {
      return DateKind.NONE;
    }
    boolean date = false;
    boolean time = false;
    boolean month = false;
    boolean quoted = false;
    boolean bracket = false;
    for (int i = 0; i < format.length(); i++) {
      char c = Character.toLowerCase(format.charAt(i));
      if (quoted) {
        quoted = c != '"';
      } else if (bracket) {
        bracket = c != ']';
      } else if (c == '"') {
        quoted = true;
      } else if (c == '[') {
        bracket = true;
      } else if (c == '\\' || c == '_' || c == '*') {
        i++;
      } else if (c == 'y' || c == 'd') {
        date = true;
      } else if (c == 'h' || c == 's') {
        time = true;
      } else if (c == 'm') {
        month = true;
      }
    }
    date |= month && !time;
    if (date && time) {
      return DateKind.DATE_TIME;
    }
    return date ? DateKind.DATE : time ? DateKind.TIME : DateKind.NONE;
  }
}
