package io.vivier.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Uploaded files waiting to be imported: each in a folder of its own under the data folder's
 * {@code uploads}, under the name the user gave it, so every message names the user's file.
 */
final class Uploads {

  private static final Pattern FOLDER = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

  private Uploads() {}

  /** A new, empty place for a file named {@code name}. */
  static Path newFile(Path uploads, String name) {
    try {
      Path folder = uploads.resolve(UUID.randomUUID().toString());
      Files.createDirectories(folder);
      return folder.resolve(safeName(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The upload {@code token} (its folder) names, if it is one. */
  static Path find(Path uploads, String token) {
    if (token == null || !FOLDER.matcher(token).matches()) {
      return null;
    }
    try (var files = Files.list(uploads.resolve(token))) {
      return files.filter(Files::isRegularFile).findFirst().orElse(null);
    } catch (IOException e) {
      return null;
    }
  }

  /** The file's folder name, which the web wizard uses as a token. */
  static String token(Path file) {
    return file.getParent().getFileName().toString();
  }

  /** A file name without any folder, control characters or excess length. */
  static String safeName(String original) {
    if (original == null || original.isBlank()) {
      return "upload";
    }
    String path = original.replace('\\', '/').replaceAll("[\\p{Cc}:*?\"<>|]", "_");
    String name = path.substring(path.lastIndexOf('/') + 1).strip();
    if (name.isBlank() || name.equals(".") || name.equals("..")) {
      return "upload";
    }
    return name.length() > 200 ? name.substring(name.length() - 200) : name;
  }

  /** Deletes an upload and its folder; a file that cannot be deleted is left behind, quietly. */
  static void delete(Path file) {
    try {
      Files.deleteIfExists(file);
      Path folder = file.getParent();
      if (folder != null && FOLDER.matcher(folder.getFileName().toString()).matches()) {
        Files.deleteIfExists(folder);
      }
    } catch (DirectoryNotEmptyException e) {
      // something else is in there: leave it
    } catch (IOException e) {
      // left behind in the uploads folder
    }
  }
}
