package cn.zhaoshang.local;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The 通灵 story in the web console, in a real browser (Debian's headless Chromium over WebDriver) against the whole
 * stack with Keycloak: the enterprise logs in on a phone-sized window and submits the power-line 诉求; 张伟 of the team,
 * logged in elsewhere, sees it arrive in his queue without reloading, accepts and resolves it; the enterprise hears of it
 * live and confirms with a rating; 王军's board counts it in the district's daily brief; the admin's pages open; logout
 * ends the session at Keycloak. Every page is saved as a screenshot at 375 and 1280 px; any error in the browser's
 * console (a script error, a refused resource, a Content-Security-Policy violation) fails the test.
 */
class ConsoleStoryIT {

    private static final int OFFSET = 15000;
    private static final int PHONE = 375;
    private static final int DESK = 1280;
    private static final String TICKET_TITLE = "10千伏杆线阻挡施工";

    @TempDir(cleanup = CleanupMode.ON_SUCCESS)
    Path data;
    @TempDir
    Path browserProfiles;

    private final List<WebDriver> browsers = new ArrayList<>();
    private final Map<String, Long> pageTimings = new LinkedHashMap<>();
    private final Path screenshots = Path.of(System.getProperty("console.screenshots", "target/console-screenshots"));
    private String console;

    @AfterEach
    void closeBrowsers() throws Exception {
        // what each browser showed last, for a failure's report
        for (int i = 0; i < browsers.size(); i++) {
            try {
                Files.writeString(screenshots.resolve("last-page-" + i + ".html"),
                        browsers.get(i).getCurrentUrl() + "\n" + browsers.get(i).getPageSource());
            } catch (RuntimeException e) {
                // the browser is gone; nothing to keep
            }
        }
        browsers.forEach(WebDriver::quit);
    }

    @Test
    void theTonglingStoryThroughTheConsole() throws Exception {
        requireBrowser();
        Files.createDirectories(screenshots);
        try (RunningStack stack = RunningStack.start(data, OFFSET, Map.of(), "--keycloak")) {
            console = "http://localhost:" + (8088 + OFFSET);

            // 张伟 opens his queue first, on a desk
            WebDriver team = browser(DESK);
            logIn(team, "zhang.wei", "keycloak-login");
            assertTrue(team.getCurrentUrl().endsWith("/queue"), team.getCurrentUrl());
            page(team, "team-queue-empty");
            ((JavascriptExecutor) team).executeScript("window.stillTheSamePage = true;");
            awaitLiveStream(team);

            // the enterprise, on a phone: its project, then the 诉求 (a refused form keeps what was typed)
            WebDriver enterprise = browser(PHONE);
            logIn(enterprise, "tongling", null);
            assertTrue(enterprise.getCurrentUrl().endsWith("/projects"), enterprise.getCurrentUrl());
            page(enterprise, "enterprise-projects");
            tokensStayOnTheServer(enterprise);
            // the keyboard reaches the skip link first, and it is visible when focused
            enterprise.findElement(By.tagName("body")).sendKeys(Keys.TAB);
            WebElement focused = enterprise.switchTo().activeElement();
            assertEquals("跳到正文", focused.getText());
            assertTrue(focused.getLocation().getX() >= 0, "the focused skip link is on screen");
            clickAndWait(enterprise, enterprise.findElement(By.linkText("通灵智能光伏接线盒项目")));
            page(enterprise, "enterprise-project");
            new Select(enterprise.findElement(By.id("category"))).selectByValue("POWER_LINE_RELOCATION");
            enterprise.findElement(By.id("description")).sendKeys("地块内一条10千伏线路和两根电杆需迁改，影响12月开工");
            new Select(enterprise.findElement(By.id("blocksMilestone"))).selectByValue("CONSTRUCTION_STARTED");
            enterprise.findElement(By.id("contact")).sendKeys("严经理 13800000000");
            // the browser's own check would stop an empty title: send a blank one past it, as a hand-made request would
            enterprise.findElement(By.id("title")).sendKeys("   ");
            submit(enterprise, "提交诉求");
            String refusal = enterprise.findElement(By.id("submit-error")).getText();
            assertTrue(refusal.contains("标题不能为空"), refusal);
            assertEquals("地块内一条10千伏线路和两根电杆需迁改，影响12月开工",
                    enterprise.findElement(By.id("description")).getAttribute("value"), "what was typed is kept");
            page(enterprise, "enterprise-submit-refused", false);
            enterprise.findElement(By.id("title")).clear();
            enterprise.findElement(By.id("title")).sendKeys(TICKET_TITLE);
            submit(enterprise, "提交诉求");
            assertTrue(enterprise.findElement(By.className("flash")).getText().startsWith("诉求已提交，专班将在"),
                    enterprise.findElement(By.className("flash")).getText());
            assertEquals("待受理", enterprise.findElement(By.id("ticket-status")).getText());
            String ticketUrl = enterprise.getCurrentUrl();
            page(enterprise, "enterprise-ticket-submitted");

            // it appears in 张伟's queue, without a reload
            wait(team, Duration.ofSeconds(20)).until(d -> d.findElement(By.id("lane-new")).getText().contains("1")
                    && d.findElement(By.id("queue")).getText().contains(TICKET_TITLE));
            assertEquals(Boolean.TRUE, ((JavascriptExecutor) team).executeScript("return window.stillTheSamePage === true;"),
                    "the queue was updated in place");
            assertTrue(team.findElement(By.id("live-note")).getText().contains(TICKET_TITLE), "a live note says what arrived");
            page(team, "team-queue-new-ticket");
            clickAndWait(team, team.findElement(By.linkText(TICKET_TITLE)));
            page(team, "team-ticket");
            clickAndWait(team, team.findElement(By.id("accept")));
            assertTrue(team.findElement(By.className("flash")).getText().contains("已受理"));
            team.findElement(By.id("comment")).sendKeys("已约供电公司现场踏勘");
            submit(team, "添加留言");
            team.findElement(By.id("resolution")).sendKeys("供电公司已完成杆线迁改，场地具备开工条件");
            clickAndWait(team, team.findElement(By.id("resolve")));
            assertEquals("已办结（待确认）", team.findElement(By.id("ticket-status")).getText());
            page(team, "team-ticket-resolved");

            // the enterprise hears of it live, reads the public timeline (not the internal note) and confirms
            wait(enterprise, Duration.ofSeconds(20)).until(d -> d.findElement(By.id("live-note")).getText().contains("办理"));
            wait(enterprise, Duration.ofSeconds(10)).until(d -> !d.findElement(By.id("bell-count")).getText().isBlank());
            enterprise.get(ticketUrl);
            assertFalse(enterprise.getPageSource().contains("已约供电公司现场踏勘"), "internal notes stay within the team");
            page(enterprise, "enterprise-ticket-resolved");
            enterprise.findElement(By.cssSelector("input[name=rating][value='5']")).click();
            enterprise.findElement(By.id("confirm-comment")).sendKeys("响应及时，迁改顺利");
            submit(enterprise, "确认解决");
            assertEquals("已关闭", enterprise.findElement(By.id("ticket-status")).getText());
            enterprise.get(console + "/inbox");
            assertTrue(enterprise.findElement(By.id("inbox")).getText().contains("诉求已受理"), "the inbox behind the bell");
            page(enterprise, "enterprise-inbox");

            // 王军's board counts it in the district's daily brief
            WebDriver supervisor = browser(DESK);
            logIn(supervisor, "wang.jun", null);
            assertTrue(supervisor.getCurrentUrl().endsWith("/board"), supervisor.getCurrentUrl());
            wait(supervisor, Duration.ofSeconds(30)).until(d -> {
                if (d.findElement(By.id("brief-h")).findElement(By.xpath("..")).getText().contains("办结 1 件")) {
                    return true;
                }
                d.navigate().refresh();
                return false;
            });
            String risks = supervisor.findElement(By.className("risks")).getText();
            assertTrue(risks.contains("通灵智能光伏接线盒项目"), risks);
            assertTrue(supervisor.findElements(By.cssSelector("svg.chart")).size() >= 2, "targets and ranking as charts");
            page(supervisor, "supervisor-board");

            // the admin's pages
            WebDriver admin = browser(DESK);
            logIn(admin, "admin", null);
            assertTrue(admin.getCurrentUrl().endsWith("/admin"), admin.getCurrentUrl());
            assertTrue(admin.getPageSource().contains("POST /api/v1/tickets/"), "the audit trail shows the story");
            page(admin, "admin");

            // logout ends the session at Keycloak: the console asks to log in again
            submit(enterprise, "退出");
            wait(enterprise, Duration.ofSeconds(15)).until(d -> d.getCurrentUrl().startsWith(console + "/signed-out"));
            page(enterprise, "signed-out");
            enterprise.get(console + "/projects");
            wait(enterprise, Duration.ofSeconds(15)).until(d -> !d.findElements(By.id("username")).isEmpty());

            System.out.println("[console] each page opened (navigation start to DOMContentLoaded, ms): " + pageTimings);
            pageTimings.forEach((name, millis) -> assertTrue(millis < 1000, name + " took " + millis + " ms to show"));
        }
    }

    /**
     * No token in the browser: nothing in its storage, and the one session cookie is a random id, HttpOnly and
     * SameSite; every page comes with the strict Content-Security-Policy.
     */
    private void tokensStayOnTheServer(WebDriver browser) throws Exception {
        assertEquals(0L, ((Number) ((JavascriptExecutor) browser).executeScript(
                "return window.localStorage.length + window.sessionStorage.length;")).longValue());
        for (Cookie cookie : browser.manage().getCookies()) {
            assertFalse(cookie.getValue().contains("eyJ"), "a token in cookie " + cookie.getName());
        }
        Cookie session = browser.manage().getCookieNamed("q_session");
        assertTrue(session != null && session.isHttpOnly(), "the session cookie is HttpOnly: " + session);
        assertEquals("Lax", session.getSameSite());
        assertFalse(browser.getCurrentUrl().contains("token"), browser.getCurrentUrl());
        java.net.http.HttpResponse<Void> page = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(console + "/signed-out")).build(),
                java.net.http.HttpResponse.BodyHandlers.discarding());
        String policy = page.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(policy.contains("script-src 'self';") && policy.contains("frame-ancestors 'none'"), policy);
    }

    /** Opens the console and logs in at Keycloak's form, as a person would. */
    private void logIn(WebDriver browser, String user, String screenshotOfLogin) throws Exception {
        browser.get(console + "/");
        wait(browser, Duration.ofSeconds(30)).until(d -> !d.findElements(By.id("username")).isEmpty());
        if (screenshotOfLogin != null) {
            assertTrue(browser.getPageSource().contains("登录"), "the realm's login page speaks Chinese");
            shoot(browser, screenshotOfLogin);
        }
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys(KeycloakLogin.DEMO_PASSWORD);
        browser.findElement(By.id("kc-login")).click();
        wait(browser, Duration.ofSeconds(30)).until(d -> d.getCurrentUrl().startsWith(console));
    }

    private static void submit(WebDriver browser, String buttonText) {
        WebElement button = browser.findElement(By.xpath("//button[normalize-space()='" + buttonText + "']"));
        // bypass the browser's own required-field check, so the service's answer is what the test reads
        ((JavascriptExecutor) browser).executeScript("arguments[0].form.noValidate = true;", button);
        clickAndWait(browser, button);
    }

    /** Clicks what leads to another page and waits until that page has replaced this one. */
    private static void clickAndWait(WebDriver browser, WebElement target) {
        WebElement page = browser.findElement(By.tagName("html"));
        target.click();
        wait(browser, Duration.ofSeconds(20)).until(d -> isGone(page));
    }

    /**
     * Whether a page's element has left with its page: stale, or, in the moment Chrome tears the old document down,
     * "no longer in the document" (a plain WebDriverException, which stalenessOf lets through as a failure).
     */
    private static boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (StaleElementReferenceException e) {
            return true;
        } catch (WebDriverException e) {
            if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    /**
     * The page as shown: screenshots at both widths, no errors in the browser's console, and how long the page takes to
     * show when opened again (a GET of the same address: the first view's time without the login or form post that led
     * to it).
     */
    private void page(WebDriver browser, String name) throws Exception {
        page(browser, name, true);
    }

    /** @param timed false for the answer to a form post (opening it again would post again) */
    private void page(WebDriver browser, String name, boolean timed) throws Exception {
        shoot(browser, name);
        List<String> errors = new ArrayList<>();
        for (LogEntry entry : browser.manage().logs().get(LogType.BROWSER)) {
            if (entry.getLevel().intValue() >= Level.SEVERE.intValue() && entry.getMessage().contains(console)) {
                errors.add(entry.getMessage());
            }
        }
        assertTrue(errors.isEmpty(), name + ": the browser's console shows errors: " + errors);
        if (!timed) {
            return;
        }
        browser.navigate().refresh();
        Object millis = ((JavascriptExecutor) browser).executeScript(
                "const n = performance.getEntriesByType('navigation')[0];"
                        + " return n ? Math.round(n.domContentLoadedEventEnd - n.startTime) : null;");
        pageTimings.put(name, millis == null ? -1 : ((Number) millis).longValue());
    }

    private void shoot(WebDriver browser, String name) throws Exception {
        Dimension before = browser.manage().window().getSize();
        for (int width : List.of(PHONE, DESK)) {
            browser.manage().window().setSize(new Dimension(width, 1400));
            File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), screenshots.resolve(name + "-" + width + ".png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        browser.manage().window().setSize(before);
    }

    /** The page's script has opened the live stream (the console relays notify-service's). */
    private static void awaitLiveStream(WebDriver browser) {
        wait(browser, Duration.ofSeconds(15)).until(d -> "open".equals(d.findElement(By.tagName("body")).getAttribute("data-live")));
    }

    private WebDriver browser(int width) throws Exception {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--lang=zh-CN", "--window-size=" + width + ",900",
                "--user-data-dir=" + Files.createTempDirectory(browserProfiles, "profile"));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort().build();
        WebDriver browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        browsers.add(browser);
        return browser;
    }

    private static WebDriverWait wait(WebDriver browser, Duration timeout) {
        return new WebDriverWait(browser, timeout);
    }

    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    /** .ci/run installs Debian's chromium and chromium-driver and requires this test; elsewhere it says what is missing. */
    private static void requireBrowser() {
        boolean present = new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute();
        if (!present && Boolean.getBoolean("console.browser.required")) {
            throw new AssertionError(CHROMIUM + " or " + CHROMEDRIVER + " is missing: apt-get install chromium chromium-driver");
        }
        Assumptions.assumeTrue(present, "the console's browser test needs Debian's chromium and chromium-driver"
                + " (apt-get install chromium chromium-driver); .ci/run installs them");
    }
}
