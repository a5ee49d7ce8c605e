package nl.regio.wmo.interfaces.web;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import java.util.Locale;

/**
 * The language of the pages: what the browser asks for among Dutch and English, and Dutch when it asks for neither
 * or says nothing (the container would then offer the server's own default, often English).
 */
public class Taalkeuze extends ViewHandlerWrapper {

  private static final Locale NL = Locale.forLanguageTag("nl");

  public Taalkeuze(ViewHandler wrapped) {
    super(wrapped);
  }

  @Override
  public Locale calculateLocale(FacesContext context) {
    String gevraagd = context.getExternalContext().getRequestHeaderMap().get("Accept-Language");
    if (gevraagd == null || gevraagd.isBlank()) {
      return NL;
    }
    try {
      for (Locale.LanguageRange r : Locale.LanguageRange.parse(gevraagd)) {
        String taal = r.getRange().split("-")[0];
        if (taal.equals("nl") || taal.equals("en")) {
          return Locale.forLanguageTag(taal);
        }
      }
    } catch (IllegalArgumentException onleesbaar) {
      // a malformed Accept-Language: the default
    }
    return NL;
  }
}
