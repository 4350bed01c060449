package io.github.errorenvelope.tomcat;

import java.util.function.Supplier;

import io.github.errorenvelope.web.ContainerRejectionRenderer;
import org.apache.catalina.Container;
import org.apache.catalina.Context;
import org.apache.catalina.Host;
import org.apache.catalina.Lifecycle;
import org.apache.catalina.Pipeline;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;

/**
 * Puts {@link EnvelopeErrorReportValve} on Tomcat's host in place of the stock
 * {@link ErrorReportValve} (the one Tomcat adds by default and the one Spring Boot adds
 * to hide stack traces), unless the application customized error reporting itself: a
 * different {@code errorReportValveClass} on the host, a subclass of
 * {@code ErrorReportValve} in the host's pipeline (such as Tomcat's
 * {@code JsonErrorReportValve}), or a stock valve configured otherwise than Spring Boot's
 * ({@code showReport}, {@code showServerInfo} or {@code errorCode.*} error pages).
 */
public class EnvelopeErrorReportValveCustomizer
		implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> {

	private static final Logger logger = LoggerFactory.getLogger(EnvelopeErrorReportValveCustomizer.class);

	private static final String STOCK_VALVE = ErrorReportValve.class.getName();

	private final Supplier<ContainerRejectionRenderer> handler;

	/**
	 * Create the customizer.
	 * @param handler supplies the container-error pipeline when the first error arrives
	 */
	public EnvelopeErrorReportValveCustomizer(Supplier<ContainerRejectionRenderer> handler) {
		this.handler = handler;
	}

	@Override
	public void customize(ConfigurableTomcatWebServerFactory factory) {
		factory.addContextCustomizers(this::customizeContext);
	}

	private void customizeContext(Context context) {
		Container parent = context.getParent();
		if (!(parent instanceof Host host)) {
			return;
		}
		// Decide when the host starts: by then every customizer has run (Spring Boot's
		// adds its stock valve in one, the application may add its own in another, in any
		// order), and the host has not yet added the default valve it adds when its
		// pipeline has none of the configured class.
		host.addLifecycleListener(event -> {
			if (Lifecycle.BEFORE_START_EVENT.equals(event.getType())) {
				install(host);
			}
		});
	}

	/**
	 * Install the envelope valve on a host that has not started yet, unless the
	 * application customized error reporting there.
	 * @param host the host
	 * @return whether the envelope valve is in place afterwards
	 */
	boolean install(Host host) {
		Pipeline pipeline = host.getPipeline();
		for (Valve valve : pipeline.getValves()) {
			if (valve instanceof EnvelopeErrorReportValve) {
				return true;
			}
		}
		if (isCustomizedByApplication(host)) {
			logger.debug("Error reporting on Tomcat host '{}' is customized by the application; container-level "
					+ "errors keep it", host.getName());
			return false;
		}
		for (Valve valve : pipeline.getValves()) {
			if (valve.getClass() == ErrorReportValve.class) {
				pipeline.removeValve(valve);
			}
		}
		pipeline.addValve(new EnvelopeErrorReportValve(this.handler));
		if (host instanceof StandardHost standardHost) {
			// the host adds a valve of this class at start unless its pipeline already
			// has one
			standardHost.setErrorReportValveClass(EnvelopeErrorReportValve.class.getName());
		}
		return true;
	}

	/**
	 * Whether the application has customized error reporting on a host, so that the
	 * envelope valve must stay out.
	 * @param host the host, before it starts
	 * @return {@code true} when anything but the stock valve, configured as Spring Boot
	 * does, is found
	 */
	static boolean isCustomizedByApplication(Host host) {
		if (host instanceof StandardHost standardHost && !STOCK_VALVE.equals(standardHost.getErrorReportValveClass())) {
			return true;
		}
		for (Valve valve : host.getPipeline().getValves()) {
			if (valve instanceof ErrorReportValve reportValve && (valve.getClass() != ErrorReportValve.class
					|| reportValve.isShowReport() || reportValve.isShowServerInfo() || hasErrorPages(reportValve))) {
				return true;
			}
		}
		return false;
	}

	private static boolean hasErrorPages(ErrorReportValve valve) {
		// errorCode.0 is the valve's default page; exception-type pages cannot be listed,
		// only status ones
		if (valve.getProperty("errorCode.0") != null) {
			return true;
		}
		for (int status = 400; status < 600; status++) {
			if (valve.getProperty("errorCode." + status) != null) {
				return true;
			}
		}
		return false;
	}

}
