package nl.regio.wmo.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium from Debian's packages ({@code chromium}, {@code chromium-driver}, installed by {@code .ci/run}),
 * driven by Selenium without any download: a missing browser fails the test, it never skips. Pages are asked in Dutch.
 * Helpers wait on conditions (an element, PrimeFaces' ajax queue idle), never on time; each page can be checked with
 * axe-core (WCAG 2.1 AA: no violation of impact serious or critical) and is saved as a screenshot in
 * {@code target/screenshots/}.
 */
final class Chromium implements AutoCloseable {

  static final Path BROWSER = Path.of("/usr/bin/chromium");
  static final Path DRIVER = Path.of("/usr/bin/chromedriver");

  final WebDriver driver;
  private final String basis;
  private final Path downloads;

  Chromium(String basis) {
    assertTrue(Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER),
        "Chromium and ChromeDriver are needed (apt-get install chromium chromium-driver; .ci/run does it)");
    this.basis = basis;
    ChromeOptions opties = new ChromeOptions();
    opties.setBinary(BROWSER.toFile());
    opties.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1366,900",
        "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--lang=nl-NL", "--accept-lang=nl-NL,nl");
    try {
      downloads = Files.createDirectories(Path.of("target/browser-downloads").toAbsolutePath());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    opties.setExperimentalOption("prefs", Map.of("intl.accept_languages", "nl-NL,nl", "download.default_directory", downloads.toString(),
        "download.prompt_for_download", false));
    ChromeDriverService dienst = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
    driver = new ChromeDriver(dienst, opties);
  }

  void open(String pad) {
    driver.get(basis + pad);
    wachtOpPagina();
  }

  String pad() {
    return driver.getCurrentUrl().substring(basis.length());
  }

  void inloggen(String gebruiker, String wachtwoord) {
    open("/app/inloggen.xhtml");
    typ("inloggen:gebruikersnaam", gebruiker);
    typ("inloggen:wachtwoord", wachtwoord);
    klikEnLaad("inloggen:knop");
  }

  void typ(String id, String tekst) {
    WebElement e = element(id);
    e.clear();
    e.sendKeys(tekst);
  }

  WebElement element(String id) {
    return new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
  }

  boolean bestaat(String id) {
    return !driver.findElements(By.id(id)).isEmpty();
  }

  /**
   * Clicks the element once it is there, visible and enabled. While a page is replaced the driver may answer for a
   * node of the old document ("does not belong to the document", stale, click intercepted by a fading mask): such a try
   * is repeated until the click lands (at most 30 s).
   */
  void klik(String id) {
    wachtOpPagina();
    new WebDriverWait(driver, Duration.ofSeconds(30)).ignoring(WebDriverException.class).until(d -> {
      WebElement e = d.findElement(By.id(id));
      if (!e.isDisplayed() || !e.isEnabled()) {
        return false;
      }
      e.click();
      return true;
    });
  }

  /** Clicks (an ajax action) and waits until PrimeFaces has no ajax request in flight. */
  void klikEnWacht(String id) {
    klikEnWacht(id, Duration.ofSeconds(60));
  }

  /** As {@link #klikEnWacht(String)}, for an action that may take longer (a large file). */
  void klikEnWacht(String id, Duration grens) {
    klik(id);
    wachtOpPagina(grens);
  }

  /** Clicks something that loads a new page (a link, a non-ajax submit) and waits until the new page is there. */
  void klikEnLaad(String id) {
    wachtOpPagina();
    WebElement oud = driver.findElement(By.tagName("html"));
    klik(id);
    // the old page is gone: Chromium says so as "stale" or as "node does not belong to the document"
    new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> {
      try {
        oud.isEnabled();
        return false;
      } catch (WebDriverException weg) {
        return true;
      }
    });
    wachtOpPagina();
  }

  void wachtOpPagina() {
    wachtOpPagina(Duration.ofSeconds(60));
  }

  void wachtOpPagina(Duration grens) {
    new WebDriverWait(driver, grens).ignoring(WebDriverException.class).until(d -> {
      Object klaar = ((JavascriptExecutor) d).executeScript(
          "return document.readyState === 'complete' && (!window.PrimeFaces || !PrimeFaces.ajax || PrimeFaces.ajax.Queue.isEmpty());");
      return Boolean.TRUE.equals(klaar);
    });
  }

  /** Waits until the page's text contains {@code tekst}. */
  void wachtOpTekst(String tekst) {
    wachtOpTekst(tekst, Duration.ofSeconds(30));
  }

  void wachtOpTekst(String tekst, Duration grens) {
    try {
      // a page that is being replaced (a form sent with Enter) answers "stale" or "node does not belong to the
      // document": ask the new one
      new WebDriverWait(driver, grens).ignoring(WebDriverException.class)
          .until(d -> d.findElement(By.tagName("body")).getText().contains(tekst));
    } catch (org.openqa.selenium.TimeoutException e) {
      schermafdruk("mislukt-" + System.nanoTime());
      throw new AssertionError("'" + tekst + "' not on " + driver.getCurrentUrl() + ":\n" + tekst(), e);
    }
  }

  /** Clicks a download button and waits (bounded) until the browser saved {@code naam}; its content as text. */
  String download(String id, String naam) throws Exception {
    return new String(downloadBytes(id, naam), java.nio.charset.StandardCharsets.UTF_8);
  }

  /** As {@link #download}, for a binary file (PDF, XLSX): its bytes. */
  byte[] downloadBytes(String id, String naam) throws Exception {
    Path bestand = downloads.resolve(naam);
    Files.deleteIfExists(bestand);
    klik(id);
    new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> Files.exists(bestand) && !Files.exists(downloads.resolve(naam + ".crdownload")));
    return Files.readAllBytes(bestand);
  }

  /** Closes a PrimeFaces dialog with its close button and waits until it is gone. */
  void sluitDialoog(String id) {
    driver.findElement(By.cssSelector("[id='" + id + "'] .ui-dialog-titlebar-close")).click();
    new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.invisibilityOfElementLocated(By.id(id)));
  }

  String tekst() {
    return driver.findElement(By.tagName("body")).getText();
  }

  /** axe-core on the page as it is now: no violation of impact serious or critical (WCAG 2.1 A and AA). */
  void toegankelijk(String pagina) {
    wachtTotKnoppenKlaar();
    Results r = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze(driver);
    List<Rule> ernstig = r.getViolations().stream().filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact())).toList();
    assertTrue(ernstig.isEmpty(), pagina + ": " + ernstig.stream()
        .map(v -> v.getId() + " (" + v.getImpact() + "): " + v.getHelp() + " " + v.getNodes().stream().limit(3)
            .map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")))
        .collect(Collectors.joining("\n")));
  }

  /**
   * After an ajax request PrimeFaces keeps its button disabled a moment longer (a minimal load animation), then fades it
   * back in (opacity, 0.2 s): axe checking the contrast in between sees a half-transparent button. So wait until no
   * button is loading and no CSS transition runs.
   */
  private void wachtTotKnoppenKlaar() {
    new WebDriverWait(driver, Duration.ofSeconds(10)).ignoring(WebDriverException.class).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
        "return document.querySelectorAll('.ui-state-loading').length === 0"
            + " && document.getAnimations().filter(a => a instanceof CSSTransition).every(a => a.playState !== 'running');")));
  }

  /** Saves the page as {@code target/screenshots/<naam>.png}. */
  void schermafdruk(String naam) {
    try {
      Path map = Path.of("target/screenshots");
      Files.createDirectories(map);
      Files.write(map.resolve(naam + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Checks the page for accessibility and saves its screenshot. */
  void bekijk(String naam) {
    wachtTotKnoppenKlaar();
    schermafdruk(naam);
    toegankelijk(naam);
  }

  @Override
  public void close() {
    driver.quit();
  }
}
