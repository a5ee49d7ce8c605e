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

  /** The raw bytes of a config file, undecoded (a reader that checks the encoding gets to see bad bytes). */
  public byte[] bytes(String naam) {
    try (InputStream in = stroom(naam)) {
      return in.readAllBytes();
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
    return new InputStreamReader(stroom(naam), StandardCharsets.UTF_8);
  }

  private InputStream stroom(String naam) throws IOException {
    Optional<Path> buiten =
        configDir.filter(d -> !d.isBlank()).map(d -> Path.of(d).resolve(naam)).filter(Files::isRegularFile);
    if (buiten.isPresent()) {
      return Files.newInputStream(buiten.get());
    }
    InputStream in = ConfigBestanden.class.getClassLoader().getResourceAsStream("config/" + naam);
    if (in == null) {
      throw new IOException("niet gevonden: config/" + naam);
    }
    return in;
  }
}
