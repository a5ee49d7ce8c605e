package nl.regio.wmo.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Collects every problem with an input before refusing it, so the caller hears about all bad
 * fields at once. Value-object constructors do the checking; their message becomes the field's.
 */
public final class Validatie {

  private final List<Fout> fouten = new ArrayList<>();

  /** Converts {@code waarde} with {@code maker} (a value-object constructor); records its refusal. */
  public <T> Optional<T> waarde(String veld, String waarde, Function<String, T> maker) {
    if (waarde == null || waarde.isBlank()) {
      fout(veld, "is verplicht");
      return Optional.empty();
    }
    try {
      return Optional.of(maker.apply(waarde.trim()));
    } catch (IllegalArgumentException e) {
      fout(veld, e.getMessage());
      return Optional.empty();
    }
  }

  public Optional<String> tekst(String veld, String waarde, int maxLengte) {
    if (waarde == null || waarde.isBlank()) {
      fout(veld, "is verplicht");
      return Optional.empty();
    }
    if (waarde.trim().length() > maxLengte) {
      fout(veld, "is langer dan " + maxLengte + " tekens");
      return Optional.empty();
    }
    return Optional.of(waarde.trim());
  }

  public <T> Optional<T> verplicht(String veld, T waarde) {
    if (waarde == null) {
      fout(veld, "is verplicht");
    }
    return Optional.ofNullable(waarde);
  }

  public void periode(String veldEinde, LocalDate begin, LocalDate einde) {
    if (begin != null && einde != null && einde.isBefore(begin)) {
      fout(veldEinde, "ligt voor de ingangsdatum (" + begin + ")");
    }
  }

  public void fout(String veld, String melding) {
    fouten.add(new Fout(veld, melding));
  }

  /** What was found so far (for a check that reports instead of refusing). */
  public List<Fout> fouten() {
    return List.copyOf(fouten);
  }

  public boolean isGeldig() {
    return fouten.isEmpty();
  }

  /** Refuses the input when any field was bad. */
  public void controleer() {
    if (!fouten.isEmpty()) {
      throw new OngeldigeInvoerException(fouten);
    }
  }
}
