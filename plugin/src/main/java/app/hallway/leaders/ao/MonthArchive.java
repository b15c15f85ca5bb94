package app.hallway.leaders.ao;

import app.hallway.leaders.InteractionType;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

/**
 * The daily rollups of one closed month in a compact binary form, deflated: the format byte ({@value #FORMAT}),
 * the month, the names of the interaction types that occur, a dictionary of the user keys that occur, then each
 * rollup as (actor, target, type, day of the month, count), every number an unsigned varint and every key an
 * index into the dictionary. Five million rollups read from rows through Active Objects took 18 s, because of an
 * entity and a conversion per column per row; the same rollups decode from archives in well under a second.
 * Types are stored by name, so that reordering {@link InteractionType} cannot misread an archive.
 */
final class MonthArchive {
    /** The version of the layout above; an archive in another one is not read (and is made again). */
    static final int FORMAT = 1;

    private MonthArchive() {
    }

    /** Collects one month's rollups as they are read, holding only their encoded form, then deflates them. */
    static final class Writer {
        private final int month;
        private final int firstDay;
        private final int days;
        private final Map<String, Integer> keys = new HashMap<>();
        private final List<String> keyOrder = new ArrayList<>();
        private final Map<InteractionType, Integer> types = new EnumMap<>(InteractionType.class);
        private final List<InteractionType> typeOrder = new ArrayList<>();
        private final Varints rollups = new Varints(1 << 16);
        private int count;

        Writer(int month) {
            this.month = month;
            this.firstDay = ArchivedMonths.firstDay(month);
            this.days = ArchivedMonths.lastDay(month) - firstDay + 1;
        }

        void add(String actor, String target, InteractionType type, int epochDay, int interactions) {
            if (epochDay < firstDay || epochDay >= firstDay + days) {
                throw new IllegalArgumentException("day " + epochDay + " is not in month " + month);
            }
            rollups.write(key(actor));
            rollups.write(key(target));
            rollups.write(types.computeIfAbsent(type, added -> {
                typeOrder.add(added);
                return typeOrder.size() - 1;
            }));
            rollups.write(epochDay - firstDay);
            rollups.write(interactions);
            count++;
        }

        private int key(String key) {
            return keys.computeIfAbsent(key, added -> {
                keyOrder.add(added);
                return keyOrder.size() - 1;
            });
        }

        int rollups() {
            return count;
        }

        /** The archive, deflated. */
        byte[] finish() {
            Varints head = new Varints(keyOrder.size() * 34 + 64);
            head.write(FORMAT);
            head.write(month);
            head.write(typeOrder.size());
            typeOrder.forEach(type -> head.writeText(type.name()));
            head.write(keyOrder.size());
            keyOrder.forEach(head::writeText);
            head.write(count);
            ByteArrayOutputStream deflated = new ByteArrayOutputStream(head.size() / 2 + rollups.size() / 2);
            Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION);
            try (DeflaterOutputStream out = new DeflaterOutputStream(deflated, deflater, 1 << 16)) {
                head.writeTo(out);
                rollups.writeTo(out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                deflater.end();
            }
            return deflated.toByteArray();
        }
    }

