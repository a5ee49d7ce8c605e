package nl.regio.wmo.infrastructure.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The files of {@code config/} (region, demo data, users). They are packaged in the war; a file of
 * the same name under {@code wmo.config.dir} (env {@code WMO_CONFIG_DIR}) replaces the packaged one.
 */
@ApplicationScoped
public class ConfigBestanden {

  @Inject
  @ConfigProperty(name = "wmo.config.dir")
  Optional<String> configDir;

  /** The records of a CSV file with a header row, e.g. {@code regio/gemeenten.csv}. */
  public List<CSVRecord> csv(String naam) {
    try (Reader reader = open(naam);
        CSVParser parser = formaat().parse(reader)) {
      return parser.getRecords();
    } catch (IOException e) {
      throw new UncheckedIOException("Configuratiebestand " + naam + " is niet te lezen", e);
    }
  }

  /** The raw bytes of a config file. */
  public byte[] bytes(String naam) {
    try (Reader reader = open(naam)) {
      StringBuilder sb = new StringBuilder();
      char[] buf = new char[8192];
      for (int n; (n = reader.read(buf)) > 0; ) {
        sb.append(buf, 0, n);
      }
      return sb.toString().getBytes(StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Configuratiebestand " + naam + " is niet te lezen", e);
    }
  }

  /** The CSV dialect of every config file: comma-separated, a header row, # for comments. */
  public static CSVFormat formaat() {
    return CSVFormat.DEFAULT
        .builder()
        .setHeader()
        .setSkipHeaderRecord(true)
        .setCommentMarker('#')
        .setIgnoreEmptyLines(true)
        .setTrim(true)
        .get();
  }

  private Reader open(String naam) throws IOException {
    Optional<Path> buiten =
        configDir.filter(d -> !d.isBlank()).map(d -> Path.of(d).resolve(naam)).filter(Files::isRegularFile);
    if (buiten.isPresent()) {
      return Files.newBufferedReader(buiten.get(), StandardCharsets.UTF_8);
    }
    InputStream in = ConfigBestanden.class.getClassLoader().getResourceAsStream("config/" + naam);
    if (in == null) {
      throw new IOException("niet gevonden: config/" + naam);
    }
    return new InputStreamReader(in, StandardCharsets.UTF_8);
  }
}
