package org.coopkit.model;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Marks fields, accessors and types holding personal data in the sense of Convention 108+ and the
 * GDPR. Such values are never logged, never put in exception messages and never shown by {@code
 * toString()}.
 *
 * <p>Kept at run time so that storage adapters, exporters and architecture tests can find every
 * personal value in one place, e.g. to encrypt, erase or leave it out.
 *
 * @since 0.1.0
 */
@Documented
@Retention(RUNTIME)
@Target({FIELD, METHOD, RECORD_COMPONENT, TYPE})
public @interface PersonalData {}
