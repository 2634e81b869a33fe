package io.reelgate.app;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.filter.Filter;
import ch.qos.logback.core.spi.FilterReply;

/**
 * Drops the line Javalin logs at every start, "You are running Javalin 6.7.0 (released ... Your
 * Javalin version is 155 days old. Consider checking for a newer version.)": addressed to the
 * developer who pins the version, it reads to an operator as a fault of the server. Javalin has no
 * setting for it (its other start-up lines, such as the address it listens on, stay). Public
 * because logback.xml names it.
 */
public final class JavalinVersionFilter extends Filter<ILoggingEvent> {
  @Override
  public FilterReply decide(ILoggingEvent event) {
    return "io.javalin.Javalin".equals(event.getLoggerName())
            && event.getMessage() != null
            && event.getMessage().startsWith("You are running Javalin")
        ? FilterReply.DENY
        : FilterReply.NEUTRAL;
  }
}
