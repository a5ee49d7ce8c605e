package nl.regio.wmo.interfaces.rest;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every endpoint of the API as its annotations declare it: method, path template, the media types it reads and
 * writes. The error mapping uses it to say what would have worked (405: which methods, 406: which Accept, 415: which
 * Content-Type), since the container's own errors do not.
 */
final class Eindpunten {

  /** One resource method; {@code pad} is the template below /api, e.g. {@code beschikkingen/{id: [0-9]+}/einddatum}. */
  record Eindpunt(String methode, String pad, Pattern patroon, List<String> leest, List<String> schrijft) {}

  /** The resource classes of the API (EindpuntenTest checks none is missing). */
  static final List<Class<?>> RESOURCES = List.of(AanbiederResource.class, AfrekeningResource.class, AuditResource.class,
      BeschikkingResource.class, ClientResource.class, ContractResource.class, DeclaratieResource.class, PgbResource.class,
      ProductResource.class, PrognoseResource.class, RegioResource.class, TariefResource.class, ToewijzingResource.class);

  static final List<Eindpunt> ALLE = lees();

  private Eindpunten() {}

  /** The endpoints whose template matches this path below /api (with or without a leading slash). */
  static List<Eindpunt> bij(String pad) {
    String p = pad == null ? "" : pad.replaceAll("^/+|/+$", "");
    return ALLE.stream().filter(e -> e.patroon().matcher(p).matches()).toList();
  }

  /** The methods possible on this path, e.g. [GET, PUT]. */
  static Set<String> methoden(String pad) {
    Set<String> m = new LinkedHashSet<>();
    bij(pad).forEach(e -> m.add(e.methode()));
    return m;
  }

  private static List<Eindpunt> lees() {
    List<Eindpunt> alle = new ArrayList<>();
    for (Class<?> klasse : RESOURCES) {
      String basis = klasse.getAnnotation(Path.class).value();
      for (Method m : klasse.getMethods()) {
        String methode = httpMethode(m);
        if (methode == null) {
          continue;
        }
        Path sub = m.getAnnotation(Path.class);
        String pad = sub == null ? basis : basis + "/" + sub.value();
        pad = pad.replaceAll("/+", "/").replaceAll("^/|/$", "");
        alle.add(new Eindpunt(methode, pad, patroon(pad), typen(m.getAnnotation(Consumes.class), klasse.getAnnotation(Consumes.class)),
            typen(m.getAnnotation(Produces.class), klasse.getAnnotation(Produces.class))));
      }
    }
    return List.copyOf(alle);
  }

  private static String httpMethode(Method m) {
    for (Annotation a : m.getAnnotations()) {
      HttpMethod h = a.annotationType().getAnnotation(HttpMethod.class);
      if (h != null) {
        return h.value();
      }
    }
    return null;
  }

  private static List<String> typen(Annotation methode, Annotation klasse) {
    Annotation a = methode != null ? methode : klasse;
    if (a instanceof Consumes c) {
      return Arrays.asList(c.value());
    }
    if (a instanceof Produces p) {
      return Arrays.asList(p.value());
    }
    return List.of();
  }

  /** {@code {naam}} matches one segment, {@code {naam: regex}} its regex; the rest literally. */
  static Pattern patroon(String sjabloon) {
    StringBuilder regex = new StringBuilder();
    Matcher m = Pattern.compile("\\{\\s*\\w+\\s*(?::\\s*([^}]*))?}").matcher(sjabloon);
    int vanaf = 0;
    while (m.find()) {
      regex.append(Pattern.quote(sjabloon.substring(vanaf, m.start())));
      regex.append('(').append(m.group(1) == null ? "[^/]+" : m.group(1).trim()).append(')');
      vanaf = m.end();
    }
    regex.append(Pattern.quote(sjabloon.substring(vanaf)));
    return Pattern.compile(regex.toString());
  }
}
