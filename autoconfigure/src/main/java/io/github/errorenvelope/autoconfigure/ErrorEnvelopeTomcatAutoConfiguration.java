package io.github.errorenvelope.autoconfigure;

import io.github.errorenvelope.classify.ErrorClassifier;
import io.github.errorenvelope.tomcat.EnvelopeErrorReportValveCustomizer;
import io.github.errorenvelope.tomcat.TomcatParameterErrorMapper;
import io.github.errorenvelope.web.ContainerRejectionRenderer;
import io.github.errorenvelope.web.ClassifiedErrorSender;
import io.github.errorenvelope.web.RequestIds;
import org.apache.catalina.startup.Tomcat;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.web.servlet.DispatcherServlet;

/**
 * Auto-configuration of Error Envelope for embedded Tomcat: the error report valve that
 * renders the errors Tomcat answers itself (requests rejected before any filter runs) in
 * the envelope, and the mapper for Tomcat's parameter-limit exceptions.
 * {@code error-envelope.container-errors.enabled=false} switches the valve off.
 */
@AutoConfiguration(afterName = "io.github.errorenvelope.autoconfigure.ErrorEnvelopeWebMvcAutoConfiguration")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass({ Tomcat.class, ConfigurableTomcatWebServerFactory.class, DispatcherServlet.class,
		JsonMapper.class })
@ConditionalOnBooleanProperty(name = "error-envelope.enabled", matchIfMissing = true)
public class ErrorEnvelopeTomcatAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	TomcatParameterErrorMapper errorEnvelopeTomcatParameterErrorMapper() {
		return new TomcatParameterErrorMapper();
	}

	/** The envelope valve for the errors Tomcat renders itself. */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnBooleanProperty(name = "error-envelope.container-errors.enabled", matchIfMissing = true)
	static class ContainerErrorsConfiguration {

		@Bean
		@ConditionalOnMissingBean
		ContainerRejectionRenderer errorEnvelopeContainerErrorHandler(ErrorClassifier classifier, RequestIds requestIds,
				ClassifiedErrorSender responder) {
			return new ContainerRejectionRenderer(classifier, requestIds, responder);
		}

		@Bean
		@ConditionalOnMissingBean
		EnvelopeErrorReportValveCustomizer errorEnvelopeErrorReportValveCustomizer(
				ObjectProvider<ContainerRejectionRenderer> handler) {
			// resolved at the first error, so the web server factory does not pull the
			// pipeline in early
			return new EnvelopeErrorReportValveCustomizer(SingletonSupplier.of(handler::getObject));
		}

	}

}
