package io.github.errorenvelope.autoconfigure;

import java.util.Arrays;

import io.github.errorenvelope.EnvelopeStyle;
import io.github.errorenvelope.style.BuiltInStyle;

import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.core.type.MethodMetadata;

/**
 * Matches when successful responses may need wrapping: the {@code success-envelope} style
 * is configured, or the application supplies an {@link EnvelopeStyle} of its own (which
 * decides at run time). Every other built-in style leaves successes alone, so the success
 * advice is not registered and successful responses do not pass through it at all.
 */
class OnSuccessWrappingCondition extends SpringBootCondition {

	@Override
	public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
		BuiltInStyle style = Binder.get(context.getEnvironment())
			.bind("error-envelope.style", BuiltInStyle.class)
			.orElse(BuiltInStyle.NESTED_ERROR);
		if (style == BuiltInStyle.SUCCESS_ENVELOPE) {
			return ConditionOutcome.match("error-envelope.style is success-envelope");
		}
		ConfigurableListableBeanFactory beans = context.getBeanFactory();
		boolean ownStyle = beans != null && Arrays.stream(beans.getBeanNamesForType(EnvelopeStyle.class, true, false))
			.anyMatch((name) -> !isOurs(beans, name));
		return ownStyle ? ConditionOutcome.match("the application defines an EnvelopeStyle")
				: ConditionOutcome.noMatch("style " + style + " does not wrap successful responses");
	}

	private static boolean isOurs(ConfigurableListableBeanFactory beans, String name) {
		if (!beans.containsBeanDefinition(name)
				|| !(beans.getBeanDefinition(name) instanceof AnnotatedBeanDefinition definition)) {
			return false;
		}
		MethodMetadata factoryMethod = definition.getFactoryMethodMetadata();
		// the built-in style bean is declared by the starter's own configuration classes
		return factoryMethod != null
				&& factoryMethod.getDeclaringClassName().startsWith(ErrorEnvelopeAutoConfiguration.class.getName());
	}

}
