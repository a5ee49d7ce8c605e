package nl.regio.wmo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.ThreadLocalRandom;

/** A small HTTP client for the deployed app, on loopback, with Basic authentication. */
final class Api {

  private final String basis;
  private final String root;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  Api(URL deployed) {
    // Arquillian reports the machine's outward address and the war's name as path; the tests talk to loopback only,
    // and the app's context root is "/" (glassfish-web.xml), whatever the war is called.
    this.root = "http://127.0.0.1:" + deployed.getPort();
    this.basis = root;
    System.out.println("IT tegen " + basis + " (Arquillian meldde " + deployed + ")");
  }

  record Antwoord(int status, String contentType, String body, HttpResponse<String> raw) {
    JsonObject json() {
      return Json.createReader(new StringReader(body)).readObject();
    }

    JsonArray jsonArray() {
      return Json.createReader(new StringReader(body)).readArray();
    }

    Antwoord verwacht(int verwacht) {
      assertEquals(verwacht, status, () -> "HTTP " + status + ": " + body);
      return this;
    }
  }

  Antwoord get(String gebruiker, String pad) {
    return stuur(gebruiker, HttpRequest.newBuilder(uri(pad)).GET());
  }

  /** Server-level endpoints (health, OpenAPI) live at the root, not under the app's context. */
  Antwoord vanafRoot(String gebruiker, String pad) {
    return stuur(gebruiker, HttpRequest.newBuilder(URI.create(root + pad)).GET());
  }

  Antwoord post(String gebruiker, String pad, String json) {
    return stuur(gebruiker, HttpRequest.newBuilder(uri(pad)).POST(HttpRequest.BodyPublishers.ofString(json)).header("Content-Type", "application/json"));
  }

  Antwoord postXml(String gebruiker, String pad, String xml) {
    return stuur(gebruiker, HttpRequest.newBuilder(uri(pad)).POST(HttpRequest.BodyPublishers.ofString(xml)).header("Content-Type", "application/xml"));
  }

  Antwoord put(String gebruiker, String pad, String json) {
    return stuur(gebruiker, HttpRequest.newBuilder(uri(pad)).PUT(HttpRequest.BodyPublishers.ofString(json)).header("Content-Type", "application/json"));
  }

  Antwoord delete(String gebruiker, String pad) {
    return stuur(gebruiker, HttpRequest.newBuilder(uri(pad)).DELETE());
  }

  /** A download: status, content type and the raw bytes. */
  record Bestand(int status, String contentType, byte[] inhoud) {
    Bestand verwacht(int verwacht) {
      assertEquals(verwacht, status, () -> "HTTP " + status + ": " + new String(inhoud, StandardCharsets.UTF_8));
      return this;
    }

    /** The text of a PDF download (PDFBox), non-breaking spaces as spaces. */
    String pdfTekst() {
      org.junit.jupiter.api.Assertions.assertTrue(contentType.startsWith("application/pdf"), contentType);
      try (org.apache.pdfbox.pdmodel.PDDocument d = org.apache.pdfbox.Loader.loadPDF(inhoud)) {
        return new org.apache.pdfbox.text.PDFTextStripper().getText(d).replace('\u00a0', ' ');
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  Bestand download(String gebruiker, String pad) {
    HttpRequest.Builder b = HttpRequest.newBuilder(uri(pad)).GET().timeout(Duration.ofSeconds(60));
    b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((gebruiker + ":demo").getBytes(StandardCharsets.UTF_8)));
    try {
      HttpResponse<byte[]> r = http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
      return new Bestand(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  Antwoord getMetWachtwoord(String gebruiker, String wachtwoord, String pad) {
    HttpRequest.Builder b = HttpRequest.newBuilder(uri(pad)).GET();
    b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((gebruiker + ":" + wachtwoord).getBytes(StandardCharsets.UTF_8)));
    return verstuur(b);
  }

  /**
   * Any request: method, path (already encoded), optional credentials ({@code wachtwoord} null = none), Content-Type
   * and body (null = none), Accept (null = none).
   */
  Antwoord verzoek(String gebruiker, String wachtwoord, String methode, String pad, String contentType, String body, String accept) {
    HttpRequest.Builder b = HttpRequest.newBuilder(uri(pad)).version(HttpClient.Version.HTTP_1_1)
        .method(methode, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    if (wachtwoord != null) {
      b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((gebruiker + ":" + wachtwoord).getBytes(StandardCharsets.UTF_8)));
    }
    if (contentType != null) {
      b.header("Content-Type", contentType);
    }
    if (accept != null) {
      b.header("Accept", accept);
    }
    return verstuur(b);
  }

  private URI uri(String pad) {
    return URI.create(basis + pad);
  }

  private Antwoord stuur(String gebruiker, HttpRequest.Builder b) {
    if (gebruiker != null) {
      b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((gebruiker + ":demo").getBytes(StandardCharsets.UTF_8)));
    }
    return verstuur(b);
  }

  private Antwoord verstuur(HttpRequest.Builder b) {
    try {
      HttpResponse<String> r = http.send(b.timeout(Duration.ofSeconds(180)).build(), HttpResponse.BodyHandlers.ofString());
      return new Antwoord(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body(), r);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A fresh 8-digit AGB code in the 97 range, so tests never collide with demo data or each other. */
  static String nieuweAgb() {
    return "97" + String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000));
  }

  /** A fresh 5-character product code. */
  static String nieuweProductcode() {
    return "T" + String.format("%04d", ThreadLocalRandom.current().nextInt(10_000));
  }

  static String str(JsonObject o, String veld) {
    JsonValue v = o.get(veld);
    return v == null || v.getValueType() == JsonValue.ValueType.NULL ? null : o.getString(veld);
  }
}
