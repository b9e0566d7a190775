package io.hirestage.e2e;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** My account: a user's own password. */
final class MyAccountPage {

    private final WebDriver driver;
    private final WebDriverWait wait;

    MyAccountPage(WebDriver driver) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.visibilityOfElementLocated(passwordField("Current password")));
    }

    /** Changes the password and waits until the portal says it is changed. */
    void changePassword(String current, String next) {
        type("Current password", current);
        type("New password", next);
        type("Repeat the new password", next);
        driver.findElement(By.xpath("//vaadin-button[normalize-space()='Change password']")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//vaadin-notification-card[contains(., 'Your password is changed')]")));
    }

    private void type(String label, String value) {
        WebElement input = driver.findElement(passwordField(label));
        input.click();
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), value);
    }

    private static By passwordField(String label) {
        return By.xpath("//vaadin-password-field[label[normalize-space()='" + label + "']]//input");
    }
}
