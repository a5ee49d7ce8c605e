package nl.regio.wmo.interfaces.ingestion;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import java.util.logging.Logger;
import org.apache.camel.component.file.GenericFile;
import org.apache.camel.component.file.GenericFileFilter;

/**
 * Lets a file channel take only files that are complete, and only regular files. The usual conventions of a sender:
 *
 * <ul>
 *   <li>write under a temporary name and rename: names starting with a dot and names ending in {@code .tmp}, {@code
 *       .part} or {@code .filepart} are never taken;
 *   <li>or write the file, then an (empty) marker {@code <name>.done} beside it: the file is taken at once, and the
 *       marker is removed with it ({@link #verwijderMarker});
 *   <li>otherwise a file is taken once its size and modification time have not changed for the quiet time ({@code
 *       wmo.inbox.rust-ms}), so a file still being written is left alone.
 * </ul>
 *
 * Anything that is not a regular file — a symbolic link (wherever it points), a folder, a device — is ignored, and
 * said once in the log per name. Each route has its own filter (it remembers what it saw of each file).
 */
public final class AlleenCompleteBestanden implements GenericFileFilter<File> {

  private static final Logger LOG = Logger.getLogger(AlleenCompleteBestanden.class.getName());
  public static final String MARKER = ".done";
  private static final int ONTHOUD_GENEGEERD = 1000;

  private record Waarneming(long grootte, long gewijzigd, long sindsNs) {}

  private final long rustNs;
  private final LongSupplier klok;
  private final Map<String, Waarneming> gezien = new ConcurrentHashMap<>();
  /** Said once per path in this JVM, also when a route is built again. */
  private static final Set<String> genegeerd = ConcurrentHashMap.newKeySet();

  public AlleenCompleteBestanden(long rustMs) {
    this(rustMs, System::nanoTime);
  }

  AlleenCompleteBestanden(long rustMs, LongSupplier klok) {
    this.rustNs = Math.max(0, rustMs) * 1_000_000L;
    this.klok = klok;
  }

  /** A name the sender uses while it writes, or a marker: never taken itself. */
  public static boolean tijdelijkeNaam(String naam) {
    String klein = naam.toLowerCase(Locale.ROOT);
    return naam.startsWith(".") || klein.endsWith(".tmp") || klein.endsWith(".part") || klein.endsWith(".filepart")
        || klein.endsWith(MARKER);
  }

  @Override
  public boolean accept(GenericFile<File> bestand) {
    String naam = bestand.getFileNameOnly();
    if (bestand.isDirectory() || tijdelijkeNaam(naam)) {
      return false;
    }
    Path pad = bestand.getFile().toPath();
    BasicFileAttributes attributen;
    try {
      attributen = Files.readAttributes(pad, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    } catch (IOException e) {
      return false; // gone in the meantime
    }
    if (!attributen.isRegularFile()) {
      if (genegeerd.size() < ONTHOUD_GENEGEERD && genegeerd.add(pad.toString())) {
        LOG.warning(() -> "Genegeerd in de inbox (geen gewoon bestand, bv. een symbolische link): " + pad.getFileName());
      }
      return false;
    }
    if (Files.exists(pad.resolveSibling(naam + MARKER), LinkOption.NOFOLLOW_LINKS)) {
      gezien.remove(pad.toString());
      return true;
    }
    long nu = klok.getAsLong();
    long gewijzigd = attributen.lastModifiedTime().toMillis();
    Waarneming vorige = gezien.get(pad.toString());
    if (vorige == null || vorige.grootte() != attributen.size() || vorige.gewijzigd() != gewijzigd) {
      gezien.put(pad.toString(), new Waarneming(attributen.size(), gewijzigd, nu));
      if (gezien.size() > 10_000) {
        gezien.entrySet().removeIf(e -> nu - e.getValue().sindsNs() > 3_600_000_000_000L); // files gone long ago
      }
      return rustNs == 0;
    }
    if (nu - vorige.sindsNs() >= rustNs) {
      gezien.remove(pad.toString());
      return true;
    }
    return false;
  }

  /** Removes the {@code .done} marker of a file that leaves the inbox, if there is one. */
  public static void verwijderMarker(Path bestand) {
    try {
      Files.deleteIfExists(bestand.resolveSibling(bestand.getFileName() + MARKER));
    } catch (IOException e) {
      LOG.warning(() -> "Marker " + bestand.getFileName() + MARKER + " niet verwijderd: " + e.getClass().getSimpleName());
    }
  }
}
