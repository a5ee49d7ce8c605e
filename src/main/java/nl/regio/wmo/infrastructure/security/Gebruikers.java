package nl.regio.wmo.infrastructure.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.regio.wmo.domain.shared.AgbCode;
import nl.regio.wmo.infrastructure.config.ConfigBestanden;
import org.apache.commons.csv.CSVRecord;

/**
 * The users of {@code config/gebruikers.csv}: {@code gebruikersnaam,rollen,agbCode,wachtwoordHash},
 * roles separated by spaces, the hash as made by {@link WachtwoordHash} (PBKDF2, never a password).
 */
@ApplicationScoped
public class Gebruikers {

  private static final Set<String> ROLLEN =
      Set.of(Rollen.CONTRACTBEHEER, Rollen.CONSULENT, Rollen.FINANCIEN, Rollen.AANBIEDER, Rollen.AUDITOR);

  @Inject ConfigBestanden config;

  private Map<String, Gebruiker> perNaam = Map.of();

  @PostConstruct
  void laad() {
    Map<String, Gebruiker> gebruikers = new LinkedHashMap<>();
    for (CSVRecord r : config.csv("gebruikers.csv")) {
      Gebruiker g = lees(r);
      if (gebruikers.put(g.naam(), g) != null) {
        throw new IllegalStateException("gebruikers.csv regel " + r.getRecordNumber() + ": gebruiker dubbel: " + g.naam());
      }
    }
    perNaam = Map.copyOf(gebruikers);
  }

  static Gebruiker lees(CSVRecord r) {
    String naam = r.get("gebruikersnaam");
    Set<String> rollen =
        Arrays.stream(r.get("rollen").split("\\s+")).filter(s -> !s.isBlank()).collect(Collectors.toUnmodifiableSet());
    String plaats = "gebruikers.csv regel " + r.getRecordNumber() + " (" + naam + "): ";
    if (rollen.isEmpty() || !ROLLEN.containsAll(rollen)) {
      throw new IllegalStateException(plaats + "onbekende of geen rol " + rollen + "; kies uit " + ROLLEN);
    }
    Optional<String> agb = Optional.of(r.get("agbCode")).filter(s -> !s.isBlank()).map(s -> new AgbCode(s).waarde());
    if (rollen.contains(Rollen.AANBIEDER) && agb.isEmpty()) {
      throw new IllegalStateException(plaats + "een aanbieder-gebruiker heeft een AGB-code nodig");
    }
    String hash = r.get("wachtwoordHash");
    if (!hash.startsWith("PBKDF2")) {
      throw new IllegalStateException(plaats + "wachtwoordHash moet een PBKDF2-hash zijn (zie WachtwoordHash)");
    }
    return new Gebruiker(naam, rollen, agb, hash);
  }

  public Optional<Gebruiker> vind(String naam) {
    return Optional.ofNullable(perNaam.get(naam));
  }
}
