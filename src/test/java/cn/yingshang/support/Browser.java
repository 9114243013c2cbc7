package cn.yingshang.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Real headless Chromium (Debian's chromium and chromium-driver) driven over WebDriver.
 * Screenshots of failures land in target/screenshots.
 */
public final class Browser implements AutoCloseable {

    private final ChromeDriver driver;
    private final String base;

    public Browser(int port) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getenv().getOrDefault("CHROMIUM_BINARY", "/usr/bin/chromium"));
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-dev-shm-usage", "--no-first-run", "--disable-sync",
                "--window-size=1280,900", "--lang=zh-CN");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new java.io.File(System.getenv().getOrDefault("CHROMEDRIVER", "/usr/bin/chromedriver")))
                .build();
        this.driver = new ChromeDriver(service, options);
        this.driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
        this.base = "http://127.0.0.1:" + port;
    }

    public WebDriver driver() {
        return driver;
    }

    public void open(String path) {
        driver.get(base + path);
    }

    public void login(String username, String password) {
        open("/login");
        find(By.id("username")).sendKeys(username);
        find(By.id("password")).sendKeys(password);
        find(By.cssSelector("form button[type=submit]")).click();
        waitUntil(d -> !d.getCurrentUrl().contains("/login"));
    }

    public WebElement find(By by) {
        return driver.findElement(by);
    }

    public String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    public <T> T waitUntil(Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, Duration.ofSeconds(30)).until(condition::apply);
    }

    public void waitForText(String text) {
        waitUntil(d -> d.findElement(By.tagName("body")).getText().contains(text));
    }

    public Path screenshot(String name) {
        try {
            Path dir = Path.of("target", "screenshots");
            Files.createDirectories(dir);
            Path file = dir.resolve(name + ".png");
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
