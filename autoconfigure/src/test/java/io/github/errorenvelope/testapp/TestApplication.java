package io.github.errorenvelope.testapp;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A user's application as the tests see it: the starter's auto-configuration and a few
 * controllers.
 */
@SpringBootApplication
public class TestApplication {

}
