package io.ctxrec.routes.api;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A request record's fields and canonical constructor, looked up once per record type: a request reads them
 * from here, not by reflection ({@code Class.getRecordComponents()} builds new objects on every call).
 */
final class RecordShape {
    private static final ClassValue<RecordShape> SHAPES = new ClassValue<>() {
        @Override
        protected RecordShape computeValue(Class<?> type) {
            return new RecordShape(type);
        }
    };

    private final Map<String, RecordComponent> components = new LinkedHashMap<>();
    private final Map<String, Integer> positions = new LinkedHashMap<>();
    private final String names;
    private final MethodHandle constructor;

    private RecordShape(Class<?> type) {
        RecordComponent[] all = type.getRecordComponents();
        for (int i = 0; i < all.length; i++) {
            components.put(all[i].getName(), all[i]);
            positions.put(all[i].getName(), i);
        }
        names = Arrays.stream(all).map(RecordComponent::getName).collect(Collectors.joining(", "));
        Class<?>[] types = Arrays.stream(all).map(RecordComponent::getType).toArray(Class<?>[]::new);
        try {
            constructor = MethodHandles.privateLookupIn(type, MethodHandles.lookup())
                    .findConstructor(type, MethodType.methodType(void.class, types))
                    .asSpreader(Object[].class, types.length);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("no canonical constructor in " + type.getName(), e);
        }
    }

    static RecordShape of(Class<? extends Record> type) {
        return SHAPES.get(type);
    }

    /** The field of that name, or null. */
    RecordComponent component(String name) {
        return components.get(name);
    }

    /** The field's place among the constructor's arguments. */
    int position(String name) {
        return positions.get(name);
    }

    int size() {
        return components.size();
    }

    /** The fields' names, in order, for a message. */
    String names() {
        return names;
    }

    /** A new record of these field values (null where absent), in the order of the fields. */
    <T> T create(Class<T> type, Object[] values) {
        try {
            return type.cast(constructor.invoke(values));
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("cannot make a " + type.getSimpleName(), e);
        }
    }
}
