package io.vivier.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The character encoding of a text file and the length of its byte-order mark, as detected: a BOM
 * wins (UTF-8, UTF-16 LE/BE); then UTF-16 without BOM is recognised by its zero bytes; then the
 * whole file is checked to be valid UTF-8, and if it is not it is read as windows-1252 (what
 * French Excel writes, and a superset of ISO-8859-1 for printable characters).
 *
 * @param charset the encoding to decode the file with
 * @param bomLength how many bytes of byte-order mark to skip (0 when there is none)
 */
record TextEncoding(Charset charset, int bomLength) {

  static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  /**
   * Detects the encoding, or takes the given one (skipping a BOM only when it matches it). Costs one
   * read of the whole file when no BOM tells: the UTF-8 check must see every byte.
   */
  static TextEncoding detect(Path file, byte[] head, Charset given) throws IOException {
    TextEncoding bom = fromBom(head);
    if (given != null) {
      return new TextEncoding(given, bom != null && bom.charset.equals(given) ? bom.bomLength : 0);
    }
    if (bom != null) {
      return bom;
    }
    Charset utf16 = utf16WithoutBom(head);
    if (utf16 != null) {
      return new TextEncoding(utf16, 0);
    }
    try (InputStream in = Files.newInputStream(file)) {
      return new TextEncoding(isUtf8(in) ? StandardCharsets.UTF_8 : WINDOWS_1252, 0);
    }
  }

  /** For the user: "UTF-8, with BOM", "windows-1252". */
  String describe() {
    return charset.name() + (bomLength > 0 ? ", with BOM" : "");
  }

  boolean isUtf16() {
    return charset.equals(StandardCharsets.UTF_16LE) || charset.equals(StandardCharsets.UTF_16BE)
        || charset.equals(StandardCharsets.UTF_16);
  }

  private static TextEncoding fromBom(byte[] head) {
    if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
      return new TextEncoding(StandardCharsets.UTF_8, 3);
    }
    if (head.length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
      return new TextEncoding(StandardCharsets.UTF_16LE, 2);
    }
    if (head.length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
      return new TextEncoding(StandardCharsets.UTF_16BE, 2);
    }
    return null;
  }

  /** Latin text in UTF-16 has a zero byte in every other position: odd ones for LE, even for BE. */
  private static Charset utf16WithoutBom(byte[] head) {
    int pairs = Math.min(head.length, 4096) / 2;
    if (pairs < 2) {
      return null;
    }
    int zeroEven = 0;
    int zeroOdd = 0;
    for (int i = 0; i < pairs; i++) {
      zeroEven += head[2 * i] == 0 ? 1 : 0;
      zeroOdd += head[2 * i + 1] == 0 ? 1 : 0;
    }
    if (zeroOdd > pairs * 0.7 && zeroEven < pairs * 0.05) {
      return StandardCharsets.UTF_16LE;
    }
    if (zeroEven > pairs * 0.7 && zeroOdd < pairs * 0.05) {
      return StandardCharsets.UTF_16BE;
    }
    return null;
  }

  /**
   * Whether the stream is well-formed UTF-8 (RFC 3629: no overlong forms, no surrogates, nothing
   * above U+10FFFF). Runs at memory speed on ASCII; a sequence may straddle two buffers.
   */
  static boolean isUtf8(InputStream in) throws IOException {
    byte[] buffer = new byte[1 << 16];
    int pending = 0;
    int low = 0x80;
    int high = 0xBF;
    for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
      int i = 0;
      while (i < n) {
        if (pending == 0) {
          while (i < n && buffer[i] >= 0) {
            i++;
          }
          if (i == n) {
            break;
          }
          int lead = buffer[i++] & 0xFF;
          low = 0x80;
          high = 0xBF;
          if (lead >= 0xC2 && lead <= 0xDF) {
            pending = 1;
          } else if (lead >= 0xE0 && lead <= 0xEF) {
            pending = 2;
            low = lead == 0xE0 ? 0xA0 : 0x80;
            high = lead == 0xED ? 0x9F : 0xBF;
          } else if (lead >= 0xF0 && lead <= 0xF4) {
            pending = 3;
            low = lead == 0xF0 ? 0x90 : 0x80;
            high = lead == 0xF4 ? 0x8F : 0xBF;
          } else {
            return false;
          }
        } else {
          int next = buffer[i++] & 0xFF;
          if (next < low || next > high) {
            return false;
          }
          low = 0x80;
          high = 0xBF;
          pending--;
        }
      }
    }
    return pending == 0;
  }
}
