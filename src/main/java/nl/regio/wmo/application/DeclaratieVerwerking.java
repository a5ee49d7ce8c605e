package nl.regio.wmo.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import nl.regio.wmo.domain.declaratie.Prestatie;
import nl.regio.wmo.domain.shared.AgbCode;
import nl.regio.wmo.interfaces.iwmo.Wmo323Afgekeurd;
import nl.regio.wmo.interfaces.iwmo.Wmo323Handler;
import nl.regio.wmo.interfaces.iwmo.Wmo323Kop;
import nl.regio.wmo.interfaces.iwmo.Wmo323Lezer;
import nl.regio.wmo.interfaces.iwmo.Wmo323Prestatie;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The declaration pipeline, the same for every channel (file drop, REST upload, pre-flight):
 * (1) transport checks on a size-limited copy on disk — size, UTF-8, well-formed, no DTD or entities,
 * namespace; (2) the WMO323 schema; a message failing these gets no WMO325, only the reasons. Then
 * (3–5) {@link DeclaratieBeoordeling} judges and stores it in one transaction and answers the WMO325.
 */
@ApplicationScoped
public class DeclaratieVerwerking {

  public static final String KANAAL_BESTAND = "BESTAND";
  public static final String KANAAL_REST = "REST";

  @Inject DeclaratieBeoordeling beoordeling;

  @Inject
  @ConfigProperty(name = "wmo.declaratie.max-bytes", defaultValue = "26214400")
  long maxBytes;

  /** Refused before any rule ran (steps 1–2): no WMO325, the reasons with line and column. */
  public static class Afgekeurd extends RuntimeException {
    private final transient List<String> redenen;

    public Afgekeurd(List<String> redenen) {
      super("Het bericht is geen geldig WMO323: " + String.join("; ", redenen));
      this.redenen = List.copyOf(redenen);
    }

    public List<String> redenen() {
      return redenen;
    }
  }

  /** The Afzender of the message is not the caller (REST: a provider declares only for itself). */
  public static class AndereAfzender extends RuntimeException {
    public AndereAfzender(String afzender) {
      super("De Afzender van het bericht (" + afzender + ") is niet uw eigen AGB-code.");
    }
  }

  /**
   * Runs the pipeline on one message. {@code afzender}: the AGB code the message must come from
   * (REST), or empty (file drop). {@code opslaan} false = pre-flight: the full check and the WMO325
   * it would produce, nothing stored.
   */
  public DeclaratieBeoordeling.Antwoord verwerk(InputStream in, String kanaal, Optional<AgbCode> afzender, boolean opslaan) {
    Wmo323Lezer lezer = new Wmo323Lezer(maxBytes);
    Path bestand = null;
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      bestand = lezer.buffer(new DigestInputStream(in, sha), Files.createTempDirectory("wmo323"));
      String sha256 = HexFormat.of().formatHex(sha.digest());
      lezer.controleer(bestand);
      Wmo323Kop kop = kop(lezer, bestand);
      if (afzender.isPresent() && !afzender.get().waarde().equals(kop.afzenderAgb())) {
        throw new AndereAfzender(kop.afzenderAgb());
      }
      Path gelezen = bestand;
      return beoordeling.beoordeel(kop, sha256, kanaal, perPrestatie -> lezer.lees(gelezen, new Wmo323Handler() {
        @Override
        public void kop(Wmo323Kop k) {}

        @Override
        public void prestatie(Wmo323Prestatie p) {
          perPrestatie.accept(naarDomein(p));
        }
      }), opslaan);
    } catch (Wmo323Afgekeurd e) {
      throw new Afgekeurd(e.redenen());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    } finally {
      if (bestand != null) {
        try {
          Files.deleteIfExists(bestand);
          Files.deleteIfExists(bestand.getParent());
        } catch (IOException ignored) {
          // a temp file left behind is cleaned by the OS
        }
      }
    }
  }

  /** Reads only the header and the declaration fields (stops at the first prestatie). */
  private static Wmo323Kop kop(Wmo323Lezer lezer, Path bestand) throws IOException {
    Wmo323Kop[] kop = new Wmo323Kop[1];
    try {
      lezer.lees(bestand, new Wmo323Handler() {
        @Override
        public void kop(Wmo323Kop k) {
          kop[0] = k;
          throw new Gevonden();
        }

        @Override
        public void prestatie(Wmo323Prestatie p) {}
      });
    } catch (Gevonden klaar) {
      // enough read
    }
    return kop[0];
  }

  private static final class Gevonden extends RuntimeException {
    Gevonden() {
      super(null, null, false, false);
    }
  }

  static Prestatie naarDomein(Wmo323Prestatie p) {
    return new Prestatie(p.volgnummer(), p.bsn(), p.referentieNummer(), p.vorigReferentieNummer(), p.toewijzingNummer(),
        p.productCategorie(), p.productCode(), p.begindatum(), p.einddatum(), p.geleverdVolume(), p.eenheid(), p.productTarief(),
        p.ingediendBedrag(), "C".equals(p.debetCredit()));
  }
}
