/**
 * A create request on its way into the core: the draft a dialect reads off the wire, the
 * validator that checks it against the model's table and the providers' rules (cheap fields first,
 * pictures last), and the validated {@link io.reelgate.core.request.ValidatedRequest} it becomes. May
 * use {@code core.model}, {@code core.image}, {@code core.camera}, {@code core.scenario} (the prompt
 * marker), {@code core.render} (the file's format), {@code core.media} (reference clips and sound) and
 * {@code core.error}.
 */
package io.reelgate.core.request;
