package nl.regio.wmo.interfaces.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.List;
import java.util.function.Supplier;
import nl.regio.wmo.application.ConflictException;
import nl.regio.wmo.application.DeclaratieVerwerking;
import nl.regio.wmo.application.Fout;
import nl.regio.wmo.application.NietGevondenException;
import nl.regio.wmo.application.OngeldigeInvoerException;
import nl.regio.wmo.application.Storing;

/**
 * A service's refusal as messages on the page, in words (never a stack trace): the same exceptions the REST API
 * answers as problem+json. Field errors go to the field when the page named it, with the rule id in the text.
 */
public final class Meldingen {

  private Meldingen() {}

  /** Shows {@code fout} on the page; true when it was a known refusal (anything else is rethrown by the caller). */
  public static boolean toon(RuntimeException fout) {
    return toon(fout, null);
  }

  /**
   * As {@link #toon(RuntimeException)}; a refusal that names a field ({@code fouten[].veld}, the same names as the API's)
   * goes to the input {@code <formulier>:<veld>} when the form has one, so the message sits at the field.
   */
  public static boolean toon(RuntimeException fout, String formulier) {
    FacesContext fc = FacesContext.getCurrentInstance();
    Throwable t = fout;
    for (int i = 0; i < 10 && t.getCause() != null && !bekend(t); i++) {
      t = t.getCause();
    }
    if (t instanceof OngeldigeInvoerException e) {
      e.fouten().forEach(f -> fc.addMessage(veld(fc, formulier, f.veld()), fout(f.veld() + ": " + f.melding())));
      return true;
    }
    if (t instanceof ConflictException e && e.veld() != null) {
      fc.addMessage(veld(fc, formulier, e.veld()), fout(e.veld() + ": " + e.getMessage()));
      return true;
    }
    if (t instanceof DeclaratieVerwerking.Afgekeurd e) {
      fc.addMessage(null, fout("Het bestand is geen geldig WMO323 en is niet beoordeeld; er is niets opgeslagen."));
      e.redenen().stream().limit(20).forEach(r -> fc.addMessage(null, fout(r)));
      return true;
    }
    if (t instanceof NietGevondenException || t instanceof ConflictException || t instanceof DeclaratieVerwerking.AndereAfzender) {
      fc.addMessage(null, fout(t.getMessage()));
      return true;
    }
    if (t instanceof Storing.Onbeschikbaar || Storing.databaseOnbereikbaar(t)) {
      fc.addMessage(null, fout(t instanceof Storing.Onbeschikbaar ? t.getMessage()
          : "De database is tijdelijk niet bereikbaar; er is niets verwerkt. Probeer het over enkele seconden opnieuw."));
      return true;
    }
    return false;
  }

  /**
   * A dry run's outcome (an application service's {@code toets…}: the refusals storing would get, nothing stored) on the
   * page: each refusal at its field of {@code formulier}, with the rule id, as {@link #toon(RuntimeException, String)}
   * shows a refusal; true when there was none. A refusal of the input itself (a field that is no date) is shown the same way.
   */
  public static boolean toonToets(Supplier<List<Fout>> toets, String formulier) {
    try {
      List<Fout> fouten = toets.get();
      if (fouten.isEmpty()) {
        return true;
      }
      toon(new OngeldigeInvoerException(fouten), formulier);
    } catch (RuntimeException e) {
      if (!toon(e, formulier)) {
        throw e;
      }
    }
    return false;
  }

  /**
   * The client id of {@code <formulier>:<veld>} when the page has that input, else null (a message for the page). An
   * element of a list ({@code productCodes[1]}) goes to the list's input when the page has one input for the list.
   */
  private static String veld(FacesContext fc, String formulier, String veld) {
    if (formulier == null || veld == null) {
      return null;
    }
    for (String naam : List.of(veld, veld.replaceFirst("\\[\\d+]$", ""))) {
      String id = formulier + ":" + naam;
      if (fc.getViewRoot().findComponent(id) != null) {
        return id;
      }
    }
    return null;
  }

  private static boolean bekend(Throwable t) {
    return List.of(OngeldigeInvoerException.class, NietGevondenException.class, ConflictException.class, Storing.Onbeschikbaar.class,
        DeclaratieVerwerking.Afgekeurd.class, DeclaratieVerwerking.AndereAfzender.class).stream().anyMatch(k -> k.isInstance(t));
  }

  public static FacesMessage fout(String tekst) {
    return new FacesMessage(FacesMessage.SEVERITY_ERROR, tekst, null);
  }

  public static void info(String tekst) {
    FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, tekst, null));
  }
}
