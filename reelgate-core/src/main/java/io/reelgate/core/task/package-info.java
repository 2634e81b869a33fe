/**
 * A task as data: who asked and through which API ({@link io.reelgate.core.task.Task}), what was
 * asked ({@link io.reelgate.core.task.TaskRequest}) and what has happened ({@link
 * io.reelgate.core.task.TaskState}, with a structured {@link io.reelgate.core.task.TaskFailure}), its
 * status and the one table of allowed transitions. May use {@code core.model}, {@code core.camera},
 * {@code core.scenario}, {@code core.render} (the file's format), {@code core.media} (reference
 * roles) and {@code core.error}.
 */
package io.reelgate.core.task;
