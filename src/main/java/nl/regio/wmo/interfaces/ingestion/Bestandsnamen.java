package nl.regio.wmo.interfaces.ingestion;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.UUID;

/**
 * Names of the files a channel leaves behind (archived originals, refused originals, answers, reports), and writing
 * them without ever replacing a file that is there. Every name stays within {@link #MAX_BYTES} bytes of UTF-8 with
 * room for the longest suffix a channel adds ({@link #RESERVE}), however long the original name was: a name too long
 * is shortened in its middle part and gets a short hash of the whole name, so two long names stay apart.
 */
public final class Bestandsnamen {

  /** The longest file name Linux file systems (ext4, xfs, tmpfs) take, in bytes. */
  public static final int MAX_BYTES = 255;

  /** Room kept for a suffix added to an archived name, e.g. {@code .verslag.txt} or {@code .reden.txt}. */
  public static final int RESERVE = 16;

  private static final DateTimeFormatter STEMPEL = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");

  private Bestandsnamen() {}

  /** The moment as a name part, e.g. {@code 20261206-124255-123}. */
  public static String stempel(LocalDateTime moment) {
    return STEMPEL.format(moment);
  }

  /**
   * {@code <voorvoegsel>-<naam>} shortened to {@code MAX_BYTES - RESERVE} bytes, and not yet taken in {@code map} (with
   * {@code -2}, {@code -3}, … after the prefix when it is). The original name stays at the end, so a listing sorted
   * by name is in time order and a file is easy to find by its original name.
   */
  public static String vrij(Path map, String voorvoegsel, String naam) {
    for (int i = 1; ; i++) {
      String kandidaat = kort((i == 1 ? voorvoegsel : voorvoegsel + "-" + i) + "-" + naam, MAX_BYTES - RESERVE);
      if (!Files.exists(map.resolve(kandidaat), LinkOption.NOFOLLOW_LINKS)) {
        return kandidaat;
      }
    }
  }

  /**
   * The name itself when it fits in {@code max} bytes of UTF-8; else its beginning, {@code ~}, the first 8 hex digits
   * of its SHA-256 and its extension (the part from the last dot, if short), in at most {@code max} bytes.
   */
  public static String kort(String naam, int max) {
    if (bytes(naam) <= max) {
      return naam;
    }
    int punt = naam.lastIndexOf('.');
    String extensie = punt > 0 && naam.length() - punt <= 12 ? naam.substring(punt) : "";
    String staart = "~" + hash(naam) + extensie;
    int ruimte = max - bytes(staart);
    StringBuilder begin = new StringBuilder();
    int gebruikt = 0;
    for (int i = 0; i < naam.length() - extensie.length(); ) {
      int cp = naam.codePointAt(i);
      int lengte = bytes(new String(Character.toChars(cp)));
      if (gebruikt + lengte > ruimte) {
        break;
      }
      begin.appendCodePoint(cp);
      gebruikt += lengte;
      i += Character.charCount(cp);
    }
    return begin + staart;
  }

  /** The file's name without the extension {@code extensie}, if it has it. */
  public static String zonder(String naam, String extensie) {
    return naam.toLowerCase(java.util.Locale.ROOT).endsWith(extensie) ? naam.substring(0, naam.length() - extensie.length()) : naam;
  }

  /**
   * Writes a new file {@code naam} in {@code map} (created when missing) with {@code inhoud}: first under a temporary
   * dot-name, then linked into place, which fails when the name is taken — a file there is never replaced.
   *
   * @return false when the name is taken (nothing written)
   * @throws IOException when the folder or the file cannot be written
   */
  public static boolean schrijfNieuw(Path map, String naam, byte[] inhoud) throws IOException {
    Path tijdelijk = tijdelijk(map);
    try {
      Files.write(tijdelijk, inhoud);
      return plaats(tijdelijk, map.resolve(naam));
    } finally {
      Files.deleteIfExists(tijdelijk);
    }
  }

  /** A new empty temporary file in {@code map} (created when missing), a dot-name a reader of the folder skips. */
  public static Path tijdelijk(Path map) throws IOException {
    Files.createDirectories(map);
    return Files.createFile(map.resolve("." + UUID.randomUUID().toString().substring(0, 13) + ".tmp"));
  }

  /**
   * Gives the temporary file its real name {@code doel} without replacing a file there (a hard link, then the
   * temporary name removed; where links are not supported a move without replace). On Linux an atomic move would
   * silently replace the target, so it is not used.
   *
   * @return false when {@code doel} exists (the temporary file is left as it was)
   */
  public static boolean plaats(Path tijdelijk, Path doel) throws IOException {
    try {
      try {
        Files.createLink(doel, tijdelijk);
      } catch (UnsupportedOperationException e) {
        Files.move(tijdelijk, doel);
        return true;
      }
    } catch (FileAlreadyExistsException e) {
      return false;
    }
    Files.deleteIfExists(tijdelijk);
    return true;
  }

  /**
   * Removes the temporary files {@link #tijdelijk} left in {@code map} by a crash between writing and naming them
   * (called when a route starts, before it takes a file); a missing folder is fine.
   */
  public static void ruimOp(Path map) {
    if (!Files.isDirectory(map, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try (java.util.stream.Stream<Path> inhoud = Files.list(map)) {
      for (Path p : (Iterable<Path>) inhoud::iterator) {
        if (TIJDELIJK.matcher(p.getFileName().toString()).matches() && Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
          Files.deleteIfExists(p);
        }
      }
    } catch (IOException e) {
      // only leftovers: a dot-name nobody reads
    }
  }

  private static final java.util.regex.Pattern TIJDELIJK = java.util.regex.Pattern.compile("\\.[0-9a-f]{8}-[0-9a-f]{4}\\.tmp");

  private static int bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8).length;
  }

  private static String hash(String naam) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(naam.getBytes(StandardCharsets.UTF_8))).substring(0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
