/**
 * What the model uses to check its rules: the validator that collects every broken rule and the
 * text checks behind it. Not part of the API: types here may change or go away in any release,
 * whatever their visibility.
 */
@NullMarked
package org.coopkit.model.internal;

import org.jspecify.annotations.NullMarked;
