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
