package org.mediation.platform.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An expensive read (a restitution, a point-in-time answer, an export): at most
 * {@code regional-days.expensive.per-caller} of them run at once for one caller ({@code sub}; 2 by default), beyond
 * which the caller gets 429, and at most {@code regional-days.expensive.in-total} in the whole service (4 by default),
 * beyond which anyone gets 503; both with {@code Retry-After}. The bulkhead ({@link Bulkhead}) holds a call's place
 * until its answer is written, streamed answers included. Independent of {@link RateLimited}, which counts calls a
 * minute.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface Expensive {}
