package nl.regio.wmo.interfaces.rest;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * The error page for errors the container answers before the API sees the request (401 without
 * or with wrong credentials, 403, 404 outside /api, 400 for a request it cannot read, 500 for an exception outside
 * the API): the same problem+json, in Dutch, as the API's own errors.
 */
@WebServlet("/fout")
public class FoutpaginaServlet extends HttpServlet {

  private static final Map<Integer, String[]> TEKSTEN =
      Map.of(
          401, new String[] {"Niet ingelogd", "Log in met gebruikersnaam en wachtwoord (HTTP Basic)."},
          403, new String[] {"Geen toegang", "Uw rol geeft geen toegang tot deze handeling."},
          404, new String[] {"Niet gevonden", "Deze pagina of dit endpoint bestaat niet."},
          405, new String[] {"Methode niet toegestaan", "Deze HTTP-methode kan hier niet."},
          400, new String[] {"Ongeldig verzoek", "Het verzoek is niet te lezen (adres, headers of inhoud)."},
          406, new String[] {"Niet aanvaardbaar", "Dit endpoint levert niet wat de Accept-header vraagt."},
          415, new String[] {"Verkeerd mediatype", "Dit endpoint leest dit Content-Type niet; de API leest application/json, declaraties application/xml."},
          500, new String[] {"Interne fout", "Er ging iets mis aan onze kant."},
          503, new String[] {"Tijdelijk niet beschikbaar", "De dienst is tijdelijk niet beschikbaar; probeer het over enkele seconden opnieuw."});

  private final Jsonb jsonb = JsonbBuilder.create();

  @Override
  protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    Object code = req.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    int status = code instanceof Integer i ? i : resp.getStatus();
    String[] tekst = TEKSTEN.getOrDefault(status, new String[] {"Fout", "Er ging iets mis."});
    resp.setStatus(status);
    Object pad = req.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    if (pad instanceof String p && p.startsWith(req.getContextPath() + "/app")) {
      pagina(req, resp, tekst); // a person in a browser: a page in words, never JSON or a stack trace
      return;
    }
    resp.setContentType(Probleem.MEDIA_TYPE);
    resp.setCharacterEncoding(StandardCharsets.UTF_8.name());
    resp.getWriter().write(jsonb.toJson(new Probleem("about:blank", tekst[0], status, tekst[1], List.of())));
  }

  private static void pagina(HttpServletRequest req, HttpServletResponse resp, String[] tekst) throws IOException {
    resp.setContentType("text/html");
    resp.setCharacterEncoding(StandardCharsets.UTF_8.name());
    String titel = tekst[0].replace("<", "&lt;");
    resp.getWriter().write("<!DOCTYPE html><html lang=\"nl\"><head><meta charset=\"UTF-8\"><title>" + titel
        + " – Wmo-afrekening</title></head><body><main><h1>" + titel + "</h1><p>" + tekst[1].replace("<", "&lt;")
        + "</p><p><a href=\"" + req.getContextPath() + "/app/\">Naar de startpagina</a></p></main></body></html>");
  }
}
