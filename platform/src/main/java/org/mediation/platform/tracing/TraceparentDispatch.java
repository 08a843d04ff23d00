package org.mediation.platform.tracing;

import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;

/** Puts the current span's {@code traceparent} in a command's metadata, whence it goes to the events it causes. */
public final class TraceparentDispatch implements MessageDispatchInterceptor<CommandMessage<?>> {

    @Override
    public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(
            List<? extends CommandMessage<?>> messages) {
        return (index, command) -> EventTraces.currentTraceparent()
                .<CommandMessage<?>>map(traceparent -> {
                    EventTraces.dispatched(command.getCommandName());
                    return command.andMetaData(Map.of(EventTraces.TRACEPARENT, traceparent));
                })
                .orElse(command);
    }
}
