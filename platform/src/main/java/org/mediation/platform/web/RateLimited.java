package org.mediation.platform.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An expensive read or an operator action: each caller ({@code sub}) may call it
 * {@code regional-days.rate-limit.per-minute} times a minute (30 by default), then gets 429 until its allowance
 * refills. With {@link #whenParameter}, only calls that carry that request parameter count (e.g. {@code asOf}).
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface RateLimited {

    String whenParameter() default "";
}
