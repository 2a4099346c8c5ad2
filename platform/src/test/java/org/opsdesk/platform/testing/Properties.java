package org.opsdesk.platform.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Property-based tests: a property checked on many generated inputs. The seeds are fixed, so CI sees the same inputs
 * every run; {@code -Dopsdesk.properties.seed=<n>} explores others, and given a failed try's seed starts with its input.
 */
public final class Properties {

    public static final String SEED = "opsdesk.properties.seed";
    private static final long DEFAULT_SEED = 20_261_122L;

    private Properties() {
    }

    public static <T> void forAll(String name, int tries, Function<Random, T> generator, Consumer<T> property) {
        long base = Long.getLong(SEED, DEFAULT_SEED);
        for (int i = 0; i < tries; i++) {
            long seed = base + i;
            T input = generator.apply(new Random(new SplittableRandom(seed).nextLong()));
            try {
                property.accept(input);
            } catch (AssertionError | RuntimeException failure) {
                throw new AssertionError("property '%s' failed on try %d of %d, seed %d (-D%s=%d starts with this input), input: %s"
                        .formatted(name, i + 1, tries, seed, SEED, seed, input), failure);
            }
        }
    }

    /** From min to max inclusive; one time in ten min or max, where off-by-one errors live. */
    public static long between(Random random, long min, long max) {
        return switch (random.nextInt(20)) {
            case 0 -> min;
            case 1 -> max;
            default -> random.nextLong(min, max + 1);
        };
    }

    public static int between(Random random, int min, int max) {
        return (int) between(random, (long) min, max);
    }

    @SafeVarargs
    public static <T> T oneOf(Random random, T... values) {
        return values[random.nextInt(values.length)];
    }

    public static String string(Random random, String alphabet, int minLength, int maxLength) {
        StringBuilder text = new StringBuilder();
        for (int length = between(random, minLength, maxLength); text.length() < length; ) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }

    public static <T> List<T> listOf(Random random, int maxSize, Function<Random, T> element) {
        List<T> list = new ArrayList<>();
        for (int size = between(random, 0, maxSize); list.size() < size; ) {
            list.add(element.apply(random));
        }
        return list;
    }
}
