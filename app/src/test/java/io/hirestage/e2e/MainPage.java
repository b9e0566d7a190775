package io.hirestage.e2e;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The portal after login: the side navigation and the view it shows. */
final class MainPage {

    private final WebDriver driver;
    private final WebDriverWait wait;

    MainPage(WebDriver driver) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        try {
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#main-navigation vaadin-side-nav-item")));
        } catch (org.openqa.selenium.TimeoutException e) {
            screenshot("main-page-not-shown");
            throw new AssertionError("The portal's page did not appear after the login; the browser is at " + driver.getCurrentUrl()
                    + " (see target/screenshots/main-page-not-shown.png)", e);
        }
    }

    List<String> navigationItems() {
        return driver.findElements(By.cssSelector("#main-navigation vaadin-side-nav-item")).stream()
                .map(WebElement::getText).map(String::trim).toList();
    }

    LoginPage logOut() {
        driver.findElement(By.cssSelector("#user-menu vaadin-menu-bar-button")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//vaadin-menu-bar-item[normalize-space()='Log out']"))).click();
        return LoginPage.waitFor(driver);
    }

    /**
     * Opens a view from the side navigation by its name: waits until the address is the item's and
     * reads the heading, again if the view replaced it meanwhile.
     */
    String open(String item) {
        WebElement link = driver.findElements(By.cssSelector("#main-navigation vaadin-side-nav-item")).stream()
                .filter(candidate -> candidate.getText().trim().equals(item)).findFirst().orElseThrow();
        String path = link.getDomAttribute("path");
        link.click();
        if (path != null) {
            wait.until(browser -> java.net.URI.create(browser.getCurrentUrl()).getPath().equals("/" + path.replaceFirst("^/", "")));
        }
        return wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(browser -> browser.findElement(By.tagName("h2")).getText());
    }

    /** Clicks an item of the side navigation: a request to the server, as any click of a user is. */
    void clickNavigationItem(String label) {
        driver.findElements(By.cssSelector("#main-navigation vaadin-side-nav-item")).stream()
                .filter(item -> item.getText().trim().equals(label)).findFirst().orElseThrow().click();
    }

    MyAccountPage openMyAccount() {
        driver.findElement(By.cssSelector("#user-menu vaadin-menu-bar-button")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//vaadin-menu-bar-item[normalize-space()='My account']"))).click();
        return new MyAccountPage(driver);
    }

    PluginsPage openPlugins() {
        driver.findElements(By.cssSelector("#main-navigation vaadin-side-nav-item")).stream()
                .filter(item -> item.getText().trim().equals("Plugins")).findFirst().orElseThrow().click();
        return new PluginsPage(driver);
    }

    String heading() {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.tagName("h2"))).getText();
    }

    /** Saves what the browser shows, for a person to look at when a test fails or a view changes. */
    void screenshot(String name) {
        try {
            java.nio.file.Path target = java.nio.file.Path.of("target", "screenshots", name + ".png");
            java.nio.file.Files.createDirectories(target.getParent());
            java.nio.file.Files.write(target, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Admin > Plugins. */
    static final class PluginsPage {

        private final WebDriver driver;

        PluginsPage(WebDriver driver) {
            this.driver = driver;
            new WebDriverWait(driver, Duration.ofSeconds(30))
                    .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#plugins .state-badge")));
        }

        /** The state shown for a plugin, read from the grid row that names it. */
        String stateOf(String pluginId) {
            List<WebElement> cells = driver.findElements(By.cssSelector("#plugins vaadin-grid-cell-content"));
            for (int i = 0; i < cells.size(); i++) {
                if (cells.get(i).getText().trim().equals(pluginId)) {
                    return cells.get(i + 3).getText().trim();
                }
            }
            throw new AssertionError("No plugin " + pluginId + " in the grid");
        }
    }
}
