package nl.regio.wmo.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Walks every endpoint of the API (found by reflection over the JAX-RS resource classes) with malformed, empty,
 * over-long and wrongly typed path, query and body values, as a user whose role may call it: never a 5xx, and every
 * 4xx is problem+json. Only this class's own Payara and H2 see the requests.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EindpuntenIT {

  private static final String LANG = "x".repeat(10_000);

  /** Values no endpoint should choke on; each is tried in every path and query parameter. */
  private static final List<String> SLECHT = List.of("abc", " ", "-1", "0", "1.5", "99999999999999999999", "2026-13-45", "2026-02-30",
      "' OR '1'='1", "<script>alert(1)</script>", "%", "\u0000", "é€𝄞", "../../etc/passwd", LANG);

  private static final Map<String, String> GEBRUIKER_PER_ROL = Map.of("contractbeheer", "contractbeheer", "consulent", "consulent",
      "financien", "financien1", "auditor", "auditor", "aanbieder", "aanbieder-98000011");

  private static final String FOUTE_VORM = """
      {"naam":123,"agbCode":[1],"iban":{"a":1},"ingangsdatum":"gisteren","einddatum":20260101,"bedragCent":"veel","id":"x",
       "maand":{"a":1},"reden":false,"productCodes":"07A01","gemeenteCodes":[null],"klasse":"twee","datum":"2026-02-30",
       "bsn":123456789,"categorie":[],"eenheid":true,"code":null,"nummer":1.5,"leveringsvorm":"ZIN PGB","volume":-1e400}""";

  record Eindpunt(String methode, String pad, List<String> padParameters, List<String> queryParameters, List<String> leest, String gebruiker) {}

  record Poging(String gebruiker, String methode, String pad, String contentType, String body, String accept) {
    @Override
    public String toString() {
      return methode + " " + (pad.length() > 150 ? pad.substring(0, 150) + "…" : pad) + (contentType == null ? "" : " [" + contentType + "]")
          + (body == null ? "" : " body " + (body.length() > 60 ? body.substring(0, 60) + "…" : body).replace('\n', ' '))
          + (accept == null ? "" : " Accept " + accept);
    }
  }

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.war();
  }

  @ArquillianResource URL url;

  @Test
  void geenEnkelEindpuntGeeftEen500() throws Exception {
    Api api = new Api(url);
    List<Eindpunt> eindpunten = eindpunten();
    List<Poging> pogingen = new ArrayList<>();
    for (Eindpunt e : eindpunten) {
      pogingen.addAll(pogingen(e));
    }
    List<String> fout = new ArrayList<>();
    int i = 0;
    int httpLaag = 0;
    for (Poging p : pogingen) {
      Api.Antwoord a;
      try {
        a = api.verzoek(p.gebruiker(), "demo", p.methode(), p.pad(), p.contentType(), p.body(), p.accept());
      } catch (java.io.UncheckedIOException verbroken) {
        // the server may close a kept-alive connection after answering a request before reading all of its body
        a = api.verzoek(p.gebruiker(), "demo", p.methode(), p.pad(), p.contentType(), p.body(), p.accept());
      }
      i++;
      if (a.status() == 400 && a.contentType().isEmpty() && a.body().isEmpty() && (p.pad().length() > 8000 || p.pad().contains("%00"))) {
        // refused by the HTTP layer (Grizzly: request line over 8 KB, NUL in the path) before the app sees it
        httpLaag++;
        continue;
      }
      if (a.status() >= 500) {
        fout.add(a.status() + " " + p + " -> " + kort(a.body()));
      } else if (a.status() >= 400 && !a.contentType().startsWith("application/problem+json")) {
        fout.add(a.status() + " zonder problem+json (" + a.contentType() + ") " + p + " -> " + kort(a.body()));
      } else if (a.status() == 401 || a.status() == 429) {
        fout.add(a.status() + " (inlog) " + p);
      }
    }
    System.out.println("EindpuntenIT: " + eindpunten.size() + " eindpunten, " + i + " invoeren geprobeerd, " + httpLaag
        + " daarvan door de HTTP-laag geweigerd (400 zonder inhoud: URL langer dan 8 kB of NUL in het pad), " + fout.size() + " fout");
    fout.forEach(f -> System.out.println("  " + f));
    assertTrue(i >= 500, "te weinig invoeren: " + i);
    assertTrue(fout.isEmpty(), fout.size() + " fout:\n" + String.join("\n", fout.subList(0, Math.min(fout.size(), 60))));
  }

  private static String kort(String s) {
    return s.length() > 300 ? s.substring(0, 300) + "…" : s;
  }

  /** Every input for one endpoint: each path and each query parameter malformed in turn, then the bodies. */
  private static List<Poging> pogingen(Eindpunt e) {
    List<Poging> uit = new ArrayList<>();
    String[] standaardBody = standaardBody(e);
    for (String p : e.padParameters()) {
      for (String v : SLECHT) {
        if (!v.isBlank()) {
          uit.add(new Poging(e.gebruiker(), e.methode(), pad(e, p, v), standaardBody[0], standaardBody[1], null));
        }
      }
    }
    for (String q : e.queryParameters()) {
      for (String v : Stream.concat(Stream.of(""), SLECHT.stream()).toList()) {
        uit.add(new Poging(e.gebruiker(), e.methode(), pad(e, null, null) + "?" + q + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8),
            standaardBody[0], standaardBody[1], null));
      }
    }
    if (e.methode().equals("POST") || e.methode().equals("PUT")) {
      for (String[] b : bodies(e)) {
        uit.add(new Poging(e.gebruiker(), e.methode(), pad(e, null, null), b[0], b[1], null));
      }
    }
    uit.add(new Poging(e.gebruiker(), e.methode(), pad(e, null, null), standaardBody[0], standaardBody[1], "application/x-onzin"));
    return uit;
  }

  private static String[] standaardBody(Eindpunt e) {
    if (!e.methode().equals("POST") && !e.methode().equals("PUT")) {
      return new String[] {null, null};
    }
    if (e.leest().contains("application/xml")) {
      return new String[] {"application/xml", "<a/>"};
    }
    if (e.leest().contains("text/csv")) {
      return new String[] {"text/csv", "x"};
    }
    return new String[] {"application/json", "{}"};
  }

  private static List<String[]> bodies(Eindpunt e) {
    if (e.leest().contains("application/xml")) {
      return List.of(new String[] {"application/xml", ""}, new String[] {"application/xml", "niet xml"}, new String[] {"application/xml", "<a>"},
          new String[] {"application/xml", "<?xml version=\"1.0\"?><!DOCTYPE a [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><a>&x;</a>"},
          new String[] {"application/xml", "<a>" + LANG + "</a>"}, new String[] {"application/json", "{}"},
          new String[] {"text/plain", "x"}, new String[] {null, null});
    }
    if (e.leest().contains("text/csv")) {
      return List.of(new String[] {"text/csv", ""}, new String[] {"text/csv", "a;b\n1;2"}, new String[] {"text/csv", LANG},
          new String[] {"text/csv", "\"open"}, new String[] {"application/json", "{}"}, new String[] {null, null});
    }
    return List.of(new String[] {"application/json", ""}, new String[] {"application/json", "niet json"}, new String[] {"application/json", "{"},
        new String[] {"application/json", "[]"}, new String[] {"application/json", "null"}, new String[] {"application/json", "42"},
        new String[] {"application/json", "{\"onbekend\":1}"}, new String[] {"application/json", FOUTE_VORM},
        new String[] {"application/json", "\"" + LANG + "\""}, new String[] {"application/json", "{\"naam\":\"" + LANG + "\",\"maand\":\"" + LANG + "\",\"reden\":\"" + LANG + "\"}"},
        new String[] {"application/json", "{\"a\":" + "[".repeat(5000) + "]".repeat(5000) + "}"},
        new String[] {"text/plain", "{}"}, new String[] {"application/xml", "<a/>"}, new String[] {null, "{}"});
  }

  /** The endpoint's path with baseline values, and {@code parameter} set to {@code waarde} (encoded). */
  private static String pad(Eindpunt e, String parameter, String waarde) {
    Matcher m = Pattern.compile("\\{\\s*(\\w+)[^}]*}").matcher(e.pad());
    StringBuilder sb = new StringBuilder("/api/");
    while (m.find()) {
      String naam = m.group(1);
      String v = naam.equals(parameter) ? waarde : naam.toLowerCase().contains("agb") ? "98000011" : "1";
      m.appendReplacement(sb, Matcher.quoteReplacement(URLEncoder.encode(v, StandardCharsets.UTF_8).replace("+", "%20")));
    }
    m.appendTail(sb);
    return sb.toString();
  }

  /** The resource methods of the API, by reflection over the compiled resource classes. */
  static List<Eindpunt> eindpunten() throws IOException, ClassNotFoundException {
    java.nio.file.Path map = java.nio.file.Path.of("target/classes/nl/regio/wmo/interfaces/rest");
    List<Eindpunt> uit = new ArrayList<>();
    try (Stream<java.nio.file.Path> bestanden = Files.list(map)) {
      for (java.nio.file.Path b : bestanden.sorted().toList()) {
        String naam = b.getFileName().toString();
        if (!naam.endsWith(".class") || naam.contains("$")) {
          continue;
        }
        Class<?> k = Class.forName("nl.regio.wmo.interfaces.rest." + naam.replace(".class", ""), false, EindpuntenIT.class.getClassLoader());
        Path basis = k.getAnnotation(Path.class);
        if (basis == null) {
          continue;
        }
        for (Method m : k.getDeclaredMethods()) {
          String methode = Arrays.stream(m.getAnnotations()).map(a -> a.annotationType().getAnnotation(HttpMethod.class))
              .filter(h -> h != null).map(HttpMethod::value).findFirst().orElse(null);
          if (methode == null) {
            continue;
          }
          Path sub = m.getAnnotation(Path.class);
          String pad = (basis.value() + (sub == null ? "" : "/" + sub.value())).replaceAll("/+", "/").replaceAll("^/|/$", "");
          List<String> padParameters = new ArrayList<>();
          Matcher pm = Pattern.compile("\\{\\s*(\\w+)").matcher(pad);
          while (pm.find()) {
            padParameters.add(pm.group(1));
          }
          List<String> query = new ArrayList<>();
          for (Parameter p : m.getParameters()) {
            QueryParam q = p.getAnnotation(QueryParam.class);
            if (q != null) {
              query.add(q.value());
            }
          }
          Consumes c = m.getAnnotation(Consumes.class) != null ? m.getAnnotation(Consumes.class) : k.getAnnotation(Consumes.class);
          RolesAllowed r = m.getAnnotation(RolesAllowed.class) != null ? m.getAnnotation(RolesAllowed.class) : k.getAnnotation(RolesAllowed.class);
          String gebruiker = r == null || r.value().length == 0 ? "auditor" : GEBRUIKER_PER_ROL.getOrDefault(r.value()[0], "auditor");
          uit.add(new Eindpunt(methode, pad, padParameters, query, c == null ? List.of() : List.of(c.value()), gebruiker));
        }
      }
    }
    assertTrue(uit.size() >= 40, "eindpunten gevonden: " + uit.size());
    return uit;
  }
}
