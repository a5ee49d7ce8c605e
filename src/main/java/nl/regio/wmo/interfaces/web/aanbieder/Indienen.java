package nl.regio.wmo.interfaces.web.aanbieder;

import jakarta.annotation.PreDestroy;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import nl.regio.wmo.application.DeclaratieBeoordeling;
import nl.regio.wmo.application.DeclaratieVerwerking;
import nl.regio.wmo.application.Wmo325Uitleg;
import nl.regio.wmo.infrastructure.security.HuidigeGebruiker;
import nl.regio.wmo.interfaces.web.Meldingen;
import org.primefaces.event.FileUploadEvent;

/**
 * Submitting a WMO323 from the browser: drop the file (progress bar), "check only" shows the WMO325 it would get as a
 * table with every rejected line's retourcode in words (the pre-flight: nothing stored), "submit" sends it through
 * the same pipeline as the REST upload. The file waits on disk, not in the session; the view holds only its path.
 */
@Named
@ViewScoped
public class Indienen implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient DeclaratieVerwerking verwerking;
  @Inject transient HuidigeGebruiker gebruiker;

  private String bestand; // the uploaded file on disk
  private String naam;
  private Wmo325Uitleg.Uitleg uitleg;
  private boolean ingediend;
  private String status;
  private String declaratieNummer;

  public void ontvangen(FileUploadEvent event) {
    opruimen();
    try (InputStream in = event.getFile().getInputStream()) {
      Path tijdelijk = Files.createTempFile("wmo323-pagina", ".xml");
      Files.copy(in, tijdelijk, StandardCopyOption.REPLACE_EXISTING);
      bestand = tijdelijk.toString();
      naam = event.getFile().getFileName();
      uitleg = null;
      ingediend = false;
      status = null;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The pre-flight: the full check and the answer it would get, nothing stored. */
  public void controleer() {
    verwerk(false);
  }

  public void indienen() {
    verwerk(true);
  }

  private void verwerk(boolean opslaan) {
    if (bestand == null) {
      Meldingen.info("Kies eerst een WMO323-bestand.");
      return;
    }
    try (InputStream in = Files.newInputStream(Path.of(bestand))) {
      DeclaratieBeoordeling.Antwoord antwoord = verwerking.verwerk(in, DeclaratieVerwerking.KANAAL_REST,
          Optional.of(gebruiker.beperktTotAanbieder().orElseThrow()), opslaan);
      uitleg = Wmo325Uitleg.lees(antwoord.wmo325());
      status = antwoord.status();
      ingediend = opslaan;
      declaratieNummer = uitleg.declaratieNummer();
      if (opslaan) {
        Meldingen.info(antwoord.herhaald() ? "Dit bericht was al ontvangen; dit is het antwoord van toen (niets dubbel geteld)."
            : "Ingediend: declaratie " + declaratieNummer + " is opgeslagen (" + status + ").");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (RuntimeException e) {
      uitleg = null;
      if (!Meldingen.toon(e)) {
        throw e;
      }
    }
  }

  @PreDestroy
  void opruimen() {
    if (bestand != null) {
      try {
        Files.deleteIfExists(Path.of(bestand));
      } catch (IOException ignored) {
        // a temp file left behind is cleaned by the OS
      }
      bestand = null;
    }
  }

  public boolean isGekozen() {
    return bestand != null;
  }

  public String getNaam() {
    return naam;
  }

  public Wmo325Uitleg.Uitleg getUitleg() {
    return uitleg;
  }

  public boolean isIngediend() {
    return ingediend;
  }

  public String getStatus() {
    return status;
  }

  public String getDeclaratieNummer() {
    return declaratieNummer;
  }
}