    /**
     * Inflates and checks an archive of {@code month} whole before anything is visited, so that a damaged one
     * can be passed over for the month's rows without visiting anything twice.
     *
     * @throws IllegalArgumentException when the archive is damaged or in another format
     */
    static Decoded read(byte[] deflated, int month) {
        Inflater inflater = new Inflater();
        byte[] raw;
        try (InflaterInputStream in = new InflaterInputStream(new ByteArrayInputStream(deflated), inflater, 1 << 16)) {
            raw = in.readAllBytes();
            if (!inflater.finished()) {
                throw new IllegalArgumentException("the archive of month " + month + " is cut short");
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("the archive of month " + month + " does not inflate", e);
        } finally {
            inflater.end();
        }
        try {
            return decode(new Cursor(raw), month);
        } catch (IndexOutOfBoundsException | DataFormatException e) {
            throw new IllegalArgumentException("the archive of month " + month + " is damaged", e);
        }
    }

    private static Decoded decode(Cursor in, int month) throws DataFormatException {
        if (in.next() != FORMAT || in.next() != month) {
            throw new DataFormatException("another format or month");
        }
        InteractionType[] types = new InteractionType[in.count()];
        for (int type = 0; type < types.length; type++) {
            types[type] = InteractionType.valueOf(in.text());
        }
        String[] keys = new String[in.count()];
        for (int key = 0; key < keys.length; key++) {
            keys[key] = in.text();
        }
        int size = in.count();
        int days = ArchivedMonths.lastDay(month) - ArchivedMonths.firstDay(month) + 1;
        int[] actors = new int[size];
        int[] targets = new int[size];
        byte[] typeOf = new byte[size];
        byte[] dayOf = new byte[size];
        int[] counts = new int[size];
        for (int rollup = 0; rollup < size; rollup++) {
            actors[rollup] = in.below(keys.length);
            targets[rollup] = in.below(keys.length);
            typeOf[rollup] = (byte) in.below(types.length);
            dayOf[rollup] = (byte) in.below(days);
            counts[rollup] = in.next();
        }
        if (!in.atEnd()) {
            throw new DataFormatException("bytes after the last rollup");
        }
        return new Decoded(ArchivedMonths.firstDay(month), keys, types, actors, targets, typeOf, dayOf, counts);
    }

    /** A month's rollups, decoded. */
    static final class Decoded {
        private final int firstDay;
        private final String[] keys;
        private final InteractionType[] types;
        private final int[] actors;
        private final int[] targets;
        private final byte[] typeOf;
        private final byte[] dayOf;
        private final int[] counts;

        private Decoded(int firstDay, String[] keys, InteractionType[] types, int[] actors, int[] targets, byte[] typeOf,
                        byte[] dayOf, int[] counts) {
            this.firstDay = firstDay;
            this.keys = keys;
            this.types = types;
            this.actors = actors;
            this.targets = targets;
            this.typeOf = typeOf;
            this.dayOf = dayOf;
            this.counts = counts;
        }

        int size() {
            return counts.length;
        }

        /** Hands the rollups dated {@code fromDay..toDay} (epoch days, inclusive) to {@code pages}, a page at a time. */
        void forEach(int fromDay, int toDay, int pageSize, Consumer<RollupPage> pages) {
            RollupPage page = new RollupPage(pageSize);
            for (int rollup = 0; rollup < counts.length; rollup++) {
                int day = firstDay + dayOf[rollup];
                if (day < fromDay || day > toDay) {
                    continue;
                }
                page.add(keys[actors[rollup]], keys[targets[rollup]], types[typeOf[rollup]], day, counts[rollup]);
                if (page.full()) {
                    pages.accept(page);
                    page = new RollupPage(pageSize);
                }
            }
            if (page.size() > 0) {
                pages.accept(page);
            }
        }
    }

    /** A growing buffer of unsigned varints and length-prefixed UTF-8 texts. */
    private static final class Varints {
        private byte[] bytes;
        private int size;

        Varints(int capacity) {
            bytes = new byte[Math.max(16, capacity)];
        }

        void write(int value) {
            if (size + 5 > bytes.length) {
                bytes = Arrays.copyOf(bytes, bytes.length * 2);
            }
            while ((value & ~0x7F) != 0) {
                bytes[size++] = (byte) ((value & 0x7F) | 0x80);
                value >>>= 7;
            }
            bytes[size++] = (byte) value;
        }

        void writeText(String text) {
            byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
            write(utf8.length);
            if (size + utf8.length > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + utf8.length));
            }
            System.arraycopy(utf8, 0, bytes, size, utf8.length);
            size += utf8.length;
        }

        int size() {
            return size;
        }

        void writeTo(java.io.OutputStream out) throws IOException {
            out.write(bytes, 0, size);
        }
    }

    /** Reads what {@link Varints} wrote; running past the end throws {@link IndexOutOfBoundsException}. */
    private static final class Cursor {
        private final byte[] bytes;
        private int position;

        Cursor(byte[] bytes) {
            this.bytes = bytes;
        }

        int next() throws DataFormatException {
            int value = 0;
            for (int shift = 0; shift < 35; shift += 7) {
                byte next = bytes[position++];
                value |= (next & 0x7F) << shift;
                if (next >= 0) {
                    return value;
                }
            }
            throw new DataFormatException("a number longer than five bytes");
        }

        /** The next number, a count of things still to come: each takes at least a byte. */
        int count() throws DataFormatException {
            return below(bytes.length - position + 1);
        }

        /** The next number, which must be below {@code bound}. */
        int below(int bound) throws DataFormatException {
            int value = next();
            if (value < 0 || value >= bound) {
                throw new DataFormatException(value + " is out of range");
            }
            return value;
        }

        String text() throws DataFormatException {
            int length = next();
            String text = new String(bytes, position, length, StandardCharsets.UTF_8);
            position += length;
            return text;
        }

        boolean atEnd() {
            return position == bytes.length;
        }
    }
}
