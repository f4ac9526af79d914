package nl.samenspraak.itests;

import static org.junit.Assert.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium, headless, through Debian's chromedriver, with or without JavaScript. A missing browser
 * fails the test (never skips it): {@code apt-get install chromium chromium-driver}.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private final ChromeDriver driver;
    private final Path profiel;
    private final boolean javascript;
    private final String basis;

    Browser(String basis, boolean javascript) {
        assertTrue("Chromium is missing at " + CHROMIUM + ": apt-get install -y chromium chromium-driver",
                Files.isExecutable(CHROMIUM));
        assertTrue("chromedriver is missing at " + CHROMEDRIVER + ": apt-get install -y chromium chromium-driver",
                Files.isExecutable(CHROMEDRIVER));
        this.basis = basis;
        this.javascript = javascript;
        try {
            profiel = Files.createTempDirectory("samenspraak-chromium");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--user-data-dir=" + profiel, "--window-size=1280,900", "--lang=nl-NL");
        if (!javascript) {
            options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
        }
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    ChromeDriver driver() {
        return driver;
    }

    boolean javascript() {
        return javascript;
    }

    Browser open(String pad) {
        driver.get(basis + pad);
        return this;
    }

    String pad() {
        String url = driver.getCurrentUrl();
        return url.startsWith(basis) ? url.substring(basis.length()) : url;
    }

    String titel() {
        return driver.getTitle();
    }

    String h1() {
        return driver.findElement(By.tagName("h1")).getText();
    }

    String tekst() {
        return driver.findElement(By.tagName("body")).getText();
    }

    WebElement veld(String naam) {
        return driver.findElement(By.name(naam));
    }

    Browser typ(String naam, String waarde) {
        WebElement veld = veld(naam);
        veld.clear();
        veld.sendKeys(waarde);
        return this;
    }

    Browser kies(String naam, String waarde) {
        for (WebElement element : driver.findElements(By.name(naam))) {
            if (waarde.equals(element.getAttribute("value")) && !element.isSelected()) {
                element.sendKeys(Keys.SPACE);
            }
        }
        return this;
    }

    Browser ontkies(String naam, String waarde) {
        for (WebElement element : driver.findElements(By.name(naam))) {
            if (waarde.equals(element.getAttribute("value")) && element.isSelected()) {
                element.sendKeys(Keys.SPACE);
            }
        }
        return this;
    }

    Browser selecteer(String naam, String waarde) {
        new org.openqa.selenium.support.ui.Select(veld(naam)).selectByValue(waarde);
        return this;
    }

    /** Presses the submit button with this text. */
    Browser druk(String knop) {
        return activeer(driver.findElement(By.xpath("//button[normalize-space(.)='" + knop + "']")));
    }

    /** Follows the link with this text to its page. */
    Browser klik(String linktekst) {
        return activeer(driver.findElement(By.linkText(linktekst)));
    }

    /**
     * Activates a link or button with Enter, as a keyboard user does, and waits for the next page. A click may land on
     * another element where the target sits low on a long page or after the window was resized for a screenshot; Enter
     * activates exactly this element (a button's name and value are sent).
     */
    Browser activeer(WebElement element) {
        element.sendKeys(Keys.ENTER);
        // unlike click(), a key press does not wait for the next page: wait until this one is gone. While Chromium
        // swaps documents it may answer "Node with given id does not belong to the document" instead of "stale
        // element": that is the same moment, so ask again
        new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(60))
                .ignoring(org.openqa.selenium.WebDriverException.class)
                .until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(element));
        return this;
    }

    List<WebElement> alle(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    /** The page's markup as the browser holds it, with the doctype the parser dropped from the DOM. */
    String html() {
        return "<!DOCTYPE html>\n" + (String) ((JavascriptExecutor) driver)
                .executeScript("return document.documentElement.outerHTML;");
    }

    /**
     * What makes the page scroll sideways at this window width: empty when the page fits (WCAG 1.4.10 Reflow),
     * otherwise the page's width and the outermost elements that stick out. The window is as wide as the viewport
     * here, so the root's client width is what the reader sees, with or without a vertical scroll bar.
     */
    String teBreedOp(int breedte) {
        try {
            driver.manage().window().setSize(new Dimension(breedte, 900));
            return (String) ((JavascriptExecutor) driver).executeScript("""
                    const root = document.documentElement;
                    const zichtbaar = root.clientWidth;
                    if (root.scrollWidth <= zichtbaar) {
                      return '';
                    }
                    const steektUit = e => e.getBoundingClientRect().right > zichtbaar + 0.5;
                    const namen = [];
                    for (const e of document.body.querySelectorAll('*')) {
                      if (steektUit(e) && !(e.parentElement && steektUit(e.parentElement)) && namen.length < 8) {
                        namen.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
                            + (e.classList.length ? '.' + [...e.classList].join('.') : '')
                            + ' (right edge ' + Math.round(e.getBoundingClientRect().right) + ' px)');
                      }
                    }
                    return 'the page is ' + root.scrollWidth + ' px wide in a ' + zichtbaar + ' px viewport; sticking out: '
                        + namen.join(', ');
                    """);
        } finally {
            driver.manage().window().setSize(new Dimension(1280, 900));
        }
    }

    /**
     * The error messages on this page that are not tied to their field or group: each must sit in a form field or a
     * fieldset that shows the red bar at its start (as Utrecht's {@code --invalid} modifiers draw it) and be named in
     * the aria-describedby of its control or fieldset. Empty when all are.
     */
    List<String> losseFoutmeldingen() {
        @SuppressWarnings("unchecked")
        List<String> los = (List<String>) ((JavascriptExecutor) driver).executeScript("""
                const los = [];
                for (const melding of document.querySelectorAll('.utrecht-form-field-error-message')) {
                  const houder = melding.closest('.utrecht-form-field, fieldset');
                  const wie = (melding.id || '(no id)') + ': ' + melding.textContent.trim();
                  if (!houder) {
                    los.push(wie + ' is in no form field or fieldset');
                    continue;
                  }
                  const stijl = getComputedStyle(houder);
                  if (stijl.borderInlineStartStyle === 'none' || parseFloat(stijl.borderInlineStartWidth) < 2) {
                    los.push(wie + ' is in a ' + houder.tagName.toLowerCase() + ' without the red bar');
                  }
                  const beschreven = houder.tagName === 'FIELDSET' ? [houder]
                      : [...houder.querySelectorAll('input, select, textarea')];
                  if (!beschreven.some(e => (e.getAttribute('aria-describedby') || '').split(/\\s+/).includes(melding.id))) {
                    los.push(wie + ' is not in the aria-describedby of its ' + (houder.tagName === 'FIELDSET' ? 'fieldset' : 'field'));
                  }
                }
                return los;
                """);
        return los;
    }

    /** A full-page screenshot at this width (the window is made as high as the page). */
    void screenshot(Path bestand, int breedte) {
        try {
            driver.manage().window().setSize(new Dimension(breedte, 900));
            Number hoogte = (Number) ((JavascriptExecutor) driver)
                    .executeScript("return Math.max(document.documentElement.scrollHeight, document.body.scrollHeight);");
            driver.manage().window().setSize(new Dimension(breedte, Math.min(20_000, hoogte.intValue() + 120)));
            Files.createDirectories(bestand.getParent());
            Files.write(bestand, driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            driver.manage().window().setSize(new Dimension(1280, 900));
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            deleteQuietly(profiel.toFile());
        }
    }

    private static void deleteQuietly(File file) {
        File[] children = file.listFiles();
        if (children != null) {
            for (File child : children) {
                deleteQuietly(child);
            }
        }
        file.delete();
    }
}
