/**
 * The video models Reelgate sells and renders, each with the exact combinations of mode,
 * resolution and duration it offers ({@link io.reelgate.core.model.ModelCatalog}), so that
 * validation asks a model instead of repeating its table. May use {@code core.error} only.
 */
package io.reelgate.core.model;
